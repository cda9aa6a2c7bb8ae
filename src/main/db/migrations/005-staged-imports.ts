import type { Migration } from './types'

/**
 * Imports written in slices. A big GPS import is written a few hundred sessions at a time, so
 * the app stays responsive (quality D12), yet it must stay all-or-nothing: its sessions are
 * written hidden (tombstoned, marked with the import's id) and shown together, with their
 * audit rows, in one last short transaction that also deletes the import's `staged_imports`
 * row. A row still here belongs to an import that failed or was cut short (a crash): its
 * hidden sessions are deleted before the next import. `import_id` then finds them by index.
 */
export const migration005: Migration = {
  version: 5,
  name: 'imports written in slices',
  sql: `
    CREATE TABLE staged_imports (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      kind TEXT NOT NULL CHECK (kind IN ('gps')),
      started_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX sessions_by_import ON sessions (import_id) WHERE import_id IS NOT NULL;
  `,
}
