-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('NEWS', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "OutletConfidence" AS ENUM ('STATED', 'INFERRED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Relation" AS ENUM ('VERBATIM', 'PARAPHRASE', 'PARTIAL', 'CONTRADICTS');

-- CreateEnum
CREATE TYPE "LinkOrigin" AS ENUM ('AUTO', 'HUMAN');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "workspaces" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "workspaces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outlets" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "country" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "outletId" UUID,
    "kind" "ArticleKind" NOT NULL DEFAULT 'NEWS',
    "headline" TEXT,
    "standfirst" TEXT,
    "byline" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedAtText" TEXT,
    "dateline" TEXT,
    "wireCredit" TEXT,
    "url" TEXT,
    "rawText" TEXT NOT NULL,
    "rawFormat" TEXT NOT NULL DEFAULT 'text',
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "outletConfidence" "OutletConfidence" NOT NULL DEFAULT 'UNKNOWN',
    "outletReason" TEXT,
    "captions" TEXT[],
    "subheadings" TEXT[],
    "droppedLines" JSONB NOT NULL DEFAULT '[]',
    "importOverrides" JSONB NOT NULL DEFAULT '{}',
    "warnings" TEXT[],
    "importedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "segments" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "segments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparisons" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "pivotArticleId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "projectionHash" TEXT,
    "projectedAt" TIMESTAMPTZ(3),

    CONSTRAINT "comparisons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comparison_articles" (
    "comparisonId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "comparison_articles_pkey" PRIMARY KEY ("comparisonId","articleId")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "comparisonId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "topic" TEXT,
    "position" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "origin" "LinkOrigin" NOT NULL DEFAULT 'AUTO',

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alignments" (
    "id" UUID NOT NULL,
    "claimId" TEXT NOT NULL,
    "segmentId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "relation" "Relation" NOT NULL,
    "flags" TEXT[],
    "origin" "LinkOrigin" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "linkedById" UUID,

    CONSTRAINT "alignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collab_updates" (
    "id" BIGSERIAL NOT NULL,
    "comparisonId" UUID NOT NULL,
    "update" BYTEA NOT NULL,
    "authorId" UUID,
    "origin" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "collab_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collab_snapshots" (
    "comparisonId" UUID NOT NULL,
    "state" BYTEA NOT NULL,
    "lastUpdateId" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "collab_snapshots_pkey" PRIMARY KEY ("comparisonId")
);

-- CreateTable
CREATE TABLE "collab_versions" (
    "id" UUID NOT NULL,
    "comparisonId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "lastUpdateId" BIGINT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "collab_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_userId_idx" ON "memberships"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_workspaceId_userId_key" ON "memberships"("workspaceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_tokenHash_key" ON "sessions"("tokenHash");

-- CreateIndex
CREATE INDEX "sessions_userId_idx" ON "sessions"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_tokenHash_key" ON "api_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "api_tokens_userId_idx" ON "api_tokens"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "outlets_name_key" ON "outlets"("name");

-- CreateIndex
CREATE INDEX "articles_workspaceId_createdAt_id_idx" ON "articles"("workspaceId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "articles_workspaceId_contentHash_key" ON "articles"("workspaceId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "segments_articleId_index_key" ON "segments"("articleId", "index");

-- CreateIndex
CREATE INDEX "comparisons_workspaceId_idx" ON "comparisons"("workspaceId");

-- CreateIndex
CREATE INDEX "comparison_articles_articleId_idx" ON "comparison_articles"("articleId");

-- CreateIndex
CREATE INDEX "claims_comparisonId_position_idx" ON "claims"("comparisonId", "position");

-- CreateIndex
CREATE INDEX "alignments_segmentId_idx" ON "alignments"("segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "alignments_claimId_segmentId_key" ON "alignments"("claimId", "segmentId");

-- CreateIndex
CREATE INDEX "collab_updates_comparisonId_id_idx" ON "collab_updates"("comparisonId", "id");

-- CreateIndex
CREATE INDEX "collab_versions_comparisonId_createdAt_idx" ON "collab_versions"("comparisonId", "createdAt");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "outlets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "segments" ADD CONSTRAINT "segments_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_articles" ADD CONSTRAINT "comparison_articles_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comparison_articles" ADD CONSTRAINT "comparison_articles_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignments" ADD CONSTRAINT "alignments_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alignments" ADD CONSTRAINT "alignments_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "segments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collab_updates" ADD CONSTRAINT "collab_updates_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collab_snapshots" ADD CONSTRAINT "collab_snapshots_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collab_versions" ADD CONSTRAINT "collab_versions_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "comparisons"("id") ON DELETE CASCADE ON UPDATE CASCADE;
