import type { Prisma } from '../../generated/prisma/client.js';

/** Finds the outlet with this name (case-insensitive) or creates it; outlet names are unique. */
export async function findOrCreateOutlet(tx: Prisma.TransactionClient, name: string, domain: string | null) {
  const existing = await tx.outlet.findFirst({ where: { name: { equals: name, mode: 'insensitive' } } });
  if (existing) return existing;
  return tx.outlet.upsert({ where: { name }, create: { name, domain }, update: {} });
}
