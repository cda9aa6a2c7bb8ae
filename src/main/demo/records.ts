import { criterionDefinitions } from '@shared/domain/criteria'
import { pathwayFor } from '@shared/domain/pathways'
import { defaultSettings } from '@shared/domain/settings'
import type { InjuryFacts } from '@shared/schemas/injury'
import type { PhaseRecordInput } from '@shared/schemas/phase-record'
import { phaseIds } from '@shared/schemas/scales'
import { clinician, staff, type StaffKey } from './people'

/**
 * The human side of a generated story: who moved the athlete on and why, the clinicians'
 * sign-offs, what staff saw, and the weekly check-in texts. Written for a coach reading them.
 */

/** Who records the move into each phase (P5 and P6 need a named clinician, G10). */
const decidedBy: readonly StaffKey[] = [
  'physio',
  'physio',
  'physio',
  'strength',
  'strength',
  'doctor',
  'doctor',
]

const moveReasons: readonly string[] = [
  '',
  'Walking without a limp and the pain is settling: start strength work at short to mid length.',
  'Bridge hold and isometric strength are there and recovered the next day: start lengthened work and the walk-run.',
  'Jogs 30 min pain-free, hops comfortably and has near-full range: start strides.',
  'Two sessions near top speed with settled mornings and strength close to the other leg: start sport-specific work.',
  'Covers the sport demands in training, stride looks normal: agreed with the athlete to join full team training.',
  'Two full team sessions, tests pain-free and back to pre-injury speed: shared decision to return to matches.',
]

/** StARRT notes (Shrier 2015) for the decisions that matter most: into P4 and later. */
function starrt(phase: number): PhaseRecordInput['starrt'] {
  if (phase < 4) return null
  return {
    tissueHealth:
      phase >= 5
        ? 'No pain on palpation or in tests; strength and range close to the other leg.'
        : 'Strength above 90 % of the other leg; no reaction after near-maximal speed.',
    tissueStresses:
      phase >= 5
        ? 'Has met the running, cutting and contact demands of the position in training.'
        : 'Sport-specific load still to build: cutting, kicking and contact one at a time.',
    riskTolerance:
      phase >= 5
        ? 'Athlete keen, no fixture pressure this week; the re-injury window is highest in the first weeks back.'
        : 'Low: build steadily, no deadline set.',
  }
}

/** The phase record for moving into `phase` on `entryDate`, with the exit criteria it rested on. */
export function phaseRecord(
  injury: InjuryFacts,
  phase: number,
  entryDate: string,
  signedOff: ReadonlyMap<string, string>,
): Omit<PhaseRecordInput, 'injuryId'> {
  const key = decidedBy[phase] ?? 'doctor'
  const previous = pathwayFor(injury).phases[phase - 1]
  return {
    phase: phaseIds[phase] ?? 'P6',
    entryDate,
    decidedBy: staff[key].name,
    decidedByRole: staff[key].role,
    reason:
      injury.avulsion !== null && phase <= 2
        ? `The surgeon's restriction lifted today and the phase ${phase - 1} work is done: move on as planned after the review.`
        : (moveReasons[phase] ?? null),
    starrt: starrt(phase),
    criteriaSnapshot: (previous?.criteria ?? []).map((id) => {
      const def = criterionDefinitions[id]
      const by = signedOff.get(id) ?? null
      return {
        criterionId: id,
        threshold: def.threshold(defaultSettings),
        source: def.source,
        status: 'met' as const,
        evidence: null,
        overriddenBy: by,
        reason: by === null ? null : 'Signed off by the clinician',
      }
    }),
  }
}

/** The clinician who signs each sign-off criterion, and what they wrote. */
export const signOffs = {
  'AV0.surgeonAgreesLoading': {
    who: clinician('surgeon'),
    reason:
      'Post-operative review: wound healed, repair intact, brace can come off. Loading may progress.',
  },
  'P4.teamTrainingSignOff': {
    who: clinician('doctor'),
    reason:
      'Reviewed the criteria and the match simulation with the athlete: agree to full team training.',
  },
  'P5.returnToSportSignOff': {
    who: clinician('doctor'),
    reason: 'Shared decision with the athlete and the head coach: available for selection.',
  },
} as const

/** What a week in each phase taught staff, for the weekly check-in. */
export const weekLearned: readonly string[] = [
  'Pain settles from day to day and walking is getting easier.',
  'Strength work is tolerated and recovered by the next morning.',
  'Running volume is building with no reaction the next morning.',
  'Speed is coming back one step at a time; mornings stay settled.',
  'Cutting, kicking and contact are going in one at a time.',
  'Coping well with full team training.',
  'Back playing; the protective work carries on.',
]

/** The smallest safe next step after a week in each phase. */
export const weekNextStep: readonly string[] = [
  'Keep isometrics and walking; start bridges once the limp has gone.',
  'Build the bridge hold to 30 s pain-free, then start lengthened work.',
  'Extend the continuous jog towards 30 min before adding strides.',
  'Next stride step, one intensity at a time, only after a green morning.',
  'Next rung of the cutting, kicking or contact ladder after a green morning.',
  'Second full team session, then a shared decision on selection with the doctor.',
  'Keep one sprint at ≥95 % of max velocity and Nordics every week.',
]
