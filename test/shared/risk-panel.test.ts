import { describe, expect, it } from 'vitest'
import type { AthleteCase } from '../../src/shared/domain/case'
import { riskFactors } from '../../src/shared/domain/risk-factors'
import { defaultSettings } from '../../src/shared/domain/settings'
import { emptyBaselines } from '../../src/shared/schemas/athlete-profile'

const injury: AthleteCase['injury'] = {
  injuryDate: '2026-10-01',
  side: 'right',
  mechanism: 'sprint_type',
  activity: 'sprinting',
  muscle: 'BFlh',
  location: 'mid',
  freeTendon: null,
  bamicGrade: '2b',
  munichGrade: null,
  avulsion: null,
  mriDate: null,
  palpationPainLengthCm: null,
  akeDeficitDeg: null,
  isometricPain: null,
  management: 'conservative',
  surgeryDate: null,
  dischargeDate: null,
  surgeonRestrictions: [],
  recurrenceOf: null,
  notes: null,
}

const base: AthleteCase = {
  today: '2026-10-20',
  dateOfBirth: null,
  profile: null,
  injury,
  demand: null,
  sessions: [],
  responseChecks: [],
  assessments: [],
  phaseRecords: [],
  overrides: [],
  observations: [],
}

const history = (c: AthleteCase) =>
  riskFactors(c, defaultSettings)
    .filter((f) => f.factor.startsWith('Previous') || f.factor.startsWith('Recent'))
    .map((f) => [f.factor, f.present, f.recorded])

describe('risk panel', () => {
  it('says the injury history is not recorded, rather than absent, when there is no profile', () => {
    expect(history(base)).toEqual([
      ['Previous hamstring injury', null, false],
      ['Recent hamstring injury (last 12 months)', null, false],
      ['Previous ACL injury', null, false],
      ['Previous calf strain', null, false],
    ])
  })

  it('says absent once the profile answers the history questions', () => {
    const profile: AthleteCase['profile'] = {
      sex: 'male',
      sport: 'Soccer',
      level: 'elite',
      massKg: null,
      baselines: emptyBaselines,
      history: [{ date: '2025-12-01', side: 'right', type: 'hamstring', grade: null }],
      flags: {
        priorHamstringInjury: false,
        hamstringInjuryLast12Months: false,
        priorAclInjury: false,
        priorCalfStrain: false,
      },
    }
    expect(history({ ...base, profile })).toEqual([
      ['Previous hamstring injury', true, true],
      ['Recent hamstring injury (last 12 months)', true, true],
      ['Previous ACL injury', false, true],
      ['Previous calf strain', false, true],
    ])
  })

  it('counts a recurrence as a previous and recent injury even without a profile', () => {
    expect(
      history({
        ...base,
        injury: { ...injury, recurrenceOf: '00000000-0000-4000-8000-000000000001' },
      }).slice(0, 2),
    ).toEqual([
      ['Previous hamstring injury', true, false],
      ['Recent hamstring injury (last 12 months)', true, false],
    ])
  })
})
