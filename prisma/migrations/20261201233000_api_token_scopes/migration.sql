-- AlterTable
ALTER TABLE "api_tokens" ADD COLUMN     "canWrite" BOOLEAN NOT NULL DEFAULT false;

-- Tokens minted before scopes existed could write: the scripts that use them keep working.
UPDATE "api_tokens" SET "canWrite" = true;
