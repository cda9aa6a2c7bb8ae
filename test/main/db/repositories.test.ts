import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories } from '../../../src/main/db/repositories'
import { AppError } from '../../../src/main/errors'
import { tempDir } from '../../support/temp'

function setup() {
  const db = openDatabase(join(tempDir(), 'repo.sqlite'))
  migrate(db)
  let tick = Date.parse('2026-03-01T09:00:00.000Z')
  const clock = () => new Date((tick += 1000))
  return { db, repos: createRepositories(db, clock) }
}

const winger = {
  name: 'Sam Reid',
  position: 'Winger',
  dateOfBirth: '2000-05-02',
  dominantLeg: 'right' as const,
}

describe('squads', () => {
  it('creates, lists in name order, counts active athletes and renames', () => {
    const { repos } = setup()
    const b = repos.squads.create('U21')
    const a = repos.squads.create('First team')
    repos.athletes.create(a.id, winger)
    expect(repos.squads.list().map((s) => [s.name, s.activeAthleteCount])).toEqual([
      ['First team', 1],
      ['U21', 0],
    ])
    const renamed = repos.squads.rename(b.id, 'Under 21')
    expect(renamed.name).toBe('Under 21')
    expect(renamed.updatedAt > renamed.createdAt).toBe(true)
  })

  it('refuses a second squad with the same name in any letter case', () => {
    const { repos } = setup()
    repos.squads.create('First team')
    const error = (() => {
      try {
        repos.squads.create('FIRST TEAM')
      } catch (caught) {
        return caught as AppError
      }
    })()
    expect(error).toBeInstanceOf(AppError)
    expect(error?.code).toBe('conflict')
    expect(error?.fields).toHaveProperty('name')
    expect(repos.squads.list()).toHaveLength(1)
  })

  it('reports a squad that does not exist as not found', () => {
    const { repos } = setup()
    expect(() => repos.squads.rename('00000000-0000-4000-8000-000000000000', 'X')).toThrowError(
      /not found/,
    )
  })
})

describe('athletes', () => {
  it('adds, edits, archives and restores an athlete', () => {
    const { repos } = setup()
    const squad = repos.squads.create('First team')
    const athlete = repos.athletes.create(squad.id, winger)
    expect(athlete).toMatchObject({ ...winger, squadId: squad.id, archivedAt: null })

    const edited = repos.athletes.update(athlete.id, {
      ...winger,
      position: 'Full-back',
      dateOfBirth: null,
    })
    expect(edited).toMatchObject({ position: 'Full-back', dateOfBirth: null })

    const archived = repos.athletes.setArchived(athlete.id, true)
    expect(archived.archivedAt).not.toBeNull()
    expect(repos.athletes.listBySquad(squad.id)).toEqual([])
    expect(repos.athletes.listBySquad(squad.id, { includeArchived: true })).toHaveLength(1)
    expect(repos.squads.get(squad.id).activeAthleteCount).toBe(0)

    expect(repos.athletes.setArchived(athlete.id, false).archivedAt).toBeNull()
  })

  it('lists athletes by name regardless of case and accents', () => {
    const { repos } = setup()
    const squad = repos.squads.create('First team')
    for (const name of ['zoë Adams', 'Ángel Ruiz', 'ben Cole'])
      repos.athletes.create(squad.id, { ...winger, name })
    expect(repos.athletes.listBySquad(squad.id).map((a) => a.name)).toEqual([
      'Ángel Ruiz',
      'ben Cole',
      'zoë Adams',
    ])
  })

  it('will not add an athlete to a squad that does not exist', () => {
    const { repos } = setup()
    expect(() =>
      repos.athletes.create('00000000-0000-4000-8000-000000000000', winger),
    ).toThrowError(/squad was not found/)
  })
})

describe('database constraints (a second line behind the schemas)', () => {
  function insertAthlete(db: Db, overrides: Record<string, unknown>) {
    const squadId = '00000000-0000-4000-8000-0000000000aa'
    db.prepare(
      `INSERT OR IGNORE INTO squads (id, name, created_at, updated_at) VALUES (?, 'S', 'x', 'x')`,
    ).run(squadId)
    const row = {
      id: '00000000-0000-4000-8000-0000000000bb',
      squad_id: squadId,
      name: 'Valid Name',
      position: null,
      date_of_birth: '2001-01-01',
      dominant_leg: 'left',
      ...overrides,
    }
    db.prepare(
      `INSERT INTO athletes (id, squad_id, name, position, date_of_birth, dominant_leg, created_at, updated_at)
       VALUES (@id, @squad_id, @name, @position, @date_of_birth, @dominant_leg, 'x', 'x')`,
    ).run(row)
  }

  it.each([
    ['an impossible date of birth', { date_of_birth: '2001-02-30' }],
    ['a date of birth in another format', { date_of_birth: '17/04/2001' }],
    ['an unknown dominant leg', { dominant_leg: 'middle' }],
    ['an empty name', { name: '   ' }],
    ['a squad that does not exist', { squad_id: '00000000-0000-4000-8000-0000000000cc' }],
    ['binary data where text belongs (STRICT table)', { name: Buffer.from('Sam') }],
    ['a short id', { id: 'abc' }],
  ])('rejects a row written directly with %s', (_label, overrides) => {
    const { db } = setup()
    expect(() => insertAthlete(db, overrides)).toThrow()
    expect(db.prepare('SELECT count(*) AS n FROM athletes').get()).toEqual({ n: 0 })
  })

  it('accepts the same row when it is valid', () => {
    const { db } = setup()
    insertAthlete(db, {})
    expect(db.prepare('SELECT count(*) AS n FROM athletes').get()).toEqual({ n: 1 })
  })
})
