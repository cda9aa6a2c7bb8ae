import Database from 'better-sqlite3'
import { APPLICATION_ID } from '../db/connection'
import { migrate } from '../db/migrate'
import { migrations as allMigrations } from '../db/migrations'
import type { Migration } from '../db/migrations/types'
import type { FileFacts, SchemaEntry } from './worker-tasks'

export type FileProblem =
  | 'missing'
  | 'empty'
  | 'unreadable'
  | 'not_sqlite'
  | 'corrupt'
  | 'not_rts_bridge'
  | 'too_new'
  | 'no_data'
  | 'wrong_version'
  | 'schema_mismatch'

export type Verdict =
  { ok: true; schemaVersion: number } | { ok: false; problem: FileProblem; message: string }

const cannotUse: Record<Exclude<FileFacts['status'], 'ok'>, string> = {
  missing: 'The file is not there any more.',
  empty: 'The file is empty (0 bytes).',
  unreadable: 'The file could not be read.',
  not_sqlite: 'This is not an RTS Bridge data file: it is not a database at all.',
  corrupt: 'The file is damaged: SQLite could not read it.',
}

function fail(problem: FileProblem, message: string): Verdict {
  return { ok: false, problem, message }
}

/** The checks every trusted file passes: readable SQLite, ours, intact, no broken references. */
function basicVerdict(facts: FileFacts, latestVersion: number): Verdict {
  if (facts.status !== 'ok') return fail(facts.status, cannotUse[facts.status])
  if (facts.applicationId !== APPLICATION_ID) {
    return fail('not_rts_bridge', 'This database was not made by RTS Bridge.')
  }
  if (facts.integrity.length !== 1 || facts.integrity[0] !== 'ok') {
    return fail('corrupt', 'The file is damaged: it failed SQLite’s integrity check.')
  }
  if (facts.foreignKeyViolations > 0) {
    return fail('corrupt', 'The file is damaged: some records point to records that are missing.')
  }
  if (facts.userVersion > latestVersion) {
    return fail(
      'too_new',
      `This file was written by a newer version of RTS Bridge (data format ${facts.userVersion}; this version reads up to ${latestVersion}). Update RTS Bridge to use it.`,
    )
  }
  if (facts.userVersion < 1) return fail('no_data', 'This RTS Bridge file holds no data.')
  return { ok: true, schemaVersion: facts.userVersion }
}

/** A backup copy just written: it must be a faithful copy of the live file at `schemaVersion`. */
export function backupVerdict(facts: FileFacts, schemaVersion: number): Verdict {
  const verdict = basicVerdict(facts, Number.MAX_SAFE_INTEGER)
  if (!verdict.ok) return verdict
  if (verdict.schemaVersion !== schemaVersion) {
    return fail(
      'wrong_version',
      `The copy has data format ${verdict.schemaVersion}, the data file ${schemaVersion}.`,
    )
  }
  return verdict
}

const expectedSchemas = new Map<number, SchemaEntry[]>()

/** The tables, indexes and triggers a file at `version` has when made by these migrations. */
export function expectedSchema(
  version: number,
  migrations: readonly Migration[] = allMigrations,
): SchemaEntry[] {
  const cached = migrations === allMigrations ? expectedSchemas.get(version) : undefined
  if (cached) return cached
  const db = new Database(':memory:')
  try {
    migrate(db, migrations.slice(0, version))
    const schema = db
      .prepare(
        `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema
         WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY type, name`,
      )
      .all() as SchemaEntry[]
    if (migrations === allMigrations) expectedSchemas.set(version, schema)
    return schema
  } finally {
    db.close()
  }
}

function sameSchema(a: readonly SchemaEntry[], b: readonly SchemaEntry[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A file someone wants to restore (quality B8): besides the basic checks, its tables must be
 * exactly those RTS Bridge had at the file's schema version, so a file edited by another
 * program, or one that only borrowed our application id, is refused.
 */
export function restoreVerdict(
  facts: FileFacts,
  migrations: readonly Migration[] = allMigrations,
): Verdict {
  const verdict = basicVerdict(facts, migrations.length)
  if (!verdict.ok || facts.status !== 'ok') return verdict
  if (!sameSchema(facts.schema, expectedSchema(verdict.schemaVersion, migrations))) {
    return fail(
      'schema_mismatch',
      `The file’s tables do not match RTS Bridge data format ${verdict.schemaVersion}. It may have been changed by another program.`,
    )
  }
  return verdict
}
