import { describe, it, expect } from 'vitest'
import type { z } from 'zod'
import { athleteProfileInputSchema, athleteProfileSchema } from '@shared/schemas/athlete-profile'
import { assessmentInputSchema } from '@shared/schemas/assessment'
import { exposureSessionInputSchema, exposureSessionSchema } from '@shared/schemas/exposure-session'
import { injuryEpisodeInputSchema } from '@shared/schemas/injury'
import {
  criterionObservationInputSchema,
  criterionOverrideInputSchema,
  phaseRecordInputSchema,
} from '@shared/schemas/phase-record'
import { responseCheckInputSchema } from '@shared/schemas/response-check'
import { sportDemandProfileInputSchema } from '@shared/schemas/sport-demand'
import { weeklyCheckInInputSchema } from '@shared/schemas/weekly-check-in'
import {
  ATHLETE_ID,
  INJURY_ID,
  check,
  injury,
  override,
  profile,
  record,
  running,
  session,
  soccerDemand,
  test,
} from './support/builders'

const stored = {
  id: '00000000-0000-4000-8000-0000000000aa',
  athleteId: ATHLETE_ID,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
}

/** The messages of a failed parse, keyed by path. */
function problems(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('athlete profile', () => {
  it('accepts a profile with dated, sourced baselines', () => {
    expect(problems(athleteProfileInputSchema, profile())).toEqual({})
  })

  it('stores the form fields plus id, athlete and timestamps', () => {
    expect(athleteProfileSchema.safeParse({ ...profile(), ...stored }).success).toBe(true)
  })

  it('names the unit when the body mass is out of range', () => {
    expect(problems(athleteProfileInputSchema, profile({ massKg: 300 }))).toEqual({
      massKg: 'Body mass must be between 25 and 200 kg',
    })
  })

  it('refuses a max velocity typed in km/h instead of m/s', () => {
    const p = profile()
    const value = {
      ...p,
      baselines: { ...p.baselines, vmaxMps: { value: 34, date: '2025-01-10', source: 'GPS' } },
    }
    expect(problems(athleteProfileInputSchema, value)['baselines.vmaxMps.value']).toBe(
      'Pre-injury max velocity must be between 3 and 13 m/s',
    )
  })

  it('refuses unknown fields from a form', () => {
    expect(athleteProfileInputSchema.safeParse({ ...profile(), nickname: 'Speedy' }).success).toBe(
      false,
    )
  })
})

describe('injury episode', () => {
  it('accepts a conservative sprint-type strain', () => {
    expect(problems(injuryEpisodeInputSchema, injury())).toEqual({})
  })

  it('asks for the surgery date of a surgical episode', () => {
    expect(problems(injuryEpisodeInputSchema, injury({ management: 'surgical' }))).toEqual({
      surgeryDate: 'Enter the date of surgery',
    })
  })

  it('refuses dates before the injury', () => {
    expect(problems(injuryEpisodeInputSchema, injury({ mriDate: '2025-02-20' }))).toEqual({
      mriDate: 'This date cannot be before the injury',
    })
  })

  it('needs a proximal location for an avulsion record', () => {
    const avulsion = {
      tendonsInvolved: 2,
      extent: 'complete' as const,
      retractionCm: 3,
      bonyAvulsion: false,
      chronicity: 'acute' as const,
      sciaticNerveInvolved: false,
    }
    expect(problems(injuryEpisodeInputSchema, injury({ avulsion }))).toEqual({
      location: 'An avulsion record needs the location set to proximal',
    })
  })

  it('calls a repair more than 4 weeks after the injury chronic', () => {
    const value = injury({
      location: 'proximal',
      management: 'surgical',
      surgeryDate: '2025-04-15',
      avulsion: {
        tendonsInvolved: 3,
        extent: 'complete',
        retractionCm: 4,
        bonyAvulsion: false,
        chronicity: 'acute',
        sciaticNerveInvolved: false,
      },
    })
    expect(problems(injuryEpisodeInputSchema, value)).toEqual({
      'avulsion.chronicity': 'A repair more than 4 weeks after the injury counts as chronic',
    })
  })

  it('needs a surgeon restriction to say what it locks', () => {
    const value = injury({
      surgeonRestrictions: [
        { restriction: 'Brace', until: '2025-04-01', gate: null, stressors: [] },
      ],
    })
    expect(problems(injuryEpisodeInputSchema, value)).toEqual({
      'surgeonRestrictions.0.gate':
        'Say which phase or which kind of load the restriction rules out',
    })
  })

  it('cannot lock phase 0, where every athlete starts', () => {
    const value = injury({
      surgeonRestrictions: [
        { restriction: 'Rest', until: '2025-04-01', gate: 'P0' as 'P1', stressors: [] },
      ],
    })
    expect(injuryEpisodeInputSchema.safeParse(value).success).toBe(false)
  })
})

describe('sport-demand profile', () => {
  it('accepts a profile built from a template', () => {
    expect(problems(sportDemandProfileInputSchema, soccerDemand())).toEqual({})
  })

  it('needs a mean before an SD', () => {
    const demand = soccerDemand()
    demand.perMatch.accelerationCount = { ...demand.perMatch.accelerationCount, sd: 12 }
    expect(problems(sportDemandProfileInputSchema, demand)).toEqual({
      'perMatch.accelerationCount.sd': 'Enter the mean before the SD',
    })
  })

  it('keeps the chaos demand on the 1–5 scale', () => {
    const demand = soccerDemand()
    demand.ordinal.chaos = { level: 6, source: 'Club' }
    expect(problems(sportDemandProfileInputSchema, demand)).toEqual({
      'ordinal.chaos.level': 'Chaos level must be between 1 and 5',
    })
  })

  it('accepts feared and untested flags only for known demands', () => {
    const demand = soccerDemand()
    expect(
      sportDemandProfileInputSchema.safeParse({
        ...demand,
        flags: { cutting: { feared: true, untested: false } },
      }).success,
    ).toBe(true)
    expect(
      sportDemandProfileInputSchema.safeParse({
        ...demand,
        flags: { juggling: { feared: true, untested: false } },
      }).success,
    ).toBe(false)
  })
})

describe('exposure session', () => {
  it('accepts a field session with running metrics', () => {
    expect(
      problems(
        exposureSessionInputSchema,
        session('2025-03-10', { running: running({ totalDistanceMetres: 5000, hsrMetres: 400 }) }),
      ),
    ).toEqual({})
  })

  it('stores the session with id, athlete and timestamps', () => {
    expect(exposureSessionSchema.safeParse({ ...session('2025-03-10'), ...stored }).success).toBe(
      true,
    )
  })

  it('says pain during the session is out of 10', () => {
    expect(problems(exposureSessionInputSchema, session('2025-03-10', { painDuring: 11 }))).toEqual(
      {
        painDuring: 'Pain during the session must be between 0 and 10 out of 10',
      },
    )
  })

  it('refuses more efforts at 95 % than at 90 %', () => {
    const value = session('2025-03-10', {
      running: running({ effortsAt90PercentVmax: 2, effortsAt95PercentVmax: 3 }),
    })
    expect(problems(exposureSessionInputSchema, value)).toEqual({
      'running.effortsAt95PercentVmax':
        'Efforts at 95 % are also efforts at 90 %: this number cannot be larger',
    })
  })

  it('refuses more high-speed running than total distance', () => {
    const value = session('2025-03-10', {
      running: running({ totalDistanceMetres: 300, hsrMetres: 400 }),
    })
    expect(problems(exposureSessionInputSchema, value)).toEqual({
      'running.hsrMetres': 'Cannot be more than the total distance',
    })
  })

  it('refuses a continuous jog longer than the session', () => {
    const value = session('2025-03-10', {
      minutes: 20,
      running: running({ continuousRunMinutes: 30 }),
    })
    expect(problems(exposureSessionInputSchema, value)).toEqual({
      'running.continuousRunMinutes': 'Continuous running cannot be longer than the session',
    })
  })

  it('refuses NaN and infinite numbers', () => {
    expect(
      exposureSessionInputSchema.safeParse(session('2025-03-10', { minutes: Number.NaN })).success,
    ).toBe(false)
    expect(
      exposureSessionInputSchema.safeParse(session('2025-03-10', { minutes: Infinity })).success,
    ).toBe(false)
  })

  it('refuses a whole-number count with decimals', () => {
    expect(
      problems(exposureSessionInputSchema, session('2025-03-10', { accelerationCount: 2.5 })),
    ).toEqual({
      accelerationCount: 'Accelerations must be a whole number',
    })
  })
})

describe('morning check', () => {
  it('accepts a check that responds to the day before', () => {
    expect(problems(responseCheckInputSchema, check('2025-03-10'))).toEqual({})
  })

  it('cannot respond to a day after it', () => {
    expect(
      problems(responseCheckInputSchema, check('2025-03-10', { respondsTo: '2025-03-11' })),
    ).toEqual({
      respondsTo: 'A check can only respond to a day on or before it',
    })
  })

  it('keeps apprehension on 0–100', () => {
    expect(problems(responseCheckInputSchema, check('2025-03-10', { apprehension: 120 }))).toEqual({
      apprehension: 'Apprehension must be between 0 and 100 out of 100',
    })
  })
})

describe('assessment', () => {
  it('accepts a Nordic test of both legs in newtons', () => {
    expect(
      problems(
        assessmentInputSchema,
        test('2025-03-10', 'NordBord', 'N', { left: 320, right: 300 }),
      ),
    ).toEqual({})
  })

  it('names the unit the test needs', () => {
    expect(
      problems(
        assessmentInputSchema,
        test('2025-03-10', 'NordBord', 'deg', { left: 320, right: 300 }),
      ),
    ).toEqual({
      unit: 'Use N for this test',
    })
  })

  it('takes one value for max velocity, not one per leg', () => {
    expect(problems(assessmentInputSchema, test('2025-03-10', 'Vmax', 'm/s', { left: 9 }))).toEqual(
      {
        left: 'Enter one result only',
        value: 'Enter the result',
      },
    )
  })

  it('keeps results in the range of their unit', () => {
    expect(
      problems(assessmentInputSchema, test('2025-03-10', 'Vmax', 'm/s', { value: 34 })),
    ).toEqual({
      value: 'Result must be between 0 and 13 m/s',
    })
  })

  it('asks whether the athlete felt insecure in the H-test', () => {
    expect(problems(assessmentInputSchema, test('2025-03-10', 'Askling_H', 'deg/s', {}))).toEqual({
      insecurity: 'Say whether the athlete felt insecure',
    })
  })
})

describe('phase decisions', () => {
  it('accepts a coach moving an athlete to phase 3', () => {
    expect(
      problems(phaseRecordInputSchema, {
        ...record('P3', '2025-03-10', 'head coach'),
        injuryId: INJURY_ID,
      }),
    ).toEqual({})
  })

  it('needs a named clinician to move an athlete to return to training', () => {
    expect(
      problems(phaseRecordInputSchema, {
        ...record('P5', '2025-03-10', 'head coach'),
        injuryId: INJURY_ID,
      }),
    ).toEqual({
      decidedByRole: 'Moving to return to training or sport needs a named clinician',
    })
  })

  it('accepts an override only from a clinician, with a reason', () => {
    const valid = { ...override('P3.hTestSecure', '2025-03-10'), injuryId: INJURY_ID }
    expect(problems(criterionOverrideInputSchema, valid)).toEqual({})
    expect(
      criterionOverrideInputSchema.safeParse({ ...valid, clinicianRole: 'head coach' }).success,
    ).toBe(false)
    expect(problems(criterionOverrideInputSchema, { ...valid, reason: 'ok' })).toEqual({
      reason: 'Reason needs at least 5 characters',
    })
  })

  it('accepts observations only for criteria judged by eye', () => {
    const seen = {
      injuryId: INJURY_ID,
      criterionId: 'P0.noLimp',
      date: '2025-03-05',
      met: true,
      observedBy: 'Coach',
      note: null,
    }
    expect(criterionObservationInputSchema.safeParse(seen).success).toBe(true)
    expect(
      criterionObservationInputSchema.safeParse({ ...seen, criterionId: 'P3.nordicSymmetry90' })
        .success,
    ).toBe(false)
  })
})

describe('weekly check-in', () => {
  it('accepts a week with its light and who agreed the next step', () => {
    const checkIn = {
      injuryId: INJURY_ID,
      weekStart: '2025-03-10',
      loadsSummary: 'Two field sessions, strides at 70 %',
      response: 'green',
      learned: 'Tolerates strides well',
      nextStep: 'Strides at 80 %',
      agreedBy: 'Dr Lee, Coach Kim',
      preparedBy: 'Coach Kim',
    }
    expect(problems(weeklyCheckInInputSchema, checkIn)).toEqual({})
    expect(problems(weeklyCheckInInputSchema, { ...checkIn, response: 'purple' })).toEqual({
      response: 'Choose how it responded',
    })
  })
})
