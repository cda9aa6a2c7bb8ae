import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { squadBoard } from '../../../src/main/board/squad-board'
import { seedDatabase, type SeedSummary } from '../../../scripts/seed/seed-database'
import { mainFigures } from '../../../bench/figures/main-figures'
import { startClub } from '../../../bench/lib/club'
import { evaluate } from '../../../bench/report'

/**
 * The bench harness at a tiny scale (8 athletes, one season): the seeder writes a club whose
 * injured athlete the engine reads at the phase the story was built for, the same options give
 * the same data, and each main-process figure runs and comes back with its floor. The real
 * scales run with `npm run bench`, never in `npm test`.
 */
const TODAY = '2026-11-16'
const options = { athletes: 8, seasons: 1, seed: 1, today: TODAY }

/** Everything of a seeded file except ids, which are random UUIDs. */
function content(path: string): string {
  const db = new Database(path, { readonly: true })
  try {
    const name = `(SELECT name FROM athletes a WHERE a.id = t.athlete_id)`
    const parts = ['sessions', 'response_checks', 'assessments', 'injuries'].map((table) =>
      db
        .prepare(`SELECT ${name} AS who, t.* FROM ${table} t ORDER BY who, created_at`)
        .all()
        .map((row) => {
          const { id: _i, athlete_id: _a, ...rest } = row as Record<string, unknown>
          return JSON.stringify(rest)
        })
        .join('\n'),
    )
    return parts.join('\n')
  } finally {
    db.close()
  }
}

describe('bench harness at a tiny scale', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rts-bench-smoke-'))
  const seeded = join(dir, 'seeded.sqlite')
  let summary: SeedSummary

  beforeAll(() => {
    summary = seedDatabase({ ...options, out: seeded })
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('seeds training, injuries at a phase, tests and responses, the same every time', () => {
    expect(summary.counts['sessions']).toBeGreaterThan(8 * 200)
    expect(summary.counts['assessments']).toBeGreaterThan(0)
    expect(summary.counts['responseChecks']).toBeGreaterThan(0)
    expect(summary.openInjuries).toBe(1)
    expect(summary.closedInjuries).toBeGreaterThan(0)
    const again = join(dir, 'again.sqlite')
    seedDatabase({ ...options, out: again })
    expect(content(again)).toBe(content(seeded))
  }, 60_000)

  it('gives the engine the phase each open injury was built to be in', async () => {
    const copy = mkdtempSync(join(dir, 'club-'))
    copyFileSync(seeded, join(copy, 'rts-bridge.sqlite'))
    const club = startClub(copy, TODAY)
    try {
      const rows = await squadBoard(club.services.deps.repos, club.squadId, TODAY)
      for (const expected of summary.expected) {
        const row = rows.find((r) => r.name === expected.name)
        expect(row?.phase?.id).toBe(expected.phase)
      }
    } finally {
      club.services.close()
    }
  })

  it('runs every main-process figure beside its floor', async () => {
    const copy = mkdtempSync(join(dir, 'figures-'))
    copyFileSync(seeded, join(copy, 'rts-bridge.sqlite'))
    for (const [name, figure] of Object.entries(mainFigures)) {
      const result = evaluate(name, 'tiny', await figure({ dataDir: copy, today: TODAY, runs: 1 }))
      expect(result.figure.wallMs.median, name).toBeGreaterThan(0)
      expect(result.floor?.wallMs.median, name).toBeGreaterThan(0)
      expect(result.ratio, name).toBeGreaterThan(0)
    }
  }, 120_000)
})
