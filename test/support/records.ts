import type { InjuryFacts } from '../../src/shared/schemas/injury'
import { emptyBaselines } from '../../src/shared/schemas/athlete-profile'
import type { ProfileFields } from '../../src/main/db/repositories/profiles'
import type { SportDemandFacts } from '../../src/shared/schemas/sport-demand'

/** A valid conservative injury episode; override what a test is about. */
export function injuryFields(overrides: Partial<InjuryFacts> = {}): InjuryFacts {
  return {
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
    mriDate: '2026-10-03',
    palpationPainLengthCm: 6,
    akeDeficitDeg: 15,
    isometricPain: 3,
    management: 'conservative',
    surgeryDate: null,
    dischargeDate: null,
    surgeonRestrictions: [],
    recurrenceOf: null,
    notes: null,
    ...overrides,
  }
}

export function profileFields(overrides: Partial<ProfileFields> = {}): ProfileFields {
  return {
    sex: 'male',
    sport: 'Soccer',
    level: 'elite',
    massKg: 76,
    baselines: {
      ...emptyBaselines,
      vmaxMps: { value: 9.4, date: '2026-08-20', source: 'GPS, pre-season friendly' },
    },
    history: [],
    flags: {
      priorHamstringInjury: false,
      hamstringInjuryLast12Months: false,
      priorAclInjury: false,
      priorCalfStrain: false,
    },
    ...overrides,
  }
}

const value = (
  mean: number | null,
  unit: 'm' | 'count' | 'min',
  source: string,
  thresholdKmh: number | null = null,
) => ({
  mean,
  sd: null,
  unit,
  basis: 'per match' as const,
  source,
  thresholdKmh,
  note: null,
})

/** A small but complete demand profile written by hand (the templates have their own tests). */
export function demandFields(overrides: Partial<SportDemandFacts> = {}): SportDemandFacts {
  return {
    sport: 'Soccer',
    position: 'Winger',
    level: 'elite',
    basis: 'club data',
    templateId: null,
    citation: 'Club GPS, last season',
    thresholds: {
      hsrKmh: { value: 19.8, source: 'Club GPS' },
      sprintKmh: { value: 25.2, source: 'Club GPS' },
      accelerationMps2: null,
      decelerationMps2: null,
    },
    perMatch: {
      minutes: value(90, 'min', 'Club GPS'),
      totalDistanceMetres: value(10_700, 'm', 'Club GPS'),
      hsrMetres: value(1_150, 'm', 'Club GPS', 19.8),
      sprintMetres: value(350, 'm', 'Club GPS', 25.2),
      sprintCount: value(57, 'count', 'Club GPS', 25.2),
      accelerationCount: value(null, 'count', 'Enter from club data'),
      decelerationCount: value(null, 'count', 'Enter from club data'),
      codCount: value(null, 'count', 'Enter from club data'),
      contactCount: value(null, 'count', 'Enter from club data'),
    },
    contactsByType: [],
    vmaxPercentRequired: { value: 100, source: 'Default' },
    ordinal: {
      cutting: { level: 4, source: 'Coach' },
      contact: { level: 2, source: 'Coach' },
      chaos: { level: 5, source: 'Coach' },
      longLever: { level: 2, source: 'Coach' },
    },
    matchesPerWeek: { value: 1, source: 'Fixture list' },
    flags: {},
    notes: null,
    ...overrides,
  }
}
