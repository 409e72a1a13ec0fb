import { createPrismaClient } from '../src/infra/prisma/prisma.service.js';
import { DEMO_EMAIL, DEMO_WORKSPACE, seedDemo } from '../src/seed/demo-seed.js';

const prisma = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => prisma.$disconnect());

async function snapshot() {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL } });
  // Other suites give the demo user more workspaces; the seed owns the one named DEMO_WORKSPACE.
  const workspaces = await prisma.workspace.findMany({
    where: { name: DEMO_WORKSPACE, memberships: { some: { userId: user.id } } },
    orderBy: { id: 'asc' },
  });
  const articles = await prisma.article.findMany({
    where: { workspaceId: { in: workspaces.map((w) => w.id) } },
    select: { id: true, contentHash: true, headline: true, _count: { select: { segments: true } } },
    orderBy: { id: 'asc' },
  });
  return { workspaces: workspaces.map((w) => w.id), articles, outlets: await prisma.outlet.count() };
}

describe('demo seed', () => {
  it('imports the five sample articles, and seeding twice yields the same rows', async () => {
    // Other suites may have seeded the shared test database already, so count rows rather than imports.
    await seedDemo(prisma, { demoPassword: 'parallax' });
    const before = await snapshot();
    expect(before.workspaces).toHaveLength(1);
    expect(before.articles).toHaveLength(5);
    for (const a of before.articles) expect(a._count.segments).toBeGreaterThan(3);

    const second = await seedDemo(prisma, { demoPassword: 'parallax' });
    expect(second.imported).toBe(0);
    expect(second.comparisons).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
