#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here (STACK.md §5).
# generate and db seed never call it; migrations go through the wasm engine (apps/api/scripts/migrate.mjs).
echo "The native Prisma schema engine is not installed; use 'npm run db:migrate:deploy -w @parallax/api'." >&2
exit 1
