import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessAthlete } from '../../../src/shared/domain/assess'
import { defaultSettings } from '../../../src/shared/domain/settings'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories } from '../../../src/main/db/repositories'
import { loadAthleteCase } from '../../../src/main/cases/athlete-case'
import type { ExposureSessionFacts } from '../../../src/shared/schemas/exposure-session'
import { tempDir } from '../../support/temp'
import { demandFields, injuryFields, profileFields } from '../../support/records'

function setup() {
  const db = openDatabase(join(tempDir(), 'training.sqlite'))
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

function session(
  date: string,
  overrides: Partial<ExposureSessionFacts> = {},
): ExposureSessionFacts {
  return {
    date,
    type: 'field',
    minutes: 45,
    chaosLevel: 1,
    running: {
      totalDistanceMetres: 4000,
      hsrMetres: 300,
      sprintMetres: 40,
      sprintCount: 3,
      peakVelocityMps: 8.1,
      effortsAt90PercentVmax: null,
      effortsAt95PercentVmax: null,
      continuousRunMinutes: 20,
    },
    accelerationCount: 12,
    decelerationCount: 14,
    cod: [{ type: 'pre-planned', angleDeg: 45, intensityPercent: 70, count: 10 }],
    contacts: [],
    longLeverLevel: 0,
    strength: [
      {
        exercise: 'Nordic hamstring curl',
        sets: 3,
        reps: 5,
        loadKg: null,
        lengthened: true,
        eccentric: true,
      },
    ],
    rpe: 5,
    painDuring: 1,
    warningSigns: [],
    dataSource: 'GPS',
    device: 'Vest 12',
    dataQuality: 'good',
    notes: null,
    ...overrides,
  }
}

describe('training records', () => {
  it('stores a session with its running, cutting and strength work and reads it back exactly', () => {
    const { repos, athlete } = setup()
    const input = session('2026-10-20')
    const saved = repos.sessions.create(athlete.id, input)
    expect(saved).toMatchObject({ ...input, athleteId: athlete.id })
    expect(repos.sessions.listByAthlete(athlete.id, { from: '2026-10-21' })).toEqual([])
  })

  it('audits an edit with the fields that changed, and a delete as a tombstone', () => {
    const { db, repos, athlete } = setup()
    const saved = repos.sessions.create(athlete.id, session('2026-10-20'))
    repos.sessions.update(saved.id, session('2026-10-20', { painDuring: 4 }))
    repos.sessions.remove(saved.id)
    expect(repos.sessions.listByAthlete(athlete.id)).toEqual([])
    expect(db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM sessions').get()).toEqual({
      gone: 1,
    })
    const actions = repos.audit.list({ limit: 5 }).map((r) => r.action)
    expect(actions.slice(0, 3)).toEqual(['session.delete', 'session.update', 'session.create'])
  })

  it('imports many sessions in one transaction with one audit row, or none when one is bad', () => {
    const { db, repos, athlete } = setup()
    const before = repos.audit.list({ limit: 100 }).length
    repos.sessions.createMany(athlete.id, [session('2026-10-20'), session('2026-10-21')], {
      source: 'test.csv',
    })
    expect(repos.sessions.listByAthlete(athlete.id)).toHaveLength(2)
    expect(repos.audit.list({ limit: 100 })).toHaveLength(before + 1)
    expect(() =>
      repos.sessions.createMany(
        athlete.id,
        [session('2026-10-22'), session('2026-10-23', { painDuring: 11 })],
        {},
      ),
    ).toThrow()
    expect(repos.sessions.listByAthlete(athlete.id)).toHaveLength(2)
    expect(db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 2 })
  })

  it('keeps phase decisions and overrides to injuries of the same athlete', () => {
    const { repos, athlete } = setup()
    const injury = repos.injuries.create(athlete.id, injuryFields())
    const other = repos.athletes.create(athlete.squadId, {
      name: 'Other',
      position: null,
      dateOfBirth: null,
      dominantLeg: 'left',
    })
    const record = {
      injuryId: injury.id,
      phase: 'P1' as const,
      entryDate: '2026-10-08',
      decidedBy: 'Dr Ana Silva',
      decidedByRole: 'physiotherapist' as const,
      reason: 'Walking without a limp',
      starrt: null,
      criteriaSnapshot: [],
    }
    expect(repos.phaseRecords.create(athlete.id, record).phase).toBe('P1')
    expect(() => repos.phaseRecords.create(other.id, record)).toThrowError(/injury of this athlete/)
  })
})

describe('the athlete case', () => {
  it('is null without an open injury', () => {
    const { repos, athlete } = setup()
    expect(loadAthleteCase(repos, athlete.id, '2026-11-01')).toBeNull()
  })

  it('gathers the open episode with its records, and the engine evaluates it', () => {
    const { repos, athlete } = setup()
    repos.profiles.save(athlete.id, profileFields())
    repos.demands.save(athlete.id, demandFields())
    const injury = repos.injuries.create(athlete.id, injuryFields({ injuryDate: '2026-10-01' }))
    repos.sessions.create(athlete.id, session('2026-07-01'))
    repos.sessions.create(athlete.id, session('2026-08-20'))
    repos.sessions.create(athlete.id, session('2026-10-20'))
    repos.responseChecks.create(athlete.id, {
      date: '2026-10-21',
      respondsTo: '2026-10-20',
      painAtRest: 0,
      painOnTask: 1,
      stiffness: 1,
      akeDeg: 70,
      palpationPain: false,
      apprehension: 10,
      notes: null,
    })
    const athleteCase = loadAthleteCase(repos, athlete.id, '2026-10-22')
    expect(athleteCase?.injury).toMatchObject({ id: injury.id })
    // Eight weeks before the injury are kept for the athlete's own chronic load; older are not.
    expect(athleteCase?.sessions.map((s) => s.date)).toEqual(['2026-08-20', '2026-10-20'])
    const assessment = assessAthlete(athleteCase!, defaultSettings)
    expect(assessment.responses.map((r) => r.light)).toEqual(['green'])
    expect(assessment.gap.hasDemand).toBe(true)
    expect(assessment.phases.currentPhase).toMatch(/^P[0-6]$/)
  })
})
