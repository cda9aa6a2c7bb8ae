import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { assessAthlete } from '../../../src/shared/domain/assess'
import { loadAthleteCase } from '../../../src/main/cases/athlete-case'
import { openDatabase, type Db } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories, type Repositories } from '../../../src/main/db/repositories'
import { DEMO_SQUAD_NAME, demoSquadStories } from '../../../src/main/demo/demo-squad'
import { loadDemoSquad, removeDemoSquad } from '../../../src/main/demo/load'
import { startTestBackend } from '../../support/backend'
import { tempDir } from '../../support/temp'
import { seedAthlete } from '../data/helpers'

const TODAY = '2026-03-16'

function setup() {
  const db = openDatabase(join(tempDir(), 'demo.sqlite'))
  migrate(db)
  let tick = Date.parse('2026-03-16T07:00:00.000Z')
  const repos = createRepositories(db, () => new Date((tick += 10)))
  return { db, repos }
}

/** Every table with an athlete_id column, and how many of its rows belong to `athleteIds`. */
function rowsOf(db: Db, athleteIds: readonly string[]): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT m.name FROM sqlite_schema m
       WHERE m.type = 'table' AND EXISTS
         (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'athlete_id')
       ORDER BY m.name`,
    )
    .pluck()
    .all() as string[]
  const ids = JSON.stringify(athleteIds)
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db
        .prepare(
          `SELECT count(*) FROM "${table}" WHERE athlete_id IN (SELECT value FROM json_each(?))`,
        )
        .pluck()
        .get(ids) as number,
    ]),
  )
}

function counts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  )
}

function demoAthleteIds(repos: Repositories): string[] {
  return repos.squads.demoIds().flatMap((id) => repos.squads.memberIds(id))
}

describe('loading the demo squad', () => {
  it('writes one squad marked demo with every story, through the real repositories', () => {
    const { db, repos } = setup()
    const loaded = loadDemoSquad(repos, db, TODAY)
    const stories = demoSquadStories(TODAY)
    expect(loaded.squad).toMatchObject({ name: DEMO_SQUAD_NAME, demo: true })
    expect(loaded.athletes).toBe(stories.length)
    expect(repos.squads.isDemo(loaded.squad.id)).toBe(true)
    expect(repos.squads.list()).toEqual([expect.objectContaining({ demo: true })])
    const athletes = repos.athletes.listBySquad(loaded.squad.id)
    expect(athletes.map((a) => a.name).sort()).toEqual(stories.map((s) => s.athlete.name).sort())
    const rows = rowsOf(db, demoAthleteIds(repos))
    const total = (key: 'sessions' | 'responseChecks' | 'assessments') =>
      stories.reduce((sum, s) => sum + s[key].length, 0)
    expect(rows['sessions']).toBe(total('sessions'))
    expect(rows['response_checks']).toBe(total('responseChecks'))
    expect(rows['assessments']).toBe(total('assessments'))
    expect(rows['phase_records']).toBeGreaterThan(10)
    expect(rows['weekly_check_ins']).toBeGreaterThan(10)
  })

  it('shows the product working: the engine reads each demo athlete as intended', () => {
    const { db, repos } = setup()
    const { squad } = loadDemoSquad(repos, db, TODAY)
    const settings = repos.settings.domain()
    const byName = new Map(demoSquadStories(TODAY).map((s) => [s.athlete.name, s]))
    const seen: Record<string, string | null> = {}
    for (const athlete of repos.athletes.listBySquad(squad.id)) {
      const story = byName.get(athlete.name)
      const athleteCase = loadAthleteCase(repos, athlete.id, TODAY)
      expect(athlete.availability).toBe(story?.availability)
      if (athleteCase === null) {
        expect(story?.expected.phase).toBeNull()
        seen[athlete.name] = null
        continue
      }
      const phases = assessAthlete(athleteCase, settings).phases
      expect(phases.currentPhase, athlete.name).toBe(story?.expected.phase)
      if (story?.expected.status) expect(phases.status, athlete.name).toBe(story.expected.status)
      seen[athlete.name] = `${phases.currentPhase} ${phases.status}`
    }
    expect(seen).toEqual({
      'Callum Brightwater': 'P3 working on criteria',
      'Ieuan Marchbank': 'P2 locked',
      'Cathal Dunmore': 'P4 working on criteria',
      'Elin Aldercombe': 'P1 working on criteria',
      'Dion Featherstow': 'P3 hold',
      'Lachlan Veitchmoor': 'P5 working on criteria',
      'Amara Whitcroft': 'P0 working on criteria',
      'Tobias Wrenfield': null,
      'Mei Ashcombe': null,
      'Oisín Bramleigh': null,
    })
  })

  it('refuses a second demo squad and changes nothing', () => {
    const { db, repos } = setup()
    loadDemoSquad(repos, db, TODAY)
    const before = counts(db)
    expect(() => loadDemoSquad(repos, db, TODAY)).toThrow(/already loaded/)
    expect(counts(db)).toEqual(before)
  })

  it('is all or nothing: a failure on the last athlete leaves no trace of the demo', () => {
    const { db, repos } = setup()
    seedAthlete(repos, 'Real Person')
    const before = counts(db)
    // The check-ins of the last injured athlete fail to write, after everything else did.
    const original = repos.checkIns.createMany
    let calls = 0
    const injured = demoSquadStories(TODAY).filter((s) => s.checkIns.length > 0).length
    vi.spyOn(repos.checkIns, 'createMany').mockImplementation((...args) => {
      calls += 1
      if (calls === injured) throw new Error('disk full')
      return original(...args)
    })
    expect(() => loadDemoSquad(repos, db, TODAY)).toThrow('disk full')
    expect(calls).toBe(injured)
    expect(counts(db)).toEqual(before)
    expect(repos.squads.list().map((s) => s.name)).toEqual(['First team'])
  })
})

describe('removing the demo squad', () => {
  it('erases every row of every demo athlete and the squad, and keeps real squads intact', () => {
    const { db, repos } = setup()
    const real = seedAthlete(repos, 'Real Person')
    repos.sessions.create(real.athleteId, demoSquadStories(TODAY)[0]!.sessions[0]!)
    const realBefore = rowsOf(db, [real.athleteId])
    loadDemoSquad(repos, db, TODAY)
    const demoIds = demoAthleteIds(repos)
    expect(demoIds).toHaveLength(10)

    const removed = removeDemoSquad(repos, db)
    expect(removed).toEqual({ removed: true, athletes: 10 })
    expect(repos.squads.demoIds()).toEqual([])
    expect(repos.squads.list().map((s) => [s.name, s.demo])).toEqual([['First team', false]])

    // No table holds a row of a demo athlete, except the append-only audit trail, which keeps
    // ids and action names only: every detail of those entries is erased with the athlete.
    const left = rowsOf(db, demoIds)
    const { audit_log: trail, ...rest } = left
    expect(
      Object.values(rest).every((n) => n === 0),
      JSON.stringify(rest),
    ).toBe(true)
    expect(trail).toBeGreaterThan(0)
    const details = db
      .prepare(
        `SELECT count(*) FROM audit_details d JOIN audit_log l ON l.id = d.audit_id
         WHERE l.athlete_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .get(JSON.stringify(demoIds))
    expect(details).toBe(0)
    expect(db.prepare(`SELECT count(*) FROM squads WHERE demo = 1`).pluck().get()).toBe(0)
    for (const name of ['Callum Brightwater', 'Ieuan Marchbank', 'Lachlan Veitchmoor']) {
      expect(db.prepare(`SELECT count(*) FROM athletes WHERE name = ?`).pluck().get(name)).toBe(0)
    }

    // The real athlete and their rows are untouched.
    expect(rowsOf(db, [real.athleteId])).toEqual(realBefore)
    expect(repos.athletes.get(real.athleteId).name).toBe('Real Person')
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(repos.audit.verify()).toMatchObject({ ok: true })
  })

  it('can load the demo again after removing it, and answers calmly when there is none', () => {
    const { db, repos } = setup()
    expect(removeDemoSquad(repos, db)).toEqual({ removed: false, athletes: 0 })
    loadDemoSquad(repos, db, TODAY)
    removeDemoSquad(repos, db)
    expect(loadDemoSquad(repos, db, TODAY).athletes).toBe(10)
  })

  it('removes all or nothing', () => {
    const { db, repos } = setup()
    loadDemoSquad(repos, db, TODAY)
    const before = counts(db)
    const cut = vi.spyOn(repos.squads, 'removeDemo').mockImplementation(() => {
      throw new Error('power cut')
    })
    expect(() => removeDemoSquad(repos, db)).toThrow('power cut')
    cut.mockRestore()
    expect(counts(db)).toEqual(before)
    expect(repos.athletes.listBySquad(repos.squads.demoIds()[0]!)).toHaveLength(10)
  })
})

describe('demo channels', () => {
  it('loads and removes the demo through demo:load and demo:remove', async () => {
    const backend = startTestBackend({ clock: () => new Date('2026-03-16T09:30:00') })
    try {
      const loaded = await backend.api.demo.load({})
      expect(loaded).toMatchObject({ ok: true, data: { athletes: 10, squad: { demo: true } } })
      const again = await backend.api.demo.load({})
      expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
      const squads = await backend.api.squads.list({})
      expect(squads).toMatchObject({ ok: true, data: [{ name: DEMO_SQUAD_NAME, demo: true }] })
      expect(await backend.api.demo.remove({})).toEqual({
        ok: true,
        data: { removed: true, athletes: 10 },
      })
      expect(await backend.api.squads.list({})).toEqual({ ok: true, data: [] })
    } finally {
      backend.close()
    }
  })
})
