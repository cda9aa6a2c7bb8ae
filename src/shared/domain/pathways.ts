import type { InjuryFacts } from '../schemas/injury'
import type { CriterionId } from '../schemas/phase-record'
import type { PhaseId } from '../schemas/scales'

/**
 * The phase model as data (domain.md §3): what each phase is for, its exit criteria and where it
 * sits on the Ardern return-to-sport continuum. Two pathways: standard strains and proximal
 * avulsion, where surgeon restrictions lock progression and nothing advances on its own.
 */

export type PathwayId = 'standard' | 'proximal avulsion'
export type ContinuumStage = 'return to participation' | 'return to sport' | 'return to performance'

export interface PhaseDefinition {
  phase: PhaseId
  name: string
  /** What the work is, in a coach's words, with sources. */
  content: string
  /** Control–chaos continuum levels used in the phase, if the phase has any. */
  chaos: string | null
  continuum: ContinuumStage | null
  /** Exit criteria; for P6 they are things to keep doing, not a gate. */
  criteria: CriterionId[]
  maintenance: boolean
}

export interface Pathway {
  id: PathwayId
  name: string
  /** Whether the engine moves the athlete on by itself when a gate opens. */
  autoAdvance: boolean
  phases: PhaseDefinition[]
  notes: string[]
}

const sharedLater: PhaseDefinition[] = [
  {
    phase: 'P1',
    name: 'Strength, short to mid length',
    content:
      'Bridges, sliders, light Romanian deadlifts, slow eccentrics [S2][S3]; glute, trunk and pelvis work [S0][S2][S4]. Lengthened loading runs throughout (Askling L-protocol).',
    chaos: null,
    continuum: null,
    criteria: [
      'P1.recoveredNextDay',
      'P1.slhbHold',
      'P1.isometricSymmetry80',
      'P1.isometricPainFree',
    ],
    maintenance: false,
  },
  {
    phase: 'P2',
    name: 'Lengthened loading and return to running',
    content:
      'Askling Extender, Diver and Glider; Nordics when tolerated, not by default [S2]. Walk-run to a continuous jog over about three weeks; volume before intensity [S4].',
    chaos: null,
    continuum: null,
    criteria: ['P2.hopPainFree', 'P2.jogPainFree', 'P2.flexibilitySymmetry', 'P2.akePainFree'],
    maintenance: false,
  },
  {
    phase: 'P3',
    name: 'Straight-line speed',
    content:
      'Strides 4–6 × 50 m at about 60 % → 70 % → 80–90 % → ≥95 % of max velocity, built over weeks [S4].',
    chaos: 'CCC 1–2',
    continuum: 'return to participation',
    criteria: [
      'P3.vmaxRepeated',
      'P3.hTestSecure',
      'P3.nordicSymmetry90',
      'P3.isometricSymmetry90',
      'P3.slhbReps',
    ],
    maintenance: false,
  },
  {
    phase: 'P4',
    name: 'Sport-specific',
    content:
      'Accelerations and decelerations; pre-planned then reactive cutting; kicking and long-lever skills; contact progression. Straight-line before cutting [S2].',
    chaos: 'CCC 3–4',
    continuum: 'return to participation',
    criteria: [
      'P4.demandCoverage',
      'P4.chaosLevel',
      'P4.matchContact',
      'P4.strideQuality',
      'P4.teamTrainingSignOff',
    ],
    maintenance: false,
  },
  {
    phase: 'P5',
    name: 'Return to training, then to sport',
    content: 'Full team training, then match selection.',
    chaos: 'CCC 5',
    continuum: 'return to sport',
    criteria: [
      'P5.noPalpationPain',
      'P5.painFreeTests',
      'P5.painFreeFunctional',
      'P5.similarFlexibility',
      'P5.fieldTests',
      'P5.maximalSprint',
      'P5.teamSessions',
      'P5.runningTargets',
      'P5.psychologicalReadiness',
      'P5.returnToSportSignOff',
    ],
    maintenance: false,
  },
  {
    phase: 'P6',
    name: 'Return to performance; protect',
    content:
      'Keep Nordic and lengthened strength and weekly exposure at ≥90–95 % of max velocity. Re-injury risk is highest in the first weeks after return: 9 % at 2 months, 17 % at 12 months (Zein 2024).',
    chaos: 'CCC 5',
    continuum: 'return to performance',
    criteria: ['P6.weeklyMaxVelocity', 'P6.strengthMaintained'],
    maintenance: true,
  },
]

export const standardPathway: Pathway = {
  id: 'standard',
  name: 'Hamstring strain',
  autoAdvance: true,
  phases: [
    {
      phase: 'P0',
      name: 'Protect and settle',
      content:
        'Relative rest, pain-limited walking, isometrics; no aggressive stretching [S2][S3]. Keep fitness with hamstring-sparing work [S1].',
      chaos: null,
      continuum: null,
      criteria: ['P0.noLimp', 'P0.painSettling', 'P0.activationTolerated'],
      maintenance: false,
    },
    ...sharedLater,
  ],
  notes: [
    'Criteria, not calendar: typical timelines in the source articles (6–12 weeks, a 3-week jog plan) fit low-grade injuries only.',
  ],
}

export const proximalAvulsionPathway: Pathway = {
  id: 'proximal avulsion',
  name: 'Proximal avulsion',
  autoAdvance: false,
  phases: [
    {
      phase: 'P0',
      name: 'Protect after the injury or repair',
      content:
        "Follow the surgeon's restrictions (brace, weight bearing, range). Discharge or painless walking is a hand-off, not the finish [S0].",
      chaos: null,
      continuum: null,
      criteria: ['AV0.walkingPainFree', 'AV0.surgeonAgreesLoading', 'P0.painSettling'],
      maintenance: false,
    },
    ...sharedLater,
  ],
  notes: [
    'Surgeon restrictions lock progression until their date; phases never advance on their own.',
    'Plan for months: mean return to sport about 6.5 months after repair (Hillier-Smith & Paton 2022).',
  ],
}

/** The pathway for an episode: its own template when there is a proximal avulsion record. */
export function pathwayFor(injury: Pick<InjuryFacts, 'avulsion'>): Pathway {
  return injury.avulsion === null ? standardPathway : proximalAvulsionPathway
}
