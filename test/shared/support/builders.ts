import type {
  AthleteCase,
  CaseAssessment,
  CaseProfile,
  CaseResponseCheck,
  CaseSession,
} from '@shared/domain/case'
import { defaultSettings, type Settings } from '@shared/domain/settings'
import { emptyBaselines } from '@shared/schemas/athlete-profile'
import type { AssessmentType, AssessmentUnit } from '@shared/schemas/assessment'
import type { InjuryFacts } from '@shared/schemas/injury'
import type { CriterionId } from '@shared/schemas/phase-record'
import type { PhaseId } from '@shared/schemas/scales'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { demandProfileFromTemplate } from '@shared/templates'

/**
 * Small builders for engine inputs. Defaults describe a quiet day: nothing measured, no pain,
 * so each test states only what matters to it.
 */

export const ATHLETE_ID = '00000000-0000-4000-8000-000000000001'
export const INJURY_ID = '00000000-0000-4000-8000-000000000002'

export function injury(changes: Partial<InjuryFacts> = {}): InjuryFacts {
  return {
    injuryDate: '2025-03-01',
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
    ...changes,
  }
}

export function profile(changes: Partial<CaseProfile> = {}): CaseProfile {
  return {
    sex: 'male',
    sport: 'Soccer',
    level: 'elite',
    massKg: 75,
    baselines: {
      ...emptyBaselines,
      vmaxMps: { value: 10, date: '2025-01-10', source: 'Match GPS' },
    },
    history: [],
    flags: {
      priorHamstringInjury: false,
      hamstringInjuryLast12Months: false,
      priorAclInjury: false,
      priorCalfStrain: false,
    },
    ...changes,
  }
}

export function session(date: string, changes: Partial<CaseSession> = {}): CaseSession {
  return {
    date,
    type: 'field',
    minutes: 60,
    chaosLevel: null,
    running: null,
    accelerationCount: null,
    decelerationCount: null,
    cod: [],
    contacts: [],
    longLeverLevel: 0,
    strength: [],
    rpe: null,
    painDuring: 0,
    warningSigns: [],
    dataSource: null,
    device: null,
    dataQuality: 'good',
    notes: null,
    ...changes,
  }
}

type Running = NonNullable<CaseSession['running']>

export function running(changes: Partial<Running> = {}): Running {
  return {
    totalDistanceMetres: null,
    hsrMetres: null,
    sprintMetres: null,
    sprintCount: null,
    peakVelocityMps: null,
    effortsAt90PercentVmax: null,
    effortsAt95PercentVmax: null,
    continuousRunMinutes: null,
    ...changes,
  }
}

/** A field session with running metrics (peak velocity in m/s, distances in metres). */
export function run(
  date: string,
  metrics: Partial<Running>,
  changes: Partial<CaseSession> = {},
): CaseSession {
  return session(date, { running: running(metrics), ...changes })
}

export function gym(date: string, changes: Partial<CaseSession> = {}): CaseSession {
  return session(date, {
    type: 'gym',
    strength: [
      {
        exercise: 'Isometric bridge',
        sets: 3,
        reps: 5,
        loadKg: null,
        lengthened: false,
        eccentric: false,
      },
    ],
    ...changes,
  })
}

export function check(date: string, changes: Partial<CaseResponseCheck> = {}): CaseResponseCheck {
  return {
    date,
    respondsTo: null,
    painAtRest: 0,
    painOnTask: 0,
    stiffness: 0,
    akeDeg: null,
    palpationPain: false,
    apprehension: 0,
    notes: null,
    ...changes,
  }
}

/** Green checks on the mornings after each of `days`. */
export function greenMorningsAfter(...days: string[]): CaseResponseCheck[] {
  return days.map((day) => check(nextDay(day)))
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

export function test(
  date: string,
  type: AssessmentType,
  unit: AssessmentUnit,
  values: { left?: number | null; right?: number | null; value?: number | null },
  changes: Partial<CaseAssessment> = {},
): CaseAssessment {
  return {
    date,
    type,
    unit,
    left: values.left ?? null,
    right: values.right ?? null,
    value: values.value ?? null,
    painDuring: 0,
    insecurity: null,
    device: null,
    tester: null,
    notes: null,
    ...changes,
  }
}

export function soccerDemand(position = 'all'): SportDemandFacts {
  return demandProfileFromTemplate('soccer', position)
}

export function athleteCase(changes: Partial<AthleteCase> = {}): AthleteCase {
  return {
    today: '2025-03-20',
    dateOfBirth: '1998-06-01',
    profile: profile(),
    injury: injury(),
    demand: soccerDemand(),
    sessions: [],
    responseChecks: [],
    assessments: [],
    phaseRecords: [],
    overrides: [],
    observations: [],
    ...changes,
  }
}

export function record(
  phase: PhaseId,
  entryDate: string,
  role: 'head coach' | 'physiotherapist' = 'physiotherapist',
) {
  return {
    phase,
    entryDate,
    decidedBy: 'Sam Physio',
    decidedByRole: role,
    reason: null,
    starrt: null,
    criteriaSnapshot: [],
  }
}

export function override(
  criterionId: CriterionId,
  date: string,
  status: 'met' | 'not met' = 'met',
) {
  return {
    criterionId,
    date,
    status,
    clinicianName: 'Dr Lee',
    clinicianRole: 'sports physician' as const,
    reason: 'Reviewed in clinic',
  }
}

export function observation(
  criterionId: 'P0.noLimp' | 'AV0.walkingPainFree' | 'P4.strideQuality',
  date: string,
  met = true,
) {
  return { criterionId, date, met, observedBy: 'Coach Kim', note: null }
}

/** A mutable copy of the default settings, for tests that change one threshold. */
export function settingsWith(change: (s: Settings) => void): Settings {
  const copy = JSON.parse(JSON.stringify(defaultSettings)) as Settings
  change(copy)
  return copy
}

export const settings = defaultSettings
