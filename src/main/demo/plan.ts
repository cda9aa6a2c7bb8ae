import type { SurgeonRestriction } from '@shared/schemas/injury'
import { phaseIndex, type PhaseId, type Stressor } from '@shared/schemas/scales'

/**
 * When each phase of a generated rehab began. Criteria, not calendar: the engine decides the
 * phase from the evidence, so the generator plans the evidence (which day each exit criterion
 * is first met) and the engine must then agree with the plan. Days are offsets from the anchor:
 * the injury, or the repair for a surgically repaired avulsion.
 */

/** Relative length of each phase when there is room to spare (P0 … P6). */
const phaseWeights = [4, 7, 9, 9, 12, 8, 10] as const

/** A surgeon's restriction as days after the repair (the lock lifts on that day). */
export interface RestrictionTemplate {
  restriction: string
  days: number
  gate: SurgeonRestriction['gate']
  stressors: Stressor[]
}

/** A typical post-operative plan after a proximal avulsion repair [S0]. */
export const repairRestrictions: readonly RestrictionTemplate[] = [
  {
    restriction: 'Hip brace and crutches, partial weight bearing',
    days: 28,
    gate: 'P1',
    stressors: [],
  },
  {
    restriction: 'No running before the 12-week review',
    days: 84,
    gate: 'P2',
    stressors: ['running', 'sprinting'],
  },
  {
    restriction: 'No sprinting (70 % of max speed or faster) before the 16-week review',
    days: 112,
    gate: 'P3',
    stressors: ['sprinting'],
  },
  {
    restriction: 'No contact before the 22-week review',
    days: 154,
    gate: null,
    stressors: ['contact'],
  },
]

/** The first phase whose work includes each kind of load (domain.md §3, the step ladder). */
const stressorPhase: Record<Stressor, number> = {
  'lengthened loading': 2,
  running: 2,
  sprinting: 3,
  acceleration: 4,
  cutting: 4,
  kicking: 4,
  contact: 4,
  'team training': 5,
}

/** Earliest offset each phase may begin on, given the restrictions (offsets from the repair). */
export function earliestEntries(restrictions: readonly RestrictionTemplate[]): number[] {
  const earliest = phaseWeights.map(() => 0)
  for (const r of restrictions) {
    const from = Math.min(
      r.gate === null ? 7 : phaseIndex(r.gate),
      ...r.stressors.map((s) => stressorPhase[s]),
    )
    for (let k = from; k < earliest.length; k += 1) earliest[k] = Math.max(earliest[k] ?? 0, r.days)
  }
  return earliest
}

export interface PhasePlan {
  /** Offset on which each phase P0 … P(target) began; P0 begins on the anchor (offset 0). */
  entries: number[]
  /** Index of the phase the athlete is in today. */
  target: number
  /** Offset of today. */
  today: number
  /** Share of the current phase done by today. */
  progress: number
}

export interface PlanRequest {
  today: number
  target: PhaseId
  /** Share of the target phase already behind the athlete, 0 … <1. */
  progress: number
  /** Fewest days each completed phase needs for its evidence (P0 … P5). */
  minimumDays: readonly number[]
  /** Fewest days the current phase needs for the work planned in it. */
  currentMinimum: number
  /** Earliest offset per phase (surgeon's locks); zeros when none. */
  earliest: readonly number[]
}

/**
 * Phase entry offsets: every completed phase gets its minimum, the spare days are shared by the
 * phase weights (the current phase by the share of it already done), and no phase begins
 * before a restriction allows it. Throws a RangeError when the days since the injury cannot
 * hold the evidence the target phase needs.
 */
export function planPhases(request: PlanRequest): PhasePlan {
  const target = phaseIndex(request.target)
  const minimum = (k: number) => request.minimumDays[k] ?? 1
  const weight = (k: number) => phaseWeights[k] ?? 8
  const currentShare = Math.max(0.15, request.progress) * weight(target)
  const last = request.today - request.currentMinimum
  const entries = [0]
  let at = 0
  for (let k = 0; k < target; k += 1) {
    // Share what is left over between this phase and the ones after it; a restriction that
    // pushed a phase back has already used some of it.
    let needed = 0
    let weights = currentShare
    for (let j = k; j < target; j += 1) {
      needed += minimum(j)
      weights += weight(j)
    }
    const spare = last - at - needed
    if (spare < 0) {
      throw new RangeError(
        `${request.today} days are too few to reach ${request.target}: it needs at least ${request.today - spare}`,
      )
    }
    at = Math.max(
      at + minimum(k) + Math.floor((spare * weight(k)) / weights),
      request.earliest[k + 1] ?? 0,
    )
    entries.push(at)
  }
  if (at > last) {
    throw new RangeError(
      `A restriction keeps ${request.target} from starting early enough: it would begin on day ${at} of ${request.today}`,
    )
  }
  return { entries, target, today: request.today, progress: request.progress }
}

/** Phase index on an offset (the last phase begun on or before it). */
export function phaseOn(plan: PhasePlan, offset: number): number {
  let k = 0
  while (k + 1 < plan.entries.length && (plan.entries[k + 1] as number) <= offset) k += 1
  return k
}

/**
 * Where the athlete stands on an offset as a number: phase index plus the share of that phase
 * done. Test results and morning checks follow it, so they cross each exit threshold exactly
 * when the phase ends.
 */
export function progressOn(plan: PhasePlan, offset: number): number {
  const k = phaseOn(plan, offset)
  const start = plan.entries[k] as number
  if (k < plan.target) {
    const end = plan.entries[k + 1] as number
    return k + (offset - start) / (end - start)
  }
  const span = Math.max(1, plan.today - start)
  return k + ((Math.min(offset, plan.today) - start) / span) * plan.progress
}
