-- Outlets belong to one workspace: a global row told every workspace the names (and domains) another imported.

-- DropIndex
DROP INDEX "outlets_name_key";

-- AlterTable: nullable until the existing rows are attached
ALTER TABLE "outlets" ADD COLUMN     "workspaceId" UUID;

-- Existing rows: each outlet goes to every workspace whose articles use it. The first workspace (by id) keeps
-- the row and its id, every other one gets a copy, and its articles are pointed at the copy.
CREATE TEMP TABLE "outlet_uses" AS
SELECT "outlet_id", "workspace_id", gen_random_uuid() AS "copy_id",
       row_number() OVER (PARTITION BY "outlet_id" ORDER BY "workspace_id") AS "n"
FROM (SELECT DISTINCT "outletId" AS "outlet_id", "workspaceId" AS "workspace_id" FROM "articles" WHERE "outletId" IS NOT NULL) AS "u";

UPDATE "outlets" AS o SET "workspaceId" = u."workspace_id" FROM "outlet_uses" AS u WHERE u."outlet_id" = o."id" AND u."n" = 1;

INSERT INTO "outlets" ("id", "workspaceId", "name", "domain", "country", "createdAt")
SELECT u."copy_id", u."workspace_id", o."name", o."domain", o."country", o."createdAt"
FROM "outlet_uses" AS u JOIN "outlets" AS o ON o."id" = u."outlet_id" WHERE u."n" > 1;

UPDATE "articles" AS a SET "outletId" = u."copy_id" FROM "outlet_uses" AS u
WHERE u."n" > 1 AND a."outletId" = u."outlet_id" AND a."workspaceId" = u."workspace_id";

DROP TABLE "outlet_uses";

-- An outlet no article uses belongs to no workspace, and nobody can see it.
DELETE FROM "outlets" WHERE "workspaceId" IS NULL;

ALTER TABLE "outlets" ALTER COLUMN "workspaceId" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "outlets_workspaceId_name_key" ON "outlets"("workspaceId", "name");

-- AddForeignKey
ALTER TABLE "outlets" ADD CONSTRAINT "outlets_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
