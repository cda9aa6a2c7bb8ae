import type { Migration } from './types'

/**
 * Squads and athletes. Sync-ready from the start: UUID text keys, created/updated instants in
 * UTC, `deleted_at` tombstones instead of hard deletes. CHECK constraints repeat the ranges the
 * zod schemas enforce, as a second line of defence for rows written any other way.
 */
export const migration001: Migration = {
  version: 1,
  name: 'squads and athletes',
  sql: `
    CREATE TABLE squads (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE UNIQUE INDEX squads_live_name ON squads (name COLLATE NOCASE) WHERE deleted_at IS NULL;

    CREATE TABLE athletes (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      squad_id TEXT NOT NULL REFERENCES squads (id),
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
      position TEXT CHECK (position IS NULL OR length(position) <= 60),
      date_of_birth TEXT CHECK (
        date_of_birth IS NULL OR (
          date_of_birth GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
          AND date(date_of_birth) = date_of_birth
        )
      ),
      dominant_leg TEXT NOT NULL CHECK (dominant_leg IN ('left', 'right', 'both')),
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE INDEX athletes_by_squad ON athletes (squad_id, name COLLATE NOCASE) WHERE deleted_at IS NULL;
  `,
}
