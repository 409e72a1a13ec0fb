-- CreateEnum
CREATE TYPE "ThreadStatus" AS ENUM ('SUGGESTED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "threads" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameOrigin" "LinkOrigin" NOT NULL DEFAULT 'AUTO',
    "status" "ThreadStatus" NOT NULL DEFAULT 'SUGGESTED',
    "score" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "threads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "thread_claims" (
    "threadId" UUID NOT NULL,
    "comparisonId" UUID NOT NULL,
    "claimId" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "thread_claims_pkey" PRIMARY KEY ("threadId","claimId")
);

-- CreateTable
CREATE TABLE "thread_changes" (
    "id" BIGSERIAL NOT NULL,
    "workspaceId" UUID NOT NULL,
    "threadId" UUID,
    "kind" TEXT NOT NULL,
    "actorId" UUID,
    "operationId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "thread_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "threads_workspaceId_status_idx" ON "threads"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "thread_claims_comparisonId_claimId_idx" ON "thread_claims"("comparisonId", "claimId");

-- CreateIndex
CREATE INDEX "thread_changes_workspaceId_id_idx" ON "thread_changes"("workspaceId", "id");

-- CreateIndex
CREATE INDEX "thread_changes_threadId_idx" ON "thread_changes"("threadId");

-- CreateIndex
CREATE UNIQUE INDEX "thread_changes_workspaceId_operationId_key" ON "thread_changes"("workspaceId", "operationId");

-- AddForeignKey
ALTER TABLE "threads" ADD CONSTRAINT "threads_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_claims" ADD CONSTRAINT "thread_claims_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "thread_claims" ADD CONSTRAINT "thread_claims_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;
