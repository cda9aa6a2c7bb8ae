import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { GpsImportState, GpsSettings } from '../../../src/shared/schemas/gps-import'
import { startTestBackend, type TestBackend } from '../../support/backend'

const FIXTURES = resolve(__dirname, '../../fixtures/gps')

let backend: TestBackend
let openPath: string | null
afterEach(() => backend?.close())

function start() {
  openPath = null
  backend = startTestBackend({ openPath: () => openPath })
  const repos = backend.services.deps.repos
  const squad = repos.squads.create('First team')
  const ids: Record<string, string> = {}
  for (const name of ['Sam Reid', 'Lee Park', 'José Núñez', 'Maya Chen', 'Kofi Mensah']) {
    ids[name] = repos.athletes.create(squad.id, {
      name,
      position: null,
      dateOfBirth: null,
      dominantLeg: 'right',
    }).id
  }
  return { squadId: squad.id, ids, repos }
}

async function open(squadId: string, fixture: string) {
  openPath = resolve(FIXTURES, fixture)
  const result = await backend.api.gps.importOpen({ squadId })
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

async function preview(token: string, settings: GpsSettings) {
  const result = await backend.api.gps.importPreview({ token, settings })
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

const ready = (data: Awaited<ReturnType<typeof open>>) => {
  if (data.status !== 'ready') throw new Error(`not ready: ${data.status}`)
  return data
}

const skipTrialist = (state: GpsImportState): GpsSettings => ({
  ...state.settings,
  players: { ...state.settings.players, 'trialist 7': 'skip' },
})

describe('GPS import through the IPC handlers', () => {
  it('answers a cancelled dialog with cancelled and keeps nothing', async () => {
    const { squadId } = start()
    openPath = null
    const result = await backend.api.gps.importOpen({ squadId })
    expect(result).toEqual({ ok: true, data: { status: 'cancelled' } })
  })

  it('refuses a raw 10 Hz file with its reason, before anything else', async () => {
    const { squadId } = start()
    const data = await open(squadId, 'raw-10hz-samples.csv')
    expect(data).toEqual({
      status: 'refused',
      fileName: 'raw-10hz-samples.csv',
      message: expect.stringContaining('raw sample file (about 10 rows per second)'),
    })
  })

  it('imports every session of the file in one go, notes the source, and remembers the mapping', async () => {
    const { squadId, ids, repos } = start()
    const opened = ready(await open(squadId, 'catapult-session-export.csv'))
    expect(opened.columns).toHaveLength(16)
    expect(opened.settings.sourceName).toBe('Catapult Vector S7')
    const settings = {
      ...skipTrialist(opened),
      thresholds: { hsr: 19.8, sprint: 25.2, unit: 'km/h' as const },
    }
    const checked = await preview(opened.token, settings)
    expect(checked.blockers).toEqual([])
    expect(checked.summary.sessions).toBe(20)

    const auditBefore = repos.audit.list({ limit: 500 }).length
    const result = await backend.api.gps.importCommit({ token: opened.token, settings })
    expect(result).toEqual({
      ok: true,
      data: { imported: 20, athletes: 5, skippedDuplicates: 0, remembered: true },
    })
    const sam = repos.sessions.listByAthlete(ids['Sam Reid']!)
    expect(sam.map((s) => s.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-13'])
    expect(sam[3]).toMatchObject({ type: 'match', dataSource: 'GPS', device: 'Catapult Vector S7' })
    expect(sam[0]!.notes).toContain('GPS import: catapult-session-export.csv')
    expect(sam[0]!.notes).toContain('HSR > 19.8 km/h, sprint > 25.2 km/h')
    // One audit row per athlete (createMany), one for the mapping, one for the file.
    const newest = repos.audit.list({ limit: 500 })
    const actions = newest.slice(0, newest.length - auditBefore).map((r) => r.action)
    expect(actions.filter((a) => a === 'session.import')).toHaveLength(5)
    expect(actions).toContain('gps.import')
    expect(actions).toContain('gps-mapping.create')

    // The token is spent: the same file cannot be committed twice by accident.
    const again = await backend.api.gps.importCommit({ token: opened.token, settings })
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('keeps no player name in the remembered mapping', async () => {
    const { squadId, repos } = start()
    const opened = ready(await open(squadId, 'catapult-session-export.csv'))
    await backend.api.gps.importCommit({ token: opened.token, settings: skipTrialist(opened) })
    const stored = backend.services.db.prepare('SELECT mapping FROM gps_mappings').all() as {
      mapping: string
    }[]
    expect(stored).toHaveLength(1)
    for (const name of ['Sam Reid', 'JOSE', 'Kofi', 'Trialist', 'Lee Park']) {
      expect(stored[0]!.mapping).not.toContain(name)
    }
    expect(repos.gpsMappings.list()[0]!.mapping.players.matches).toHaveLength(6)
  })

  it('applies the remembered mapping to the next file of the source, with its player matches and skips', async () => {
    const { squadId, repos, ids } = start()
    const first = ready(await open(squadId, 'catapult-session-export.csv'))
    const settings: GpsSettings = {
      ...skipTrialist(first),
      thresholds: { hsr: 19.8, sprint: 25.2, unit: 'km/h' },
      typeBySession: { 'md-3 training': 'match' },
    }
    await backend.api.gps.importCommit({ token: first.token, settings })

    const second = ready(await open(squadId, 'catapult-session-export.csv'))
    expect(second.settings.savedMappingId).toBe(repos.gpsMappings.list()[0]!.id)
    expect(second.settings.thresholds).toEqual({ hsr: 19.8, sprint: 25.2, unit: 'km/h' })
    expect(second.settings.typeBySession).toEqual({ 'md-3 training': 'match' })
    const players = Object.fromEntries(second.players.map((p) => [p.label, p]))
    expect(players['Trialist 7']).toMatchObject({ status: 'remembered', decision: 'skip' })
    expect(players['Kofi']).toMatchObject({ status: 'remembered', decision: ids['Kofi Mensah'] })
    // Everything is already there: nothing to import twice.
    expect(second.summary.duplicates).toBe(20)
    expect(second.blockers).toEqual([
      'Every session of this file is already imported from this source.',
    ])
    const commit = await backend.api.gps.importCommit({
      token: second.token,
      settings: second.settings,
    })
    expect(commit).toMatchObject({ ok: false, error: { code: 'validation' } })
    expect(repos.sessions.listByAthlete(ids['Lee Park']!)).toHaveLength(4)
  })

  it('starts again from the column names when asked, and from a saved mapping by id', async () => {
    const { squadId, repos } = start()
    const first = ready(await open(squadId, 'catapult-session-export.csv'))
    await backend.api.gps.importCommit({
      token: first.token,
      settings: { ...skipTrialist(first), sourceName: 'Club Catapult' },
    })
    const second = ready(await open(squadId, 'catapult-session-export.csv'))
    const fresh = await backend.api.gps.importPreview({
      token: second.token,
      settings: second.settings,
      useSavedMapping: null,
    })
    expect(fresh).toMatchObject({ ok: true, data: { settings: { savedMappingId: null } } })
    const saved = await backend.api.gps.importPreview({
      token: second.token,
      settings: second.settings,
      useSavedMapping: repos.gpsMappings.list()[0]!.id,
    })
    expect(saved).toMatchObject({ ok: true, data: { settings: { sourceName: 'Club Catapult' } } })
  })

  it('saves nothing at all when one athlete of the file fails to save (all or nothing)', async () => {
    const { squadId, repos, ids } = start()
    const opened = ready(await open(squadId, 'statsports-wide-export.csv'))
    const settings = { ...opened.settings, sourceName: 'STATSports Apex' }
    const sessions = repos.sessions
    const original = sessions.stageMany
    let calls = 0
    sessions.stageMany = ((importId, athleteId, inputs) => {
      calls += 1
      if (calls === 3) throw new Error('disk full')
      return original(importId, athleteId, inputs)
    }) as typeof original
    try {
      const result = await backend.api.gps.importCommit({ token: opened.token, settings })
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    } finally {
      sessions.stageMany = original
    }
    expect(calls).toBe(3)
    for (const id of Object.values(ids)) expect(repos.sessions.listByAthlete(id)).toEqual([])
    expect(repos.gpsMappings.list()).toEqual([])
  })

  it('imports nothing while a player is undecided, and says why', async () => {
    const { squadId, repos, ids } = start()
    const opened = ready(await open(squadId, 'catapult-session-export.csv'))
    const result = await backend.api.gps.importCommit({
      token: opened.token,
      settings: opened.settings,
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: 'Nothing was imported. Choose an athlete, or Skip, for 1 player of the file.',
      },
    })
    expect(repos.sessions.listByAthlete(ids['Sam Reid']!)).toEqual([])
  })

  it('reads the wide file once: later previews reuse what was read', async () => {
    const { squadId } = start()
    const opened = ready(await open(squadId, 'statsports-wide-export.csv'))
    const bytes = readFileSync(resolve(FIXTURES, 'statsports-wide-export.csv'))
    expect(bytes.length).toBeGreaterThan(100_000)
    const again = await preview(opened.token, { ...opened.settings, defaultType: 'match' })
    expect(again.summary.sessions).toBe(20)
    expect(again.fields.map((f) => f.header)).toEqual(opened.fields.map((f) => f.header))
  })

  it.each([
    [
      'larger than 20 MB',
      () => 'Player,Date,Minutes,Distance\n' + 'Sam Reid,2026-03-09,70,6000\n'.repeat(800_000),
      'The file is larger than 20 MB. Export a shorter period, or fewer columns, and import it in parts.',
    ],
    [
      'longer than 50,000 rows',
      () => 'Player,Date,Minutes,Distance\n' + 'Sam Reid,2026-03-09,70,6000\n'.repeat(50_100),
      'The file has more than 50000 rows.',
    ],
    [
      'wider than 5,000 columns',
      () => 'Player,Date,Minutes,Distance' + ',x'.repeat(5_000) + '\nSam Reid,2026-03-09,70,6000\n',
      'Line 1 has more than 5000 columns.',
    ],
    [
      'not UTF-8',
      () => Buffer.from('Player,Date,Minutes,Distance\nJos\xe9,2026-03-09,70,6000\n', 'latin1'),
      'The file is not saved as UTF-8 text, so names with accents could come out wrong. In Excel, use “Save as” → “CSV UTF-8”.',
    ],
    [
      'badly quoted',
      () => 'Player,Date,Minutes,Distance\n"Sam Reid,2026-03-09,70,6000\n',
      'Line 2: a quoted value is never closed. Check for a stray " character.',
    ],
  ])('refuses a file %s before reading it into sessions', async (_what, content, message) => {
    const { squadId } = start()
    const path = join(backend.dataDir, 'export.csv')
    writeFileSync(path, content())
    openPath = path
    const result = await backend.api.gps.importOpen({ squadId })
    expect(result).toEqual({
      ok: true,
      data: { status: 'refused', fileName: 'export.csv', message },
    })
  })
})
