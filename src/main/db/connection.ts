import { statSync } from 'node:fs'
import Database from 'better-sqlite3'

/** 'RTSB' in ASCII: marks a SQLite file as an RTS Bridge database. */
export const APPLICATION_ID = 0x52545342

export type Db = Database.Database

/** The most the WAL file keeps on disk after a checkpoint (quality D9). */
export const WAL_SIZE_LIMIT_BYTES = 8 * 1024 * 1024

/** Why a database file could not be opened for use. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: 'missing' | 'corrupt' | 'not_rts_bridge' | 'too_new' | 'unreadable',
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}

/**
 * Pragmas that must hold on every connection. `synchronous` and `foreign_keys` are per
 * connection (better-sqlite3 starts at NORMAL/OFF), so they are set on each open, not once.
 */
function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  // Overwrite deleted content with zeros so erased health data does not linger in free pages.
  db.pragma('secure_delete = ON')
  // After a checkpoint the WAL is cut back to this size, so one large write (an import, a
  // migration) does not leave a file the size of the database beside it for good.
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`)
}

/**
 * Opens (or creates) the database at `path` for the app: pragmas set, `quick_check` run, and
 * the file confirmed to be ours. Throws DatabaseOpenError rather than ever replacing a damaged
 * file with a new empty one. `verified` skips the quick_check (0.6 s on the main thread for a
 * 105 MB file) when the caller has just run a full integrity_check on the file in a worker, as a
 * restore does.
 */
export function openDatabase(
  path: string,
  options: {
    create: boolean
    verified?: boolean
    /**
     * Skip the quick_check here: the caller runs it itself (AppData, in a worker, with the
     * connection held read-only until it passes).
     */
    deferCheck?: boolean
  } = { create: true },
): Db {
  const size = fileSize(path)
  if (size === null && !options.create) {
    throw new DatabaseOpenError('missing', 'The data file is missing from its folder.')
  }
  // SQLite would treat a zero-length file as a new, empty database: that would hide data loss.
  if (size === 0) {
    throw new DatabaseOpenError('corrupt', 'The data file is empty (0 bytes).')
  }
  let db: Db
  try {
    db = new Database(path, { fileMustExist: !options.create })
  } catch (error) {
    throw new DatabaseOpenError(
      'unreadable',
      `The data file could not be opened: ${describe(error)}`,
    )
  }
  try {
    if (!options.verified && !options.deferCheck) quickCheck(db)
    const appId = db.pragma('application_id', { simple: true }) as number
    const isEmpty = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }
    if (appId === 0 && isEmpty.n === 0) {
      db.pragma(`application_id = ${APPLICATION_ID}`)
    } else if (appId !== APPLICATION_ID) {
      throw new DatabaseOpenError('not_rts_bridge', 'This file is not an RTS Bridge data file.')
    }
    applyPragmas(db)
    return db
  } catch (error) {
    db.close()
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError(
      'corrupt',
      `The data file failed its health check: ${describe(error)}`,
    )
  }
}

/** SQLite's quick_check on this connection; throws DatabaseOpenError unless it answers ok. */
export function quickCheck(db: Db): void {
  const check = db.pragma('quick_check', { simple: true })
  if (check !== 'ok') throw damagedFileError(String(check))
}

/** The error for a file that failed its health check, with SQLite's first finding. */
export function damagedFileError(finding: string): DatabaseOpenError {
  return new DatabaseOpenError('corrupt', `The data file failed its health check (${finding}).`)
}

/** Flushes the WAL into the main file so the file on disk is complete on its own. */
export function closeDatabase(db: Db): void {
  if (!db.open) return
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

/** The size of the file at `path` in bytes, or null when there is none. */
export function fileSize(path: string): number | null {
  if (path === ':memory:') return null
  try {
    return statSync(path).size
  } catch {
    return null
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
