import type {
  AthleteCase,
  CaseAssessment,
  CaseResponseCheck,
  CaseSession,
} from '@shared/domain/case'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import {
  athleteCase,
  check,
  gym,
  observation,
  override,
  run,
  session,
  soccerDemand,
  test,
} from './builders'

/**
 * A standard hamstring strain (right leg, injured 2025-03-01) with evidence that meets every exit
 * criterion phase by phase, each followed by a green morning. `upTo` picks how far the evidence
 * goes; tests then change one thing and watch the phase move.
 */

/** Soccer demands with the device-dependent counts set, so coverage can be complete. */
export function completeSoccerDemand(): SportDemandFacts {
  const demand = soccerDemand()
  demand.perMatch.accelerationCount = {
    ...demand.perMatch.accelerationCount,
    mean: 50,
    source: 'Club GPS',
  }
  demand.perMatch.decelerationCount = {
    ...demand.perMatch.decelerationCount,
    mean: 60,
    source: 'Club GPS',
  }
  demand.perMatch.codCount = { ...demand.perMatch.codCount, mean: 0, source: 'Not tracked' }
  demand.perMatch.contactCount = { ...demand.perMatch.contactCount, mean: 0, source: 'Not tracked' }
  return demand
}

interface Evidence {
  sessions: CaseSession[]
  checks: CaseResponseCheck[]
  assessments: CaseAssessment[]
  observations: AthleteCase['observations'][number][]
  overrides: AthleteCase['overrides'][number][]
}

const packs: Evidence[] = [
  // P0 → P1: no limp, morning pain settling, a tolerated gym session.
  {
    sessions: [gym('2025-03-03', { painDuring: 1 })],
    checks: [
      check('2025-03-02', { painOnTask: 2 }),
      check('2025-03-03', { painOnTask: 2 }),
      check('2025-03-04', { painOnTask: 1 }),
    ],
    assessments: [],
    observations: [observation('P0.noLimp', '2025-03-04')],
    overrides: [],
  },
  // P1 → P2: recovered after strength work, bridge hold, isometric strength.
  {
    sessions: [
      gym('2025-03-06', {
        painDuring: 2,
        strength: [
          {
            exercise: 'Askling Glider',
            sets: 3,
            reps: 6,
            loadKg: null,
            lengthened: true,
            eccentric: false,
          },
        ],
      }),
    ],
    checks: [check('2025-03-07', { painOnTask: 1 })],
    assessments: [
      test('2025-03-07', 'SLHB', 's', { left: 40, right: 35 }),
      test('2025-03-07', 'ISO_90_90', 'N', { left: 300, right: 260 }),
    ],
    observations: [],
    overrides: [],
  },
  // P2 → P3: hops, a 30 min pain-free jog, symmetric AKE without discomfort.
  {
    sessions: [run('2025-03-10', { continuousRunMinutes: 30, totalDistanceMetres: 5000 })],
    checks: [check('2025-03-11')],
    assessments: [
      test('2025-03-10', 'hop', 's', { left: 30, right: 30 }),
      test('2025-03-10', 'AKE', 'deg', { left: 80, right: 75 }),
    ],
    observations: [],
    overrides: [],
  },
  // P3 → P4: two sessions at ≥95 % with green mornings, H-test, Nordic, isometric, bridge reps.
  {
    sessions: [
      run('2025-03-14', { peakVelocityMps: 9.6 }),
      run('2025-03-17', { peakVelocityMps: 9.7 }),
    ],
    checks: [check('2025-03-15'), check('2025-03-18')],
    assessments: [
      test('2025-03-18', 'Askling_H', 'deg/s', {}, { insecurity: false }),
      test('2025-03-18', 'NordBord', 'N', { left: 350, right: 330 }),
      test('2025-03-18', 'ISO_90_90', 'N', { left: 300, right: 280 }),
      test('2025-03-18', 'SLHB', 'reps', { left: 25, right: 24 }),
    ],
    observations: [],
    overrides: [],
  },
  // P4 → P5: a match-like session covering every demand, chaos 4, stride seen normal, sign-off.
  {
    sessions: [
      session('2025-03-24', {
        minutes: 85,
        chaosLevel: 4,
        running: {
          totalDistanceMetres: 10_000,
          hsrMetres: 1100,
          sprintMetres: 340,
          sprintCount: 55,
          peakVelocityMps: 9.6,
          effortsAt90PercentVmax: 6,
          effortsAt95PercentVmax: 2,
          continuousRunMinutes: null,
        },
        accelerationCount: 50,
        decelerationCount: 60,
        cod: [{ type: 'opposed', angleDeg: 90, intensityPercent: 100, count: 20 }],
        contacts: [{ type: 'controlled live', count: 10 }],
        longLeverLevel: 3,
      }),
    ],
    checks: [check('2025-03-25')],
    assessments: [],
    observations: [observation('P4.strideQuality', '2025-03-24')],
    overrides: [override('P4.teamTrainingSignOff', '2025-03-25')],
  },
]

/** A case whose evidence meets the exit criteria of P0 … P(upTo − 1). */
export function standardCase(upTo: number, changes: Partial<AthleteCase> = {}): AthleteCase {
  const used = packs.slice(0, upTo)
  return athleteCase({
    today: '2025-03-26',
    demand: completeSoccerDemand(),
    sessions: used.flatMap((p) => p.sessions),
    responseChecks: used.flatMap((p) => p.checks),
    assessments: used.flatMap((p) => p.assessments),
    observations: used.flatMap((p) => p.observations),
    overrides: used.flatMap((p) => p.overrides),
    ...changes,
  })
}
