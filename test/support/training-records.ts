import type { AssessmentFacts } from '../../src/shared/schemas/assessment'
import type { ExposureSessionFacts } from '../../src/shared/schemas/exposure-session'
import type {
  CriterionObservationFacts,
  CriterionOverrideFacts,
  PhaseRecordFacts,
} from '../../src/shared/schemas/phase-record'
import type { ResponseCheckFacts } from '../../src/shared/schemas/response-check'
import type { WeeklyCheckInFacts } from '../../src/main/db/repositories/training'
import type { TestBackend } from './backend'

/** Valid training records for tests; override what a test is about. */
export function sessionFields(overrides: Partial<ExposureSessionFacts> = {}): ExposureSessionFacts {
  return {
    date: '2026-10-20',
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

export function responseFields(overrides: Partial<ResponseCheckFacts> = {}): ResponseCheckFacts {
  return {
    date: '2026-10-21',
    respondsTo: '2026-10-20',
    painAtRest: 0,
    painOnTask: 1,
    stiffness: 1,
    akeDeg: 70,
    palpationPain: false,
    apprehension: 10,
    notes: null,
    ...overrides,
  }
}

export function assessmentFields(overrides: Partial<AssessmentFacts> = {}): AssessmentFacts {
  return {
    date: '2026-10-21',
    type: 'NordBord',
    unit: 'N',
    left: 320,
    right: 290,
    value: null,
    painDuring: 0,
    insecurity: null,
    device: 'NordBord',
    tester: 'Dr Ana Silva',
    notes: null,
    ...overrides,
  }
}

export function phaseRecordFields(
  injuryId: string,
  overrides: Partial<PhaseRecordFacts> = {},
): PhaseRecordFacts {
  return {
    injuryId,
    phase: 'P1',
    entryDate: '2026-10-08',
    decidedBy: 'Dr Ana Silva',
    decidedByRole: 'physiotherapist',
    reason: 'Walking without a limp',
    starrt: null,
    criteriaSnapshot: [],
    ...overrides,
  }
}

export function overrideFields(
  injuryId: string,
  overrides: Partial<CriterionOverrideFacts> = {},
): CriterionOverrideFacts {
  return {
    injuryId,
    criterionId: 'P1.slhbHold',
    date: '2026-10-21',
    status: 'met',
    clinicianName: 'Dr Ana Silva',
    clinicianRole: 'physiotherapist',
    reason: 'Held 30 s each side in clinic, pain-free',
    ...overrides,
  }
}

export function observationFields(
  injuryId: string,
  overrides: Partial<CriterionObservationFacts> = {},
): CriterionObservationFacts {
  return {
    injuryId,
    criterionId: 'P0.noLimp',
    date: '2026-10-05',
    met: true,
    observedBy: 'Jo Bell (S&C)',
    note: null,
    ...overrides,
  }
}

export function checkInFields(
  injuryId: string | null,
  overrides: Partial<WeeklyCheckInFacts> = {},
): WeeklyCheckInFacts {
  return {
    injuryId,
    weekStart: '2026-10-19',
    loadsSummary: '3 field sessions, HSR 900 m in the week',
    response: 'green',
    learned: 'Tolerated strides at 70 %',
    nextStep: 'Strides at 80 %',
    agreedBy: 'Dr Ana Silva',
    preparedBy: 'Jo Bell',
    ...overrides,
  }
}

/** One of each training record for an athlete's injury, for tests that need existing rows. */
export function createTrainingRecords(backend: TestBackend, athleteId: string, injuryId: string) {
  const repos = backend.services.deps.repos
  return {
    sessionId: repos.sessions.create(athleteId, sessionFields()).id,
    responseId: repos.responseChecks.create(athleteId, responseFields()).id,
    assessmentId: repos.assessments.create(athleteId, assessmentFields()).id,
    phaseRecordId: repos.phaseRecords.create(athleteId, phaseRecordFields(injuryId)).id,
    overrideId: repos.overrides.create(athleteId, overrideFields(injuryId)).id,
    observationId: repos.observations.create(athleteId, observationFields(injuryId)).id,
    checkInId: repos.checkIns.create(athleteId, checkInFields(injuryId)).id,
  }
}
