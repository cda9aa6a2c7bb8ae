import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bigExport, BIG_EXPORT_NAMES as NAMES } from '../../fixtures/gps/big-export'
import { startTestBackend, type TestBackend } from '../../support/backend'

/**
 * A season block of a squad in one file: 40 players × 50 days × 5 rows (the whole-session row
 * and four drills) = 10,000 rows. Parsed once in main; the preview must stay quick enough to
 * answer while the coach clicks through the steps, and the import is one transaction.
 */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return Math.round((used.user + used.system) / 1000)
}

describe('a 10,000-row GPS export', () => {
  let backend: TestBackend
  let dir: string
  let squadId: string
  const timings: Record<string, { wallMs: number; cpuMs: number; planMs?: number }> = {}

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rts-gps-perf-'))
    const path = join(dir, 'season-block.csv')
    writeFileSync(path, bigExport())
    backend = startTestBackend({ openPath: () => path })
    const repos = backend.services.deps.repos
    squadId = repos.squads.create('First team').id
    for (const name of NAMES)
      repos.athletes.create(squadId, {
        name,
        position: null,
        dateOfBirth: null,
        dominantLeg: 'right',
      })
  })
  afterAll(() => {
    backend?.close()
    rmSync(dir, { recursive: true, force: true })
    // Printed for the record: wall time on a shared machine, CPU time of this process.
    console.log('GPS import timings for 10,000 rows:', JSON.stringify(timings))
  })

  async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
    const cpu = process.cpuUsage()
    const wall = performance.now()
    const result = await run()
    timings[name] = { wallMs: Math.round(performance.now() - wall), cpuMs: cpuMs(cpu) }
    return result
  }

  it('is read once, previewed and imported all or nothing, each step in well under the bounds', async () => {
    const opened = await timed('open (read, parse, first preview)', () =>
      backend.api.gps.importOpen({ squadId }),
    )
    if (!opened.ok || opened.data.status !== 'ready') throw new Error('not opened')
    const state = opened.data
    expect(state.file.rows).toBe(10_000)
    // Only the source name is left to give (the file's preamble does not name it).
    expect(state.blockers).toHaveLength(1)
    expect(state.blockers[0]).toMatch(/^Name the source/)
    expect(state.summary).toMatchObject({
      sessions: 2_000,
      athletes: 40,
      fromTotalRows: 2_000,
      drillRowsCovered: 8_000,
    })
    // The page gets a bounded answer, not 10,000 rows.
    expect(state.byAthlete.reduce((n, a) => n + a.sessions.length, 0)).toBeLessThanOrEqual(3_000)

    const settings = {
      ...state.settings,
      sourceName: 'Club Catapult',
      defaultType: 'match' as const,
    }
    timings['open (read, parse, first preview)']!.planMs = state.elapsedMs
    const again = await timed('preview after a change', () =>
      backend.api.gps.importPreview({ token: state.token, settings }),
    )
    expect(again).toMatchObject({ ok: true, data: { blockers: [] } })
    if (again.ok) timings['preview after a change']!.planMs = again.data.elapsedMs
    const remap = await timed('preview after a unit change (rows read again)', () =>
      backend.api.gps.importPreview({
        token: state.token,
        settings: {
          ...settings,
          columns: {
            ...settings.columns,
            maxVelocity: { ...settings.columns.maxVelocity!, unit: 'km/h' },
          },
          thresholds: { hsr: 19.8, sprint: 25.2, unit: 'km/h' },
        },
      }),
    )
    expect(remap.ok).toBe(true)
    if (remap.ok)
      timings['preview after a unit change (rows read again)']!.planMs = remap.data.elapsedMs

    const committed = await timed('import', () =>
      backend.api.gps.importCommit({ token: state.token, settings }),
    )
    expect(committed).toEqual({
      ok: true,
      data: { imported: 2_000, athletes: 40, skippedDuplicates: 0, remembered: true },
    })
    const first = backend.services.deps.repos.athletes.listBySquad(squadId)[0]!
    expect(backend.services.deps.repos.sessions.listByAthlete(first.id)).toHaveLength(50)

    // Generous bounds for a shared CI machine; the numbers themselves are printed above.
    expect(timings['open (read, parse, first preview)']!.cpuMs).toBeLessThan(4_000)
    expect(timings['preview after a change']!.cpuMs).toBeLessThan(1_500)
    expect(timings['import']!.cpuMs).toBeLessThan(4_000)
  })
})
