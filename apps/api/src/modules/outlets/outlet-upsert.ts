import type { Prisma } from '../../generated/prisma/client.js';

/**
 * Finds the workspace's outlet with this name (case-insensitive) or creates it. Outlets belong to one
 * workspace: a global row would tell one workspace the names (and domains) another imported.
 */
export async function findOrCreateOutlet(tx: Prisma.TransactionClient, workspaceId: string, name: string, domain: string | null) {
  const existing = await tx.outlet.findFirst({ where: { workspaceId, name: { equals: name, mode: 'insensitive' } } });
  if (existing) return existing;
  return tx.outlet.upsert({ where: { workspaceId_name: { workspaceId, name } }, create: { workspaceId, name, domain }, update: {} });
}
