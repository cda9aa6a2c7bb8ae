import type { ExposureSessionFacts } from '@shared/schemas/exposure-session'
import type { Db } from '../db/connection'
import type { Repositories } from '../db/repositories'

/**
 * Writes the sessions of an import a slice at a time, letting the event loop run between
 * slices (quality D12: a 2,000-session import into a big club held the main process for about
 * half a second in one transaction), and still all or nothing:
 *
 * 1. the import gets an id (`staged_imports`);
 * 2. each slice is its own short transaction writing its sessions hidden (tombstoned, marked
 *    with the import's id): no list, board or report sees them, and nothing is audited yet;
 * 3. one last short transaction shows them all, writes their audit rows (one per athlete, and
 *    whatever the caller commits with them in `finish`, such as its row for the whole import),
 *    and ends the import.
 *
 * A failure at any step drops the hidden sessions and rethrows; a crash leaves them hidden, and
 * the next import deletes them first. Imports run one at a time per database, so the one
 * being written is never taken for an abandoned one.
 */

export const DEFAULT_SLICE_ROWS = 400

interface Writer {
  db: Db
  repos: Pick<Repositories, 'sessions' | 'stagedImports'>
}

/** Lets other IPC calls and window events through between slices. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

const queues = new WeakMap<Db, Promise<unknown>>()

/** Runs `task` after every import already queued on this database has finished. */
export function oneImportAtATime<T>(db: Db, task: () => Promise<T>): Promise<T> {
  const before = queues.get(db) ?? Promise.resolve()
  const run = before.then(task, task)
  queues.set(
    db,
    run.catch(() => undefined),
  )
  return run
}

/** Deletes the hidden sessions of imports that never finished (a crash while writing). */
export function dropAbandonedImports({ db, repos }: Writer): number {
  let dropped = 0
  for (const id of repos.stagedImports.list()) {
    db.transaction(() => {
      dropped += repos.sessions.dropStaged(id)
      repos.stagedImports.end(id)
    })()
  }
  return dropped
}

/** The sessions of each athlete cut into slices of about `rows` sessions. */
export function slices(
  sessions: ReadonlyMap<string, readonly ExposureSessionFacts[]>,
  rows: number,
): [athleteId: string, sessions: readonly ExposureSessionFacts[]][][] {
  const out: [string, readonly ExposureSessionFacts[]][][] = []
  let current: [string, readonly ExposureSessionFacts[]][] = []
  let size = 0
  for (const [athleteId, list] of sessions) {
    let at = 0
    while (at < list.length) {
      const take = Math.min(list.length - at, Math.max(1, rows - size))
      current.push([athleteId, list.slice(at, at + take)])
      at += take
      size += take
      if (size >= rows) {
        out.push(current)
        current = []
        size = 0
      }
    }
  }
  if (current.length > 0) out.push(current)
  return out
}

/**
 * Writes `sessions` (per athlete) as one import in slices, then shows them in one transaction
 * that also runs `finish` with the import's id (the caller's own writes, such as its audit row
 * for the whole import). Resolves with the number of sessions written; on any failure nothing
 * of the import is left.
 */
export async function writeSessionsInSlices(
  writer: Writer,
  sessions: ReadonlyMap<string, readonly ExposureSessionFacts[]>,
  options: { finish: (importId: string) => void; sliceRows?: number },
): Promise<number> {
  const { db, repos } = writer
  dropAbandonedImports(writer)
  const importId = repos.stagedImports.begin('gps')
  const expected = new Map<string, number>()
  for (const [athleteId, list] of sessions) {
    if (list.length > 0) expected.set(athleteId, (expected.get(athleteId) ?? 0) + list.length)
  }
  try {
    for (const slice of slices(sessions, options.sliceRows ?? DEFAULT_SLICE_ROWS)) {
      db.transaction(() => {
        for (const [athleteId, list] of slice) repos.sessions.stageMany(importId, athleteId, list)
      })()
      await breathe()
    }
    return db.transaction(() => {
      const shown = repos.sessions.revealImport(importId, expected)
      options.finish(importId)
      repos.stagedImports.end(importId)
      return shown
    })()
  } catch (error) {
    try {
      db.transaction(() => {
        repos.sessions.dropStaged(importId)
        repos.stagedImports.end(importId)
      })()
    } catch {
      // The database itself failed (closed, disk full): the rows stay hidden and the next
      // import drops them. The first error is the one to report.
    }
    throw error
  }
}
