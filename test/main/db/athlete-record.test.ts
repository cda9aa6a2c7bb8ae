import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories } from '../../../src/main/db/repositories'
import { injuryEpisodeInputSchema } from '../../../src/shared/schemas/injury'
import { sportDemandProfileInputSchema } from '../../../src/shared/schemas/sport-demand'
import { athleteProfileInputSchema } from '../../../src/shared/schemas/athlete-profile'
import { tempDir } from '../../support/temp'
import { demandFields, injuryFields, profileFields } from '../../support/records'

function setup() {
  const db = openDatabase(join(tempDir(), 'record.sqlite'))
  migrate(db)
  let tick = Date.parse('2026-10-01T09:00:00.000Z')
  const repos = createRepositories(db, () => new Date((tick += 1000)))
  const squad = repos.squads.create('First team')
  const athlete = repos.athletes.create(squad.id, {
    name: 'Sam Reid',
    position: 'Winger',
    dateOfBirth: '2000-05-02',
    dominantLeg: 'right',
  })
  return { db, repos, athlete }
}

const actions = (repos: ReturnType<typeof setup>['repos']) =>
  repos.audit.list({ limit: 50 }).map((r) => r.action)

describe('test records are valid inputs', () => {
  it('match the shared schemas the forms use', () => {
    expect(injuryEpisodeInputSchema.safeParse(injuryFields()).success).toBe(true)
    expect(athleteProfileInputSchema.safeParse(profileFields()).success).toBe(true)
    expect(sportDemandProfileInputSchema.safeParse(demandFields()).success).toBe(true)
  })
})

describe('injury episodes', () => {
  it('stores an episode with its restrictions and reads it back exactly', () => {
    const { repos, athlete } = setup()
    const fields = injuryFields({
      location: 'proximal',
      management: 'surgical',
      surgeryDate: '2026-10-06',
      bamicGrade: '3c',
      avulsion: {
        tendonsInvolved: 2,
        extent: 'complete',
        retractionCm: 3.5,
        bonyAvulsion: false,
        chronicity: 'acute',
        sciaticNerveInvolved: false,
      },
      surgeonRestrictions: [
        { restriction: 'No running', until: '2026-12-01', gate: 'P2', stressors: ['running'] },
      ],
    })
    const saved = repos.injuries.create(athlete.id, fields)
    expect(saved).toMatchObject({ ...fields, athleteId: athlete.id, closedOn: null })
    expect(repos.injuries.current(athlete.id)?.id).toBe(saved.id)
    expect(actions(repos)[0]).toBe('injury.create')
  })

  it('treats the latest open episode as current and keeps closed ones as history', () => {
    const { repos, athlete } = setup()
    const old = repos.injuries.create(
      athlete.id,
      injuryFields({ injuryDate: '2025-03-01', mriDate: null }),
      '2025-05-01',
    )
    const recent = repos.injuries.create(athlete.id, injuryFields({ recurrenceOf: old.id }))
    expect(repos.injuries.listByAthlete(athlete.id).map((i) => i.id)).toEqual([recent.id, old.id])
    expect(repos.injuries.current(athlete.id)?.id).toBe(recent.id)
    repos.injuries.setClosed(recent.id, '2026-11-20')
    expect(repos.injuries.current(athlete.id)).toBeNull()
  })

  it('records only what changed in an update', () => {
    const { db, repos, athlete } = setup()
    const saved = repos.injuries.create(athlete.id, injuryFields())
    repos.injuries.update(saved.id, injuryFields({ bamicGrade: '2c' }))
    const detail = db
      .prepare(
        `SELECT payload FROM audit_details d JOIN audit_log l ON l.id = d.audit_id WHERE l.action = 'injury.update'`,
      )
      .pluck()
      .get() as string
    expect(JSON.parse(detail)).toEqual({ bamicGrade: ['2b', '2c'] })
  })

  it('refuses a recurrence of another athlete’s injury or of a later one', () => {
    const { repos, athlete } = setup()
    const other = repos.athletes.create(athlete.squadId, {
      name: 'Other',
      position: null,
      dateOfBirth: null,
      dominantLeg: 'left',
    })
    const theirs = repos.injuries.create(other.id, injuryFields())
    expect(() =>
      repos.injuries.create(athlete.id, injuryFields({ recurrenceOf: theirs.id })),
    ).toThrowError(/earlier injury of this athlete/)
    const later = repos.injuries.create(
      athlete.id,
      injuryFields({ injuryDate: '2026-11-01', mriDate: null }),
    )
    expect(() =>
      repos.injuries.create(athlete.id, injuryFields({ recurrenceOf: later.id })),
    ).toThrowError(/comes after/)
  })

  it('refuses rows the schema would refuse, even written directly', () => {
    const { db, athlete } = setup()
    const insert = (grade: string, surgery: string | null) =>
      db
        .prepare(
          `INSERT INTO injuries (id, athlete_id, injury_date, side, mechanism, activity, muscle, location, bamic_grade,
             management, surgery_date, surgeon_restrictions, created_at, updated_at)
           VALUES (lower(hex(randomblob(18))), ?, '2026-10-01', 'left', 'sprint_type', 'sprinting', 'BFlh', 'mid', ?,
             'conservative', ?, '[]', 'x', 'x')`,
        )
        .run(athlete.id, grade, surgery)
    expect(() => insert('5z', null)).toThrow()
    expect(() => insert('2b', '2026-09-01')).toThrow()
  })
})

describe('profile and demands', () => {
  it('creates then updates the profile, auditing each', () => {
    const { repos, athlete } = setup()
    expect(repos.profiles.get(athlete.id)).toBeNull()
    repos.profiles.save(athlete.id, profileFields())
    const updated = repos.profiles.save(athlete.id, profileFields({ massKg: 78 }))
    expect(updated.massKg).toBe(78)
    expect(actions(repos).slice(0, 2)).toEqual(['profile.update', 'profile.create'])
  })

  it('keeps one demand profile per athlete, with feared and untested flags', () => {
    const { repos, athlete } = setup()
    repos.demands.save(athlete.id, demandFields())
    const saved = repos.demands.save(
      athlete.id,
      demandFields({ flags: { maxVelocity: { feared: true, untested: false } } }),
    )
    expect(saved.flags).toEqual({ maxVelocity: { feared: true, untested: false } })
    expect(repos.demands.get(athlete.id)?.id).toBe(saved.id)
    expect(actions(repos).slice(0, 2)).toEqual(['demands.update', 'demands.create'])
  })

  it('audits a change of availability and ignores a no-op', () => {
    const { repos, athlete } = setup()
    repos.athletes.setAvailability(athlete.id, 'rehab')
    repos.athletes.setAvailability(athlete.id, 'rehab')
    expect(repos.athletes.get(athlete.id).availability).toBe('rehab')
    expect(actions(repos).filter((a) => a === 'athlete.availability')).toHaveLength(1)
  })
})

describe('club templates', () => {
  it('copies, renames and removes a club template with unique names', () => {
    const { repos } = setup()
    const t = repos.clubTemplates.create('Our wingers', 'soccer.winger', demandFields())
    expect(() => repos.clubTemplates.create('our WINGERS', null, demandFields())).toThrowError(
      /already a club template/,
    )
    repos.clubTemplates.update(
      t.id,
      'First-team wingers',
      demandFields({ notes: 'From 2025-26 GPS' }),
    )
    expect(repos.clubTemplates.list().map((x) => [x.name, x.profile.notes])).toEqual([
      ['First-team wingers', 'From 2025-26 GPS'],
    ])
    repos.clubTemplates.remove(t.id)
    expect(repos.clubTemplates.list()).toEqual([])
  })
})
