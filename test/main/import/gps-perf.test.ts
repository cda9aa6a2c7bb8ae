import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestBackend, type TestBackend } from '../../support/backend'

/**
 * A season block of a squad in one file: 40 players × 50 days × 5 rows (the whole-session row
 * and four drills) = 10,000 rows. Parsed once in main; the preview must stay quick enough to
 * answer while the coach clicks through the steps, and the import is one transaction.
 */
const FIRST = ['Sam', 'Lee', 'Maya', 'Kofi', 'José', 'Aoife', 'Tomás', 'Nikolai', 'Zoë', 'Ravi']
const LAST = ['Reid', 'Park', 'Chen', 'Mensah']
const NAMES = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`))

function bigExport(): string {
  const lines = [
    'Player Name,Date,Session Title,Period Name,Total Duration,Total Distance (m),High Speed Running (Absolute) (m),Velocity Band 6 Total Distance (m),Velocity Band 6 Total Effort Count,Maximum Velocity (km/h),Acceleration B3 Efforts (Gen 2),Deceleration B3 Efforts (Gen 2),Total Player Load',
  ]
  for (let d = 0; d < 50; d += 1) {
    const day = new Date(Date.UTC(2026, 0, 5 + d))
    const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/2026`
    NAMES.forEach((name, p) => {
      const drills = ['Warm Up', 'Possession', 'SSG 4v4', 'Finishing'].map((period, i) => ({
        period,
        minutes: 12 + ((p + i + d) % 9),
        total: 900 + ((p * 37 + d * 11 + i * 97) % 700),
        hsr: 30 + ((p * 13 + d * 7 + i) % 90),
        sprint: 5 + ((p + d + i) % 25),
      }))
      const sum = (k: 'minutes' | 'total' | 'hsr' | 'sprint') =>
        drills.reduce((n, x) => n + x[k], 0)
      const row = (period: string, minutes: number, total: number, hsr: number, sprint: number) =>
        [
          name,
          date,
          `Session ${d + 1}`,
          period,
          `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:00`,
          total.toFixed(1),
          hsr.toFixed(1),
          sprint.toFixed(1),
          Math.round(sprint / 15),
          (26 + ((p + d) % 7)).toFixed(2),
          10 + ((p + d) % 20),
          12 + ((p + d) % 20),
          (total / 95).toFixed(1),
        ].join(',')
      lines.push(
        row('Entire Session', sum('minutes') + 10, sum('total') + 400, sum('hsr'), sum('sprint')),
      )
      for (const x of drills) lines.push(row(x.period, x.minutes, x.total, x.hsr, x.sprint))
    })
  }
  return lines.join('\r\n') + '\r\n'
}

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

  it('is read once, previewed and imported in one transaction, each step in well under the bounds', async () => {
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
