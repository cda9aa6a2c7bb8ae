import * as fs from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { z } from 'zod'

/**
 * The heavy file work of backups and restores, run in a worker thread so the main process stays
 * responsive (quality D12). Measured on the CI machine: `integrity_check` of a 74 MB file takes
 * 0.85 s (quick_check 0.1 s); SQLite's backup API stalled the main thread 70–100 ms at its last
 * step (the fsync of a 30 MB copy); `VACUUM INTO` blocks 0.33 s for 74 MB. All far above the
 * ~100 ms budget.
 *
 * Each task is one plain-JavaScript function body kept as text, so that no bundler has to
 * produce a separate worker file (the worker is started from source with `eval`). The same body
 * runs in-thread where blocking is acceptable: at startup, before the window opens.
 */

/**
 * Reads the facts that decide whether a SQLite file may be trusted (a backup just written, or a
 * file the user wants to restore): header, application id, schema version, integrity, foreign
 * keys and the list of tables. The file is opened read-only with `trusted_schema` off, so an
 * untrusted file can run nothing of its own (quality B8).
 * Parameters: Database (better-sqlite3), fs, path, full.
 */
const INSPECT_BODY = String.raw`
  let size
  try {
    size = fs.statSync(path).size
  } catch (error) {
    const code = String((error && error.code) || 'unknown')
    return { status: code === 'ENOENT' ? 'missing' : 'unreadable', sizeBytes: 0, detail: code }
  }
  if (size === 0) return { status: 'empty', sizeBytes: 0 }
  const header = Buffer.alloc(100)
  let fd
  try {
    fd = fs.openSync(path, 'r')
    fs.readSync(fd, header, 0, 100, 0)
  } catch (error) {
    return { status: 'unreadable', sizeBytes: size, detail: String((error && error.code) || 'unknown') }
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
  if (size < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
    return { status: 'not_sqlite', sizeBytes: size }
  }
  let db
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    db.pragma('trusted_schema = OFF')
    db.pragma('cell_size_check = ON')
    const applicationId = db.pragma('application_id', { simple: true })
    const userVersion = db.pragma('user_version', { simple: true })
    const integrity = db
      .pragma(full ? 'integrity_check(20)' : 'quick_check(20)')
      .map((row) => String(Object.values(row)[0]))
    const foreignKeyViolations = db.pragma('foreign_key_check').length
    const schema = db
      .prepare(
        "SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema " +
          "WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY type, name",
      )
      .all()
    return { status: 'ok', sizeBytes: size, applicationId, userVersion, integrity, foreignKeyViolations, schema }
  } catch (error) {
    return { status: 'corrupt', sizeBytes: size, detail: String((error && error.message) || error).slice(0, 300) }
  } finally {
    if (db) db.close()
  }
`

/**
 * A consistent copy of a live database, taken through a second, read-only connection (WAL lets
 * it read the last committed state while the app keeps writing). `VACUUM INTO` writes a compact
 * file in rollback-journal mode: self-contained, and without the free pages that might still
 * hold erased data. It does not fsync the copy; the caller does, off the main thread.
 * Parameters: Database, fs, path (the live file), target.
 */
const SNAPSHOT_BODY = String.raw`
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    db.prepare('VACUUM INTO ?').run(target)
  } finally {
    db.close()
  }
  return { status: 'ok' }
`

/**
 * The health check the app runs on its data file at start (`quick_check`), on a connection of
 * its own so the main thread can already answer reads. Opened read-write like the app's own
 * connection, so SQLite checks the same things (CHECK and NOT NULL constraints too), but with
 * `query_only` on: this connection never changes the file.
 * Parameters: Database, fs, path.
 */
const QUICK_CHECK_BODY = String.raw`
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('query_only = ON')
    db.pragma('busy_timeout = 5000')
    const rows = db.pragma('quick_check(20)').map((row) => String(Object.values(row)[0]))
    return { status: 'ok', findings: rows }
  } catch (error) {
    return { status: 'failed', detail: String((error && error.message) || error).slice(0, 300), code: String((error && error.code) || '') }
  } finally {
    db.close()
  }
`

/**
 * Copies the pages the WAL holds back into the database file, on a connection of its own: the
 * app's connection does not checkpoint after its commits (quality D12: copying and syncing a few
 * thousand pages held the main thread for tens of milliseconds after a big import). PASSIVE
 * waits for no one and stops where a reader still needs the WAL; TRUNCATE (after an erasure)
 * waits for the writer and readers, then empties the WAL file, old page images and all.
 * Parameters: Database, fs, path, mode.
 */
const CHECKPOINT_BODY = String.raw`
  const db = new Database(path, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    const row = db.pragma(mode === 'TRUNCATE' ? 'wal_checkpoint(TRUNCATE)' : 'wal_checkpoint(PASSIVE)')[0]
    return { status: 'ok', busy: row.busy, walPages: row.log, checkpointed: row.checkpointed }
  } catch (error) {
    return { status: 'failed', detail: String((error && error.message) || error).slice(0, 300), code: String((error && error.code) || '') }
  } finally {
    db.close()
  }
`

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let result
try {
  const task = new Function('Database', 'fs', ...Object.keys(workerData.args), workerData.body)
  result = task(require(workerData.driverPath), require('node:fs'), ...Object.values(workerData.args))
} catch (error) {
  result = { status: 'failed', detail: String((error && error.message) || error).slice(0, 300), code: String((error && error.code) || '') }
}
parentPort.postMessage(result)
`

const schemaEntrySchema = z.object({
  type: z.string(),
  name: z.string(),
  tableName: z.string(),
  sql: z.string().nullable(),
})
export type SchemaEntry = z.infer<typeof schemaEntrySchema>

const fileFactsSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    sizeBytes: z.number(),
    applicationId: z.number(),
    userVersion: z.number(),
    integrity: z.array(z.string()),
    foreignKeyViolations: z.number(),
    schema: z.array(schemaEntrySchema),
  }),
  z.object({
    status: z.enum(['missing', 'empty', 'unreadable', 'not_sqlite', 'corrupt']),
    sizeBytes: z.number(),
    detail: z.string().optional(),
  }),
])
export type FileFacts = z.infer<typeof fileFactsSchema>

export interface InspectOptions {
  /** integrity_check (every page) rather than quick_check. */
  full: boolean
}

/** Inspects a file on the calling thread: only where blocking does not matter. */
export function inspectDatabaseFileNow(path: string, options: InspectOptions): FileFacts {
  const inspect = new Function('Database', 'fs', 'path', 'full', INSPECT_BODY) as (
    ...args: unknown[]
  ) => unknown
  return fileFactsSchema.parse(inspect(Database, fs, path, options.full))
}

/** Inspects a file in a worker thread, leaving the main thread free. */
export async function inspectDatabaseFile(
  path: string,
  options: InspectOptions,
): Promise<FileFacts> {
  const answer = await runInWorker(INSPECT_BODY, { path, full: options.full })
  const parsed = fileFactsSchema.safeParse(answer)
  if (!parsed.success) throw new Error('The file check returned an unexpected answer')
  return parsed.data
}

/** A failed worker task, with SQLite's or the file system's error code when there was one. */
export class WorkerTaskError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
    this.name = 'WorkerTaskError'
  }
}

const taskAnswerSchema = z.union([
  z.object({ status: z.literal('ok') }),
  z.object({ status: z.literal('failed'), detail: z.string(), code: z.string() }),
])

/** Copies the live database at `path` to `target` (which must not exist) in a worker thread. */
export async function snapshotDatabase(path: string, target: string): Promise<void> {
  const answer = taskAnswerSchema.parse(await runInWorker(SNAPSHOT_BODY, { path, target }))
  if (answer.status === 'failed') throw new WorkerTaskError(answer.detail, answer.code)
}

const quickCheckAnswerSchema = z.union([
  z.object({ status: z.literal('ok'), findings: z.array(z.string()) }),
  z.object({ status: z.literal('failed'), detail: z.string(), code: z.string() }),
])

/**
 * Runs quick_check on the database at `path` in a worker thread. Returns SQLite's findings
 * (`['ok']` for a healthy file); an error SQLite raised while reading (SQLITE_CORRUPT,
 * SQLITE_NOTADB…) comes back as a finding too. Rejects only when the worker itself could not
 * run the check.
 */
export async function quickCheckInWorker(path: string): Promise<string[]> {
  const answer = quickCheckAnswerSchema.parse(await runInWorker(QUICK_CHECK_BODY, { path }))
  if (answer.status === 'ok') return answer.findings
  if (answer.code.startsWith('SQLITE_') && answer.code !== 'SQLITE_BUSY') {
    return [`${answer.code}: ${answer.detail}`]
  }
  throw new WorkerTaskError(answer.detail, answer.code)
}

const checkpointAnswerSchema = z.union([
  z.object({
    status: z.literal('ok'),
    busy: z.number(),
    walPages: z.number(),
    checkpointed: z.number(),
  }),
  z.object({ status: z.literal('failed'), detail: z.string(), code: z.string() }),
])

export interface CheckpointResult {
  /** False when a reader or writer kept part of the WAL from being copied (or emptied). */
  complete: boolean
  /** Frames in the WAL, and how many of them are now in the database file (-1: not WAL). */
  walPages: number
  checkpointed: number
}

/** A checkpoint of the database at `path`, run in a worker thread. */
export async function checkpointInWorker(
  path: string,
  mode: 'PASSIVE' | 'TRUNCATE',
): Promise<CheckpointResult> {
  const answer = checkpointAnswerSchema.parse(await runInWorker(CHECKPOINT_BODY, { path, mode }))
  if (answer.status === 'failed') throw new WorkerTaskError(answer.detail, answer.code)
  return {
    complete: answer.busy === 0,
    walPages: answer.walPages,
    checkpointed: answer.checkpointed,
  }
}

let driverPath: string | null = null

function runInWorker(body: string, args: Record<string, unknown>): Promise<unknown> {
  driverPath ??= createRequire(import.meta.url).resolve('better-sqlite3')
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { body, driverPath, args },
    })
    let settled = false
    worker.once('message', (message: unknown) => {
      settled = true
      resolve(message)
      void worker.terminate()
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The file check stopped unexpectedly (exit ${code})`))
    })
  })
}
