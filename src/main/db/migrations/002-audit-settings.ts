import type { Migration } from './types'

/**
 * The audit trail and app settings.
 *
 * `audit_log` is append-only (triggers refuse UPDATE and DELETE) and hash-chained. It holds no
 * personal or health content: what happened, to which record, by whom, when. The content of a
 * change lives in `audit_details`, salted and hashed into the chain, so that erasing an athlete
 * can delete their details while the chain stays verifiable.
 */
export const migration002: Migration = {
  version: 2,
  name: 'audit trail and settings',
  sql: `
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
      at TEXT NOT NULL,
      actor TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 120),
      action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
      entity_type TEXT NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 60),
      entity_id TEXT,
      athlete_id TEXT,
      detail_hash TEXT,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;

    CREATE INDEX audit_log_by_athlete ON audit_log (athlete_id, seq) WHERE athlete_id IS NOT NULL;

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
      SELECT RAISE(ABORT, 'The audit trail is append-only');
    END;

    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
      SELECT RAISE(ABORT, 'The audit trail is append-only');
    END;

    CREATE TABLE audit_details (
      audit_id TEXT PRIMARY KEY REFERENCES audit_log (id),
      athlete_id TEXT,
      salt TEXT NOT NULL,
      payload TEXT NOT NULL CHECK (json_valid(payload))
    ) STRICT;

    CREATE INDEX audit_details_by_athlete ON audit_details (athlete_id) WHERE athlete_id IS NOT NULL;

    CREATE TRIGGER audit_details_no_update BEFORE UPDATE ON audit_details
    BEGIN
      SELECT RAISE(ABORT, 'Audit details cannot be changed, only erased with their athlete');
    END;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 60),
      value TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
}
