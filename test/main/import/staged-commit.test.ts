import { afterEach, describe, expect, it } from 'vitest'
import type { ExposureSessionFacts } from '../../../src/shared/schemas/exposure-session'
import { slices, writeSessionsInSlices } from '../../../src/main/import/staged-commit'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { sessionFields } from '../../support/training-records'

/**
 * An import written in slices (quality D12) must stay all or nothing: nothing of it is seen
 * before its last step, and a failure at any slice, or a crash, leaves nothing behind.
 */

let backend: TestBackend
afterEach(() => backend?.close())

function start() {
  backend = startTestBackend()
  const { repos } = backend.services.deps
  const squad = repos.squads.create('First team')
  const athletes = ['Sam Reid', 'Lee Park', 'Maya Chen'].map(
    (name) =>
      repos.athletes.create(squad.id, {
        name,
        position: null,
        dateOfBirth: null,
        dominantLeg: 'right',
      }).id,
  )
  // Four sessions each: twelve in all, six slices of two.
  const sessions = new Map<string, ExposureSessionFacts[]>(
    athletes.map((id) => [
      id,
      [1, 2, 3, 4].map((day) =>
        sessionFields({ date: `2026-10-0${day}`, dataSource: 'GPS', notes: `import test ${day}` }),
      ),
    ]),
  )
  return { athletes, sessions }
}

const deps = () => backend.services.deps

/** Every session row, hidden ones included, and what is left of the import's bookkeeping. */
function rowsOnDisk() {
  const db = deps().db
  return {
    sessions: db.prepare('SELECT count(*) FROM sessions').pluck().get() as number,
    hidden: db
      .prepare('SELECT count(*) FROM sessions WHERE deleted_at IS NOT NULL')
      .pluck()
      .get() as number,
    staged: db.prepare('SELECT count(*) FROM staged_imports').pluck().get() as number,
    audited: db
      .prepare(`SELECT count(*) FROM audit_log WHERE action IN ('session.import', 'test.import')`)
      .pluck()
      .get() as number,
  }
}

function visible(athletes: readonly string[]): number {
  return athletes.reduce((n, id) => n + deps().repos.sessions.listByAthlete(id).length, 0)
}

const finishWithAudit = () =>
  deps().repos.audit.record({
    actor: 'Coach',
    action: 'test.import',
    entityType: 'squad',
    entityId: null,
    athleteId: null,
  })

/** What a crash part-way through an import leaves on disk: its slices so far, hidden. */
function leaveUnfinishedImport(athleteId: string, rows: readonly ExposureSessionFacts[]): void {
  const { db, repos } = deps()
  const cutShort = repos.stagedImports.begin('gps')
  db.transaction(() => {
    repos.sessions.stageMany(cutShort, athleteId, rows)
  })()
}

describe('an import written in slices', () => {
  it('cuts the sessions into slices of the size asked, athletes split where needed', () => {
    const { sessions } = start()
    const cut = slices(sessions, 5)
    expect(cut.map((slice) => slice.reduce((n, [, list]) => n + list.length, 0))).toEqual([5, 5, 2])
    expect(cut.flat().flatMap(([, list]) => list)).toEqual([...sessions.values()].flat())
  })

  it('shows nothing until the last step, lets the event loop run between slices, then shows all', async () => {
    const { athletes, sessions } = start()
    const seen: number[] = []
    let watching = true
    const watch = () => {
      if (!watching) return
      seen.push(visible(athletes))
      setImmediate(watch)
    }
    setImmediate(watch)
    const written = await writeSessionsInSlices(deps(), sessions, {
      finish: finishWithAudit,
      sliceRows: 2,
    })
    watching = false
    expect(written).toBe(12)
    // Other work ran while the slices were written, and never saw a session of the import.
    expect(seen.length).toBeGreaterThanOrEqual(5)
    expect(seen.every((n) => n === 0)).toBe(true)
    expect(visible(athletes)).toBe(12)
    expect(rowsOnDisk()).toEqual({ sessions: 12, hidden: 0, staged: 0, audited: 4 })
    // One row per athlete, each naming the import its sessions came with.
    const rows = deps()
      .db.prepare(
        `SELECT l.athlete_id AS athleteId, l.entity_type AS entityType, l.entity_id AS importId
         FROM audit_log l WHERE l.action = 'session.import' ORDER BY l.seq`,
      )
      .all() as { athleteId: string; entityType: string; importId: string }[]
    const importIds = deps()
      .db.prepare('SELECT DISTINCT import_id FROM sessions')
      .pluck()
      .all() as string[]
    expect(importIds).toHaveLength(1)
    expect(rows).toEqual(
      athletes.map((athleteId) => ({ athleteId, entityType: 'import', importId: importIds[0] })),
    )
  })

  it('leaves nothing when a slice fails after others were committed', async () => {
    const { athletes, sessions } = start()
    const original = deps().repos.sessions.stageMany
    let calls = 0
    let before: ReturnType<typeof rowsOnDisk> | null = null
    deps().repos.sessions.stageMany = ((importId, athleteId, inputs) => {
      calls += 1
      if (calls === 5) {
        // Four slices are on disk by now, hidden, each committed on its own.
        before = rowsOnDisk()
        throw new Error('disk full')
      }
      return original(importId, athleteId, inputs)
    }) as typeof original
    try {
      await expect(
        writeSessionsInSlices(deps(), sessions, {
          finish: finishWithAudit,
          sliceRows: 2,
        }),
      ).rejects.toThrow('disk full')
    } finally {
      deps().repos.sessions.stageMany = original
    }
    expect(before).toEqual({ sessions: 8, hidden: 8, staged: 1, audited: 0 })
    expect(visible(athletes)).toBe(0)
    expect(rowsOnDisk()).toEqual({ sessions: 0, hidden: 0, staged: 0, audited: 0 })
  })

  it('leaves nothing when the last step fails', async () => {
    const { athletes, sessions } = start()
    await expect(
      writeSessionsInSlices(deps(), sessions, {
        finish: () => {
          finishWithAudit()
          throw new Error('mapping could not be saved')
        },
        sliceRows: 2,
      }),
    ).rejects.toThrow('mapping could not be saved')
    expect(visible(athletes)).toBe(0)
    expect(rowsOnDisk()).toEqual({ sessions: 0, hidden: 0, staged: 0, audited: 0 })
  })

  it('shows nothing when an athlete is erased while the slices are written', async () => {
    const { athletes, sessions } = start()
    const original = deps().repos.sessions.stageMany
    let calls = 0
    deps().repos.sessions.stageMany = ((importId, athleteId, inputs) => {
      calls += 1
      // Between two slices, someone erases the first athlete (their hidden rows go too).
      if (calls === 3)
        deps().db.prepare('DELETE FROM sessions WHERE athlete_id = ?').run(athletes[0])
      return original(importId, athleteId, inputs)
    }) as typeof original
    try {
      await expect(
        writeSessionsInSlices(deps(), sessions, {
          finish: finishWithAudit,
          sliceRows: 2,
        }),
      ).rejects.toThrow(/of 12 rows/)
    } finally {
      deps().repos.sessions.stageMany = original
    }
    expect(visible(athletes)).toBe(0)
    expect(rowsOnDisk()).toEqual({ sessions: 0, hidden: 0, staged: 0, audited: 0 })
  })

  it('keeps the slices of an import cut short by a crash hidden, and drops them once the app starts again', async () => {
    const { athletes, sessions } = start()
    leaveUnfinishedImport(athletes[0]!, sessions.get(athletes[0]!)!)
    expect(visible(athletes)).toBe(0)
    expect(rowsOnDisk()).toMatchObject({ sessions: 4, hidden: 4, staged: 1 })
    backend.restart()
    // Dropped as soon as the file passed its health check, before any write could run.
    await backend.services.healthChecked
    expect(rowsOnDisk()).toEqual({ sessions: 0, hidden: 0, staged: 0, audited: 0 })
  })

  it('drops what an unfinished import left before the next import writes', async () => {
    const { athletes, sessions } = start()
    leaveUnfinishedImport(athletes[0]!, sessions.get(athletes[0]!)!)
    const second = new Map([[athletes[1]!, sessions.get(athletes[1]!)!]])
    await writeSessionsInSlices(deps(), second, {
      finish: finishWithAudit,
      sliceRows: 2,
    })
    expect(rowsOnDisk()).toEqual({ sessions: 4, hidden: 0, staged: 0, audited: 2 })
    expect(deps().repos.sessions.listByAthlete(athletes[1]!)).toHaveLength(4)
    expect(deps().repos.sessions.listByAthlete(athletes[0]!)).toHaveLength(0)
  })
})
