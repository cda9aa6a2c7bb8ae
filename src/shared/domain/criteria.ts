import { dayOrdinal } from '../dates'
import type { AssessmentType } from '../schemas/assessment'
import type { CriterionId, CriterionStatus } from '../schemas/phase-record'
import type { EvidenceStrength } from '../schemas/scales'
import {
  lowerBound,
  responseToDay,
  sessionPercentVmax,
  upperBound,
  type CaseAssessment,
  type CaseSession,
  type PreparedCase,
} from './case'
import { sessionContactLevel } from './exposure'
import type { DemandDimension } from '../schemas/sport-demand'
import { gapAnalysisAt, type GapAnalysis } from './gap-analysis'
import {
  injuredLegValue,
  limbSymmetryIndex,
  percentOfBaseline,
  uninjuredLegValue,
} from './assessments'
import type { Settings, ThresholdSetting } from './settings'

/**
 * The criteria of every phase (domain.md §3) as data plus one evaluator each. An evaluator
 * looks only at evidence dated inside [fromN, toN] and answers met / not met / not assessed /
 * not required with the evidence and the reason. "Not assessed" means there is no evidence of
 * that kind yet; "not met" means evidence exists and falls short.
 */

export interface CriterionEvidence {
  /** The evidence in words, with units: "Injured leg 310 N vs 337 N (92 %)". */
  text: string
  /** The main number, in `unit` (null for yes/no evidence). */
  value: number | null
  unit: string | null
  /** Day of the evidence, `YYYY-MM-DD`. */
  date: string | null
  /** Ids of the rows used, when the rows carry ids. */
  recordIds: string[]
}

export interface ComputedCriterion {
  status: CriterionStatus
  reason: string
  evidence: CriterionEvidence | null
}

export type CriterionKind = 'measured' | 'observed' | 'sign-off' | 'maintenance'

export interface EvalContext {
  p: PreparedCase
  s: Settings
  fromN: number
  toN: number
  gap: () => GapAnalysis
}

export interface CriterionDefinition {
  id: CriterionId
  /** What the coach reads in the checklist. */
  name: string
  kind: CriterionKind
  /** The threshold in words, from the current settings. */
  threshold: (s: Settings) => string
  /** The setting that carries this criterion's source and strength, if any. */
  setting: (s: Settings) => ThresholdSetting | null
  /** Source and strength when no setting carries them. */
  source: string
  strength: EvidenceStrength
  evaluate: (ctx: EvalContext) => ComputedCriterion
}

// --- helpers -------------------------------------------------------------------------------

const round = (value: number) => Math.round(value)

function ids(...rows: { id?: string }[]): string[] {
  return rows.flatMap((row) => (row.id === undefined ? [] : [row.id]))
}

function notAssessed(reason: string): ComputedCriterion {
  return { status: 'not assessed', reason, evidence: null }
}

function evidence(
  text: string,
  date: string | null,
  value: number | null,
  unit: string | null,
  recordIds: string[] = [],
): CriterionEvidence {
  return { text, value, unit, date, recordIds }
}

/** Latest test of any of `types` (optionally in `unit`) inside the context window. */
function latestTest(
  ctx: EvalContext,
  types: AssessmentType[],
  unit?: string,
): CaseAssessment | null {
  let best: CaseAssessment | null = null
  let bestIndex = -1
  for (const type of types) {
    const list = ctx.p.assessmentsByType.get(type)
    if (list === undefined) continue
    for (let k = list.length - 1; k >= 0; k -= 1) {
      const index = list[k] as number
      const day = ctx.p.assessmentDayN[index] as number
      if (day > ctx.toN) continue
      if (day < ctx.fromN) break
      const a = ctx.p.assessments[index] as CaseAssessment
      if (unit !== undefined && a.unit !== unit) continue
      if (index > bestIndex) {
        best = a
        bestIndex = index
      }
      break
    }
  }
  return best
}

function sessionRange(ctx: EvalContext, fromN: number): [number, number] {
  return [
    lowerBound(ctx.p.sessionDayN, Math.max(fromN, ctx.fromN)),
    upperBound(ctx.p.sessionDayN, ctx.toN),
  ]
}

function lightAfter(ctx: EvalContext, s: CaseSession) {
  return responseToDay(ctx.p, dayOrdinal(s.date), ctx.toN)
}

function painFree(ctx: EvalContext, pain: number | null): boolean | null {
  return pain === null ? null : pain <= ctx.s.responseLight.painFreeMax.value
}

function injuredSide(ctx: EvalContext) {
  return ctx.p.source.injury.side
}

/** Symmetry test: latest of `types`, LSI at or above `percent`. */
function symmetry(
  ctx: EvalContext,
  types: AssessmentType[],
  percent: number,
  what: string,
): ComputedCriterion {
  const test = latestTest(ctx, types)
  if (test === null) return notAssessed(`No ${what} test yet`)
  const lsi = limbSymmetryIndex(test, injuredSide(ctx))
  if (lsi === null) return notAssessed(`The latest ${what} test needs a result for both legs`)
  const injured = injuredLegValue(test, injuredSide(ctx)) as number
  const other = uninjuredLegValue(test, injuredSide(ctx)) as number
  const ev = evidence(
    `Injured leg ${injured} ${test.unit} vs ${other} ${test.unit} (${round(lsi)} %)`,
    test.date,
    lsi,
    '%',
    ids(test),
  )
  return lsi >= percent
    ? { status: 'met', reason: `${round(lsi)} % of the other leg`, evidence: ev }
    : {
        status: 'not met',
        reason: `${round(lsi)} % of the other leg, needs ${percent} %`,
        evidence: ev,
      }
}

/** Pain-free test: latest of `types`, pain during at or below the pain-free limit. */
function painFreeTest(ctx: EvalContext, types: AssessmentType[], what: string): ComputedCriterion {
  const test = latestTest(ctx, types)
  if (test === null) return notAssessed(`No ${what} test yet`)
  const free = painFree(ctx, test.painDuring)
  if (free === null) return notAssessed(`Record the pain during the latest ${what} test`)
  const ev = evidence(
    `Pain ${test.painDuring}/10 during the ${what} test`,
    test.date,
    test.painDuring,
    '/10',
    ids(test),
  )
  return free
    ? { status: 'met', reason: 'Pain-free', evidence: ev }
    : { status: 'not met', reason: `Pain ${test.painDuring}/10 during the test`, evidence: ev }
}

/** Latest observation for an observed criterion inside the window. */
function latestObservation(ctx: EvalContext, id: CriterionId) {
  let found: PreparedCase['source']['observations'][number] | null = null
  for (const observation of ctx.p.source.observations) {
    if (observation.criterionId !== id) continue
    const day = dayOrdinal(observation.date)
    if (day < ctx.fromN - 1 || day > ctx.toN) continue
    if (found === null || observation.date >= found.date) found = observation
  }
  return found
}

function observed(ctx: EvalContext, id: CriterionId, what: string): ComputedCriterion {
  const seen = latestObservation(ctx, id)
  if (seen === null) return notAssessed(`Watch the athlete and record whether ${what}`)
  const ev = evidence(
    `${seen.met ? 'Seen' : 'Not seen'} by ${seen.observedBy}${seen.note === null ? '' : `: ${seen.note}`}`,
    seen.date,
    null,
    null,
    ids(seen),
  )
  return {
    status: seen.met ? 'met' : 'not met',
    reason: seen.met ? 'Observed' : 'Not yet observed',
    evidence: ev,
  }
}

function signOff(who: string): (ctx: EvalContext) => ComputedCriterion {
  return () => notAssessed(`Needs ${who}, recorded with name and reason`)
}

interface FastDay {
  date: string
  percent: number
  ids: string[]
  green: boolean
}

/**
 * Days with exposure (sessions or max-velocity tests) at ≥ `percent` of pre-injury max
 * velocity from `fromN`, in date order, each with whether its next morning was green.
 */
function fastDays(
  ctx: EvalContext,
  percent: number,
  fromN: number,
): { days: FastDay[]; measured: number } {
  let measured = 0
  const [a, b] = sessionRange(ctx, fromN)
  const byDay = new Map<string, { percent: number; ids: string[] }>()
  const add = (date: string, value: number, rowIds: string[]) => {
    const day = byDay.get(date)
    if (day === undefined) byDay.set(date, { percent: value, ids: rowIds })
    else {
      day.percent = Math.max(day.percent, value)
      day.ids.push(...rowIds)
    }
  }
  for (let i = a; i < b; i += 1) {
    const s = ctx.p.sessions[i] as CaseSession
    const value = sessionPercentVmax(ctx.p, s)
    if (value === null) continue
    measured += 1
    if (value >= percent) add(s.date, value, ids(s))
  }
  const baselines = ctx.p.source.profile?.baselines ?? null
  for (const index of ctx.p.assessmentsByType.get('Vmax') ?? []) {
    const dayN = ctx.p.assessmentDayN[index] as number
    if (dayN < Math.max(fromN, ctx.fromN) || dayN > ctx.toN) continue
    const test = ctx.p.assessments[index] as CaseAssessment
    const value = percentOfBaseline(test, injuredSide(ctx), baselines)
    if (value === null) continue
    measured += 1
    if (value >= percent) add(test.date, value, ids(test))
  }
  const days = [...byDay.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([date, day]) => ({
      date,
      ...day,
      green: responseToDay(ctx.p, dayOrdinal(date), ctx.toN)?.light === 'green',
    }))
  return { days, measured }
}

function maxVelocityThisWeek(ctx: EvalContext): ComputedCriterion {
  if (ctx.p.vmaxBaselineMps === null) return notAssessed('Enter the pre-injury max velocity')
  const percent = ctx.s.criteria.vmaxPercent.value
  const windowDays = ctx.s.gap.windowDays.value
  const { days } = fastDays(ctx, percent, ctx.toN - windowDays + 1)
  const last = days.at(-1)
  if (last !== undefined) {
    return {
      status: 'met',
      reason: `${days.length} day(s) at ≥${percent} % in the last ${windowDays} days`,
      evidence: evidence(
        `${round(last.percent)} % of max velocity`,
        last.date,
        last.percent,
        '%',
        last.ids,
      ),
    }
  }
  return {
    status: 'not met',
    reason: `No exposure at ≥${percent} % of max velocity in the last ${windowDays} days`,
    evidence: null,
  }
}

function flexibility(ctx: EvalContext): ComputedCriterion {
  const percent = ctx.s.criteria.flexibilitySymmetryPercent.value
  const ake = latestTest(ctx, ['AKE'])
  const pslr = latestTest(ctx, ['PSLR'])
  if (ake === null && pslr === null) return notAssessed('No AKE or straight-leg raise test yet')
  const parts: ComputedCriterion[] = []
  if (ake !== null) parts.push(symmetry(ctx, ['AKE'], percent, 'AKE'))
  if (pslr !== null) parts.push(symmetry(ctx, ['PSLR'], percent, 'straight-leg raise'))
  const failed = parts.find((part) => part.status === 'not met')
  if (failed !== undefined) return failed
  const pending = parts.find((part) => part.status === 'not assessed')
  if (pending !== undefined && parts.every((part) => part.status !== 'met')) return pending
  const met = parts.filter((part) => part.status === 'met')
  return {
    status: 'met',
    reason: met.map((part) => part.reason).join('; '),
    evidence: met.at(-1)?.evidence ?? null,
  }
}

const coverageDimensions: DemandDimension[] = [
  'maxVelocity',
  'hsr',
  'sprintDistance',
  'sprintCount',
  'accelerations',
  'decelerations',
  'cutting',
  'longLever',
  'minutes',
  'totalDistance',
]
const runningDimensions: DemandDimension[] = ['maxVelocity', 'hsr', 'sprintDistance', 'sprintCount']

function coverage(ctx: EvalContext, dims: DemandDimension[], what: string): ComputedCriterion {
  const gap = ctx.gap()
  if (!gap.hasDemand) return notAssessed('Enter the sport demands first')
  const rows = gap.dimensions.filter((d) => dims.includes(d.dimension))
  const short = rows.filter((d) => d.status === 'red' || d.status === 'amber')
  const unset = rows.filter((d) => d.status === 'not set')
  // The evidence is dated by the latest session that set a best value, not by today.
  const dated = rows.map((d) => d.bestSingleDate).filter((d): d is string => d !== null)
  const ev = evidence(
    rows
      .filter((d) => d.status !== 'not required')
      .map(
        (d) =>
          `${d.label} ${d.coverageSingle === null ? d.status : `${round(d.coverageSingle * 100)} %`}`,
      )
      .join(', '),
    dated.length === 0 ? null : dated.reduce((a, b) => (a > b ? a : b)),
    null,
    null,
  )
  if (short.length > 0) {
    return {
      status: 'not met',
      reason: `Short on ${short.map((d) => d.label.toLowerCase()).join(', ')}`,
      evidence: ev,
    }
  }
  if (unset.length > 0) {
    return notAssessed(
      `Enter ${unset.map((d) => d.label.toLowerCase()).join(', ')} in the sport demands`,
    )
  }
  return {
    status: 'met',
    reason: `Every ${what} covered in the last ${ctx.s.gap.windowDays.value} days`,
    evidence: ev,
  }
}

// --- the catalogue -------------------------------------------------------------------------

const none = () => null

export const criterionDefinitions: Record<CriterionId, CriterionDefinition> = {
  'P0.noLimp': {
    id: 'P0.noLimp',
    name: 'Walks with little or no limp',
    kind: 'observed',
    threshold: () => 'Minimal or no limp',
    setting: none,
    source: '[S2]',
    strength: 'expert opinion',
    evaluate: (ctx) => observed(ctx, 'P0.noLimp', 'the athlete walks without a limp'),
  },
  'P0.painSettling': {
    id: 'P0.painSettling',
    name: 'Pain stable or easing day to day',
    kind: 'measured',
    threshold: (s) =>
      `Morning pain not rising over the last ${s.criteria.painSettlingChecks.value} checks`,
    setting: (s) => s.criteria.painSettlingChecks,
    source: '[S2]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const needed = ctx.s.criteria.painSettlingChecks.value
      const end = upperBound(ctx.p.checkDayN, ctx.toN)
      const start = Math.max(lowerBound(ctx.p.checkDayN, ctx.fromN - 1), end - needed)
      if (end - start < needed) return notAssessed(`Needs ${needed} morning checks`)
      const pains: number[] = []
      for (let i = start; i < end; i += 1) {
        const c = ctx.p.checks[i] as (typeof ctx.p.checks)[number]
        pains.push(Math.max(c.painAtRest, c.painOnTask))
      }
      const last = ctx.p.checks[end - 1] as (typeof ctx.p.checks)[number]
      const ev = evidence(
        `Morning pain ${pains.join(' → ')} /10`,
        last.date,
        pains.at(-1) ?? null,
        '/10',
        ids(last),
      )
      const rising = pains.some((pain, k) => k > 0 && pain > (pains[k - 1] as number))
      return rising
        ? { status: 'not met', reason: 'Morning pain rose between checks', evidence: ev }
        : { status: 'met', reason: 'Morning pain stable or easing', evidence: ev }
    },
  },
  'P0.activationTolerated': {
    id: 'P0.activationTolerated',
    name: 'Light activation work tolerated',
    kind: 'measured',
    threshold: (s) =>
      `A gym session with pain ≤${s.responseLight.painDuringGreenMax.value}/10 and a green next morning`,
    setting: none,
    source: '[S2]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const [a, b] = sessionRange(ctx, ctx.fromN)
      let gym = 0
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        if (s.type !== 'gym') continue
        gym += 1
        const light = lightAfter(ctx, s)
        if (
          s.painDuring !== null &&
          s.painDuring <= ctx.s.responseLight.painDuringGreenMax.value &&
          light?.light === 'green'
        ) {
          return {
            status: 'met',
            reason: 'Tolerated with a green next morning',
            evidence: evidence(
              `Gym session, pain ${s.painDuring}/10, next morning green`,
              s.date,
              s.painDuring,
              '/10',
              ids(s),
            ),
          }
        }
      }
      return gym === 0
        ? notAssessed('No gym session logged yet')
        : {
            status: 'not met',
            reason: 'No gym session yet with low pain and a green next morning',
            evidence: null,
          }
    },
  },
  'AV0.walkingPainFree': {
    id: 'AV0.walkingPainFree',
    name: 'Walks pain-free without aids',
    kind: 'observed',
    threshold: () => 'Pain-free walking, no crutches or brace (a hand-off point, not the finish)',
    setting: none,
    source: '[S0]',
    strength: 'expert opinion',
    evaluate: (ctx) =>
      observed(ctx, 'AV0.walkingPainFree', 'the athlete walks pain-free without aids'),
  },
  'AV0.surgeonAgreesLoading': {
    id: 'AV0.surgeonAgreesLoading',
    name: 'Surgeon agrees loading can progress',
    kind: 'sign-off',
    threshold: () => 'Named surgeon or clinician agreement after the post-operative review',
    setting: none,
    source: 'G9 product safety rule; [S0]',
    strength: 'product rule',
    evaluate: (ctx) =>
      ctx.p.source.injury.management === 'surgical'
        ? notAssessed("Needs the surgeon's agreement, recorded with name and reason")
        : { status: 'not required', reason: 'Not operated', evidence: null },
  },
  'P1.recoveredNextDay': {
    id: 'P1.recoveredNextDay',
    name: 'Strength work: manageable discomfort, recovered next day',
    kind: 'measured',
    threshold: (s) =>
      `Latest gym session pain ≤${s.responseLight.painDuringAmberMax.value}/10 and a green next morning`,
    setting: none,
    source: '[S2]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const [a, b] = sessionRange(ctx, ctx.fromN)
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        if (s.type !== 'gym') continue
        const light = lightAfter(ctx, s)
        if (light === null) continue
        const manageable =
          s.painDuring === null || s.painDuring <= ctx.s.responseLight.painDuringAmberMax.value
        const ev = evidence(
          `Gym session${s.painDuring === null ? '' : `, pain ${s.painDuring}/10`}, next morning ${light.light}`,
          s.date,
          s.painDuring,
          '/10',
          ids(s),
        )
        return manageable && light.light === 'green'
          ? { status: 'met', reason: 'Recovered by the next morning', evidence: ev }
          : { status: 'not met', reason: `Next morning ${light.light}`, evidence: ev }
      }
      return notAssessed('Log a gym session and the next-morning check')
    },
  },
  'P1.slhbHold': {
    id: 'P1.slhbHold',
    name: 'Single-leg bridge hold, pain-free',
    kind: 'measured',
    threshold: (s) => `Hold ≥${s.criteria.slhbHoldSeconds.value} s on the injured leg, pain-free`,
    setting: (s) => s.criteria.slhbHoldSeconds,
    source: '[S4]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const test = latestTest(ctx, ['SLHB'], 's')
      if (test === null) return notAssessed('No timed single-leg bridge hold yet')
      const held = injuredLegValue(test, injuredSide(ctx))
      if (held === null) return notAssessed('Record the hold time of the injured leg')
      const free = painFree(ctx, test.painDuring)
      const ev = evidence(
        `Held ${held} s on the injured leg${test.painDuring === null ? '' : `, pain ${test.painDuring}/10`}`,
        test.date,
        held,
        's',
        ids(test),
      )
      const target = ctx.s.criteria.slhbHoldSeconds.value
      if (held < target)
        return { status: 'not met', reason: `Held ${held} s, needs ${target} s`, evidence: ev }
      if (free === null)
        return { status: 'not assessed', reason: 'Record the pain during the hold', evidence: ev }
      return free
        ? { status: 'met', reason: `Held ${held} s pain-free`, evidence: ev }
        : { status: 'not met', reason: `Pain ${test.painDuring}/10 during the hold`, evidence: ev }
    },
  },
  'P1.isometricSymmetry80': {
    id: 'P1.isometricSymmetry80',
    name: 'Isometric strength close to the other leg',
    kind: 'measured',
    threshold: (s) =>
      `Isometric knee-flexor strength ≥${s.criteria.isometricSymmetryP1Percent.value} % of the other leg`,
    setting: (s) => s.criteria.isometricSymmetryP1Percent,
    source: '[EO]',
    strength: 'expert opinion',
    evaluate: (ctx) =>
      symmetry(
        ctx,
        ['ISO_90_90', 'IPCT_90_20'],
        ctx.s.criteria.isometricSymmetryP1Percent.value,
        'isometric strength',
      ),
  },
  'P1.isometricPainFree': {
    id: 'P1.isometricPainFree',
    name: 'No pain on isometric contraction',
    kind: 'measured',
    threshold: () => 'Isometric test pain-free',
    setting: none,
    source: '[L] criteria review (Hickey 2017)',
    strength: 'weak',
    evaluate: (ctx) => painFreeTest(ctx, ['ISO_90_90', 'IPCT_90_20'], 'isometric strength'),
  },
  'P2.hopPainFree': {
    id: 'P2.hopPainFree',
    name: 'Hops on each leg, pain-free',
    kind: 'measured',
    threshold: (s) => `${s.criteria.hopSeconds.value} s of single-leg hops on each leg, pain-free`,
    setting: (s) => s.criteria.hopSeconds,
    source: '[S4]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const test = latestTest(ctx, ['hop'], 's')
      if (test === null) return notAssessed('No timed hop test yet')
      const target = ctx.s.criteria.hopSeconds.value
      if (test.left === null || test.right === null)
        return notAssessed('Record the hop time of both legs')
      const ev = evidence(
        `Left ${test.left} s, right ${test.right} s${test.painDuring === null ? '' : `, pain ${test.painDuring}/10`}`,
        test.date,
        Math.min(test.left, test.right),
        's',
        ids(test),
      )
      if (Math.min(test.left, test.right) < target) {
        return { status: 'not met', reason: `Needs ${target} s on each leg`, evidence: ev }
      }
      const free = painFree(ctx, test.painDuring)
      if (free === null)
        return { status: 'not assessed', reason: 'Record the pain during the hops', evidence: ev }
      return free
        ? { status: 'met', reason: 'Pain-free on both legs', evidence: ev }
        : { status: 'not met', reason: `Pain ${test.painDuring}/10 during the hops`, evidence: ev }
    },
  },
  'P2.jogPainFree': {
    id: 'P2.jogPainFree',
    name: 'Continuous jog, pain-free',
    kind: 'measured',
    threshold: (s) => `${s.criteria.jogMinutes.value} min continuous jog, pain-free`,
    setting: (s) => s.criteria.jogMinutes,
    source: '[S4]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const target = ctx.s.criteria.jogMinutes.value
      const [a, b] = sessionRange(ctx, ctx.fromN)
      let longest: CaseSession | null = null
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        const minutes = s.running?.continuousRunMinutes ?? null
        if (minutes === null) continue
        if (minutes >= target && painFree(ctx, s.painDuring) === true) {
          return {
            status: 'met',
            reason: `Jogged ${minutes} min pain-free`,
            evidence: evidence(
              `${minutes} min continuous, pain ${s.painDuring}/10`,
              s.date,
              minutes,
              'min',
              ids(s),
            ),
          }
        }
        if (longest === null || minutes > (longest.running?.continuousRunMinutes ?? 0)) longest = s
      }
      if (longest === null) return notAssessed('No continuous jog logged yet')
      const minutes = longest.running?.continuousRunMinutes ?? 0
      return {
        status: 'not met',
        reason:
          minutes >= target
            ? `Jogged ${minutes} min but not pain-free (or pain not recorded)`
            : `Longest continuous jog ${minutes} min, needs ${target} min`,
        evidence: evidence(`${minutes} min continuous`, longest.date, minutes, 'min', ids(longest)),
      }
    },
  },
  'P2.flexibilitySymmetry': {
    id: 'P2.flexibilitySymmetry',
    name: 'Flexibility close to the other leg',
    kind: 'measured',
    threshold: (s) =>
      `AKE or straight-leg raise within ${100 - s.criteria.flexibilitySymmetryPercent.value} % of the other leg`,
    setting: (s) => s.criteria.flexibilitySymmetryPercent,
    source: '[EO]; van der Horst 2017',
    strength: 'consensus',
    evaluate: flexibility,
  },
  'P2.akePainFree': {
    id: 'P2.akePainFree',
    name: 'No discomfort on the AKE test',
    kind: 'measured',
    threshold: () => 'AKE test without discomfort',
    setting: none,
    source: 'Zein 2024 (discomfort on AKE: 3.38× re-injury risk within 2 months)',
    strength: 'observational',
    evaluate: (ctx) => painFreeTest(ctx, ['AKE'], 'AKE'),
  },
  'P3.vmaxRepeated': {
    id: 'P3.vmaxRepeated',
    name: 'Near top speed, repeated with green next mornings',
    kind: 'measured',
    threshold: (s) =>
      `≥${s.criteria.vmaxPercent.value} % of pre-injury max velocity in ≥${s.criteria.vmaxRepeatSessions.value} sessions, each with a green next morning`,
    setting: (s) => s.criteria.vmaxPercent,
    source: '[EO]; Malone 2017',
    strength: 'observational',
    evaluate: (ctx) => {
      if (ctx.p.vmaxBaselineMps === null) return notAssessed('Enter the pre-injury max velocity')
      const percent = ctx.s.criteria.vmaxPercent.value
      const needed = ctx.s.criteria.vmaxRepeatSessions.value
      const { days, measured } = fastDays(ctx, percent, ctx.fromN)
      if (measured === 0) return notAssessed('No session with a measured top speed yet')
      // Only days followed by a green morning count: that is what makes the speed repeatable.
      const green = days.filter((d) => d.green)
      const others = days.length - green.length
      const last = green.at(-1)
      const ev =
        last === undefined
          ? null
          : evidence(
              green.map((d) => `${d.date} (${round(d.percent)} %)`).join(', '),
              last.date,
              green.length,
              'sessions',
              green.flatMap((d) => d.ids),
            )
      const extra = others > 0 ? `; ${others} more without a green next morning` : ''
      return green.length >= needed
        ? {
            status: 'met',
            reason: `${green.length} sessions with green next mornings${extra}`,
            evidence: ev,
          }
        : {
            status: 'not met',
            reason: `${green.length} of ${needed} sessions at ≥${percent} % with a green next morning${extra}`,
            evidence: ev,
          }
    },
  },
  'P3.hTestSecure': {
    id: 'P3.hTestSecure',
    name: 'H-test without insecurity',
    kind: 'measured',
    threshold: () => 'Askling H-test with no insecurity',
    setting: none,
    source: 'Askling 2013 (only 57.6 % of one expert panel rated the H-test useful)',
    strength: 'weak',
    evaluate: (ctx) => {
      const test = latestTest(ctx, ['Askling_H'])
      if (test === null || test.insecurity === null) return notAssessed('No H-test yet')
      const ev = evidence(
        test.insecurity ? 'Felt insecure' : 'No insecurity',
        test.date,
        null,
        null,
        ids(test),
      )
      return test.insecurity
        ? { status: 'not met', reason: 'Athlete felt insecure', evidence: ev }
        : { status: 'met', reason: 'No insecurity', evidence: ev }
    },
  },
  'P3.nordicSymmetry90': {
    id: 'P3.nordicSymmetry90',
    name: 'Nordic strength close to the other leg',
    kind: 'measured',
    threshold: (s) =>
      `Nordic strength ≥${s.criteria.strengthSymmetryP3Percent.value} % of the other leg`,
    setting: (s) => s.criteria.strengthSymmetryP3Percent,
    source: '[EO]; Bourne 2015',
    strength: 'weak',
    evaluate: (ctx) =>
      symmetry(
        ctx,
        ['NordBord'],
        ctx.s.criteria.strengthSymmetryP3Percent.value,
        'Nordic strength',
      ),
  },
  'P3.isometricSymmetry90': {
    id: 'P3.isometricSymmetry90',
    name: 'Isometric strength close to the other leg',
    kind: 'measured',
    threshold: (s) =>
      `Isometric knee-flexor strength ≥${s.criteria.strengthSymmetryP3Percent.value} % of the other leg`,
    setting: (s) => s.criteria.strengthSymmetryP3Percent,
    source: '[EO]; Bourne 2015',
    strength: 'weak',
    evaluate: (ctx) =>
      symmetry(
        ctx,
        ['ISO_90_90', 'IPCT_90_20'],
        ctx.s.criteria.strengthSymmetryP3Percent.value,
        'isometric strength',
      ),
  },
  'P3.slhbReps': {
    id: 'P3.slhbReps',
    name: 'Single-leg bridge repetitions, symmetric',
    kind: 'measured',
    threshold: (s) =>
      `≥${s.criteria.slhbReps.value} reps on the injured leg and ≥${s.criteria.slhbSymmetryPercent.value} % of the other leg`,
    setting: (s) => s.criteria.slhbReps,
    source: 'Freckleton 2014 (weak cut-off)',
    strength: 'weak',
    evaluate: (ctx) => {
      const test = latestTest(ctx, ['SLHB'], 'reps')
      if (test === null) return notAssessed('No single-leg bridge repetition test yet')
      const injured = injuredLegValue(test, injuredSide(ctx))
      const lsi = limbSymmetryIndex(test, injuredSide(ctx))
      if (injured === null || lsi === null)
        return notAssessed('Record the repetitions of both legs')
      const reps = ctx.s.criteria.slhbReps.value
      const sym = ctx.s.criteria.slhbSymmetryPercent.value
      const ev = evidence(
        `Injured leg ${injured} reps (${round(lsi)} % of the other leg)`,
        test.date,
        injured,
        'reps',
        ids(test),
      )
      if (injured < reps)
        return { status: 'not met', reason: `${injured} reps, needs ${reps}`, evidence: ev }
      if (lsi < sym)
        return {
          status: 'not met',
          reason: `${round(lsi)} % of the other leg, needs ${sym} %`,
          evidence: ev,
        }
      return {
        status: 'met',
        reason: `${injured} reps, ${round(lsi)} % of the other leg`,
        evidence: ev,
      }
    },
  },
  'P4.demandCoverage': {
    id: 'P4.demandCoverage',
    name: 'Sport demands covered',
    kind: 'measured',
    threshold: (s) =>
      `Every demand dimension green (coverage ≥${round(s.gap.greenFrom.value * 100)} %, ladders reached) in the last ${s.gap.windowDays.value} days`,
    setting: (s) => s.gap.greenFrom,
    source: '[EO] (bands not validated)',
    strength: 'expert opinion',
    evaluate: (ctx) => coverage(ctx, coverageDimensions, 'demand'),
  },
  'P4.chaosLevel': {
    id: 'P4.chaosLevel',
    name: 'Game-like chaos tolerated',
    kind: 'measured',
    threshold: (s) =>
      `A session at chaos level ≥${s.criteria.chaosMin.value} with a green next morning in the last ${s.criteria.recentWindowDays.value} days`,
    setting: (s) => s.criteria.chaosMin,
    source: '[EO]; Taberner 2019',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const demandLevel = ctx.p.source.demand?.ordinal.chaos.level ?? null
      const needed = Math.min(ctx.s.criteria.chaosMin.value, demandLevel ?? 5)
      const [a, b] = sessionRange(ctx, ctx.toN - ctx.s.criteria.recentWindowDays.value + 1)
      if (a === b) return notAssessed('No session in the recent window')
      let highest = 0
      let highestDate: string | null = null
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        const level = s.chaosLevel ?? 0
        if (level >= needed && lightAfter(ctx, s)?.light === 'green') {
          return {
            status: 'met',
            reason: `Chaos level ${level} with a green next morning`,
            evidence: evidence(`Chaos level ${level}`, s.date, level, 'level', ids(s)),
          }
        }
        if (level > highest) {
          highest = level
          highestDate = s.date
        }
      }
      return {
        status: 'not met',
        reason:
          highest >= needed
            ? `Reached level ${highest} but without a green next morning`
            : `Highest chaos level ${highest}, needs ${needed}`,
        evidence:
          highestDate === null
            ? null
            : evidence(`Chaos level ${highest}`, highestDate, highest, 'level'),
      }
    },
  },
  'P4.matchContact': {
    id: 'P4.matchContact',
    name: 'Match-like contact tolerated (collision sports)',
    kind: 'measured',
    threshold: (s) =>
      `Contact at the sport's level with a green next morning in the last ${s.criteria.recentWindowDays.value} days`,
    setting: none,
    source: 'domain.md §3 phase 4',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const demand = ctx.p.source.demand
      if (demand === null) return notAssessed('Enter the sport demands first')
      const needed = demand.ordinal.contact.level
      if (needed < 2)
        return {
          status: 'not required',
          reason: 'No live contact in this sport or position',
          evidence: null,
        }
      const [a, b] = sessionRange(ctx, ctx.toN - ctx.s.criteria.recentWindowDays.value + 1)
      let highest = 0
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        const level = sessionContactLevel(s)
        if (level >= needed && lightAfter(ctx, s)?.light === 'green') {
          return {
            status: 'met',
            reason: `Contact level ${level} with a green next morning`,
            evidence: evidence(`Contact level ${level}`, s.date, level, 'level', ids(s)),
          }
        }
        highest = Math.max(highest, level)
      }
      return {
        status: 'not met',
        reason: `Highest contact level ${highest}, needs ${needed} with a green next morning`,
        evidence: null,
      }
    },
  },
  'P4.strideQuality': {
    id: 'P4.strideQuality',
    name: 'Normal stride, no protective shortening or grabbing',
    kind: 'observed',
    threshold: () => 'Normal stride rhythm, no protective shortening, no "grabbing"',
    setting: none,
    source: '[S2]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const [a, b] = sessionRange(ctx, ctx.toN - ctx.s.criteria.recentWindowDays.value + 1)
      let warned: CaseSession | null = null
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        if (s.warningSigns.length > 0) {
          warned = s
          break
        }
      }
      const seen = latestObservation(ctx, 'P4.strideQuality')
      if (warned !== null && (seen === null || seen.date <= warned.date)) {
        return {
          status: 'not met',
          reason: `Warning signs during speed work: ${warned.warningSigns.join(', ')}`,
          evidence: evidence(warned.warningSigns.join(', '), warned.date, null, null, ids(warned)),
        }
      }
      return observed(ctx, 'P4.strideQuality', 'the stride looks normal at speed')
    },
  },
  'P4.teamTrainingSignOff': {
    id: 'P4.teamTrainingSignOff',
    name: 'Clinician agrees to full team training',
    kind: 'sign-off',
    threshold: () => 'A named clinician agrees, with a reason',
    setting: none,
    source: 'G10; van der Horst 2017; Ardern 2016',
    strength: 'consensus',
    evaluate: signOff("a named clinician's agreement to full team training"),
  },
  'P5.noPalpationPain': {
    id: 'P5.noPalpationPain',
    name: 'No pain on palpation',
    kind: 'measured',
    threshold: () => 'Not painful to touch',
    setting: none,
    source: 'van der Horst 2017 Delphi',
    strength: 'consensus',
    evaluate: (ctx) => {
      const test = latestTest(ctx, ['palpation'])
      const end = upperBound(ctx.p.checkDayN, ctx.toN)
      const check =
        end > 0 && (ctx.p.checkDayN[end - 1] as number) >= ctx.fromN
          ? ctx.p.checks[end - 1]
          : undefined
      if (test === null && check === undefined)
        return notAssessed('No palpation test or morning check yet')
      if (test !== null && (check === undefined || test.date >= check.date)) {
        const painful = (test.value ?? 0) > 0
        const ev = evidence(
          painful ? `Painful over ${test.value} cm` : 'Not painful to touch',
          test.date,
          test.value,
          'cm',
          ids(test),
        )
        return painful
          ? { status: 'not met', reason: 'Painful to touch', evidence: ev }
          : { status: 'met', reason: 'Not painful to touch', evidence: ev }
      }
      const c = check as NonNullable<typeof check>
      const ev = evidence(
        c.palpationPain
          ? 'Painful to touch (morning check)'
          : 'Not painful to touch (morning check)',
        c.date,
        null,
        null,
        ids(c),
      )
      return c.palpationPain
        ? { status: 'not met', reason: 'Painful to touch', evidence: ev }
        : { status: 'met', reason: 'Not painful to touch', evidence: ev }
    },
  },
  'P5.painFreeTests': {
    id: 'P5.painFreeTests',
    name: 'No pain in strength and flexibility tests',
    kind: 'measured',
    threshold: () => 'Latest strength and flexibility tests pain-free',
    setting: none,
    source: 'van der Horst 2017 Delphi',
    strength: 'consensus',
    evaluate: (ctx) => {
      const strength = (['ISO_90_90', 'IPCT_90_20', 'NordBord'] as const)
        .map((t) => latestTest(ctx, [t]))
        .filter((t) => t !== null)
      const flex = (['AKE', 'PSLR'] as const)
        .map((t) => latestTest(ctx, [t]))
        .filter((t) => t !== null)
      const all = [...strength, ...flex] as CaseAssessment[]
      const painful = all.filter((t) => painFree(ctx, t.painDuring) === false)
      if (painful.length > 0) {
        const first = painful[0] as CaseAssessment
        return {
          status: 'not met',
          reason: `Pain during ${painful.map((t) => t.type).join(', ')}`,
          evidence: evidence(
            `Pain ${first.painDuring}/10 in ${first.type}`,
            first.date,
            first.painDuring,
            '/10',
            ids(first),
          ),
        }
      }
      const recorded = (list: (CaseAssessment | null)[]) =>
        list.some((t) => t !== null && t.painDuring !== null)
      if (!recorded(strength)) return notAssessed('Needs a strength test with pain recorded')
      if (!recorded(flex)) return notAssessed('Needs a flexibility test with pain recorded')
      const latest = all.reduce((x, y) => (y.date > x.date ? y : x))
      return {
        status: 'met',
        reason: 'Pain-free in every latest strength and flexibility test',
        evidence: evidence(all.map((t) => t.type).join(', '), latest.date, null, null, ids(...all)),
      }
    },
  },
  'P5.painFreeFunctional': {
    id: 'P5.painFreeFunctional',
    name: 'No pain during or after field work',
    kind: 'measured',
    threshold: (s) =>
      `Field sessions of the last ${s.criteria.recentWindowDays.value} days pain-free with green next mornings`,
    setting: (s) => s.criteria.recentWindowDays,
    source: 'van der Horst 2017 Delphi',
    strength: 'consensus',
    evaluate: (ctx) => {
      const [a, b] = sessionRange(ctx, ctx.toN - ctx.s.criteria.recentWindowDays.value + 1)
      let checked = 0
      let latest: CaseSession | null = null
      for (let i = a; i < b; i += 1) {
        const s = ctx.p.sessions[i] as CaseSession
        if (s.type === 'gym') continue
        const free = painFree(ctx, s.painDuring)
        if (free === false) {
          return {
            status: 'not met',
            reason: `Pain ${s.painDuring}/10 during a field session`,
            evidence: evidence(`Pain ${s.painDuring}/10`, s.date, s.painDuring, '/10', ids(s)),
          }
        }
        const light = lightAfter(ctx, s)
        if (light !== null && light.light !== 'green') {
          return {
            status: 'not met',
            reason: `Next morning ${light.light} after a field session`,
            evidence: evidence(`Next morning ${light.light}`, light.date, null, null, ids(s)),
          }
        }
        if (free === true && light !== null) {
          checked += 1
          latest = s
        }
      }
      if (latest === null)
        return notAssessed('Needs field sessions with pain and the next morning recorded')
      return {
        status: 'met',
        reason: `${checked} field session(s) pain-free with green next mornings`,
        evidence: evidence(`${checked} session(s)`, latest.date, checked, 'sessions', ids(latest)),
      }
    },
  },
  'P5.similarFlexibility': {
    id: 'P5.similarFlexibility',
    name: 'Flexibility similar to the other leg',
    kind: 'measured',
    threshold: (s) =>
      `AKE or straight-leg raise within ${100 - s.criteria.flexibilitySymmetryPercent.value} % of the other leg`,
    setting: (s) => s.criteria.flexibilitySymmetryPercent,
    source: 'van der Horst 2017 Delphi',
    strength: 'consensus',
    evaluate: flexibility,
  },
  'P5.fieldTests': {
    id: 'P5.fieldTests',
    name: 'Field tests back to pre-injury level',
    kind: 'measured',
    threshold: (s) =>
      `10 m time and max velocity ≥${s.criteria.fieldTestPercentOfBaseline.value} % of pre-injury`,
    setting: (s) => s.criteria.fieldTestPercentOfBaseline,
    source: 'van der Horst 2017 Delphi ("field-test performance"); threshold [EO]',
    strength: 'consensus',
    evaluate: (ctx) => {
      const target = ctx.s.criteria.fieldTestPercentOfBaseline.value
      const baselines = ctx.p.source.profile?.baselines ?? null
      const parts: { name: string; percent: number; date: string; ids: string[] }[] = []
      const ten = latestTest(ctx, ['10m'])
      if (ten !== null) {
        const percent = percentOfBaseline(ten, injuredSide(ctx), baselines)
        if (percent !== null) parts.push({ name: '10 m', percent, date: ten.date, ids: ids(ten) })
      }
      if (ctx.p.vmaxBaselineMps !== null) {
        const { days } = fastDays(ctx, 0, ctx.toN - ctx.s.criteria.recentWindowDays.value + 1)
        const top = days.reduce<FastDay | null>(
          (x, y) => (x === null || y.percent > x.percent ? y : x),
          null,
        )
        if (top !== null)
          parts.push({ name: 'max velocity', percent: top.percent, date: top.date, ids: top.ids })
      }
      if (parts.length === 0)
        return notAssessed('Needs pre-injury 10 m or max-velocity baselines and a recent test')
      const text = parts.map((part) => `${part.name} ${round(part.percent)} %`).join(', ')
      const latest = parts.reduce((x, y) => (y.date > x.date ? y : x))
      const ev = evidence(
        text,
        latest.date,
        Math.min(...parts.map((part) => part.percent)),
        '%',
        parts.flatMap((part) => part.ids),
      )
      const short = parts.filter((part) => part.percent < target)
      return short.length > 0
        ? {
            status: 'not met',
            reason: `${short.map((part) => part.name).join(' and ')} below ${target} % of pre-injury`,
            evidence: ev,
          }
        : { status: 'met', reason: `At or above ${target} % of pre-injury`, evidence: ev }
    },
  },
  'P5.maximalSprint': {
    id: 'P5.maximalSprint',
    name: 'Maximal sprint this week',
    kind: 'measured',
    threshold: (s) =>
      `≥1 exposure at ≥${s.criteria.vmaxPercent.value} % of max velocity in the last ${s.gap.windowDays.value} days`,
    setting: (s) => s.criteria.vmaxPercent,
    source: 'Expert Delphi [L] ("maximal sprints"); G8, Malone 2017',
    strength: 'observational',
    evaluate: maxVelocityThisWeek,
  },
  'P5.teamSessions': {
    id: 'P5.teamSessions',
    name: 'Full team sessions before selection',
    kind: 'measured',
    threshold: (s) =>
      `≥${s.criteria.teamSessionsBeforeSelection.value} full team sessions (chaos level 5) with green next mornings`,
    setting: (s) => s.criteria.teamSessionsBeforeSelection,
    source: 'Expert Delphi [L]',
    strength: 'consensus',
    evaluate: (ctx) => {
      const needed = ctx.s.criteria.teamSessionsBeforeSelection.value
      const [a, b] = sessionRange(ctx, ctx.fromN)
      const green: CaseSession[] = []
      for (let i = a; i < b; i += 1) {
        const s = ctx.p.sessions[i] as CaseSession
        if (s.type === 'field' && s.chaosLevel === 5 && lightAfter(ctx, s)?.light === 'green')
          green.push(s)
      }
      const last = green.at(-1)
      const ev =
        last === undefined
          ? null
          : evidence(
              `${green.length} full team session(s)`,
              last.date,
              green.length,
              'sessions',
              ids(...green),
            )
      return green.length >= needed
        ? {
            status: 'met',
            reason: `${green.length} full team sessions with green next mornings`,
            evidence: ev,
          }
        : {
            status: 'not met',
            reason: `${green.length} of ${needed} full team sessions with green next mornings`,
            evidence: ev,
          }
    },
  },
  'P5.runningTargets': {
    id: 'P5.runningTargets',
    name: 'Running targets of the position reached',
    kind: 'measured',
    threshold: (s) =>
      `Max velocity, high-speed running and sprint demands green in the last ${s.gap.windowDays.value} days`,
    setting: (s) => s.gap.greenFrom,
    source: 'Expert Delphi [L] (GPS targets against position match markers)',
    strength: 'consensus',
    evaluate: (ctx) => coverage(ctx, runningDimensions, 'running demand'),
  },
  'P5.psychologicalReadiness': {
    id: 'P5.psychologicalReadiness',
    name: 'Psychologically ready',
    kind: 'measured',
    threshold: (s) =>
      `Apprehension ≤${s.criteria.apprehensionReadyMax.value}/100 at the latest morning check`,
    setting: (s) => s.criteria.apprehensionReadyMax,
    source: 'van der Horst 2017 Delphi; threshold [EO]',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const end = upperBound(ctx.p.checkDayN, ctx.toN)
      if (end === 0 || (ctx.p.checkDayN[end - 1] as number) < ctx.fromN)
        return notAssessed('No morning check yet')
      const c = ctx.p.checks[end - 1] as (typeof ctx.p.checks)[number]
      const limit = ctx.s.criteria.apprehensionReadyMax.value
      const ev = evidence(
        `Apprehension ${c.apprehension}/100`,
        c.date,
        c.apprehension,
        '/100',
        ids(c),
      )
      return c.apprehension <= limit
        ? { status: 'met', reason: `Apprehension ${c.apprehension}/100`, evidence: ev }
        : {
            status: 'not met',
            reason: `Apprehension ${c.apprehension}/100, needs ≤${limit}`,
            evidence: ev,
          }
    },
  },
  'P5.returnToSportSignOff': {
    id: 'P5.returnToSportSignOff',
    name: 'Shared decision on return to sport, signed by a clinician',
    kind: 'sign-off',
    threshold: () => 'A named clinician signs off the shared decision',
    setting: none,
    source: 'G10; van der Horst 2017; Ardern 2016',
    strength: 'consensus',
    evaluate: signOff("a named clinician's sign-off of the shared decision"),
  },
  'P6.weeklyMaxVelocity': {
    id: 'P6.weeklyMaxVelocity',
    name: 'Weekly exposure near top speed',
    kind: 'maintenance',
    threshold: (s) =>
      `≥1 exposure at ≥${s.criteria.vmaxPercent.value} % of max velocity every week`,
    setting: (s) => s.criteria.vmaxPercent,
    source: 'G8; Malone 2017',
    strength: 'observational',
    evaluate: maxVelocityThisWeek,
  },
  'P6.strengthMaintained': {
    id: 'P6.strengthMaintained',
    name: 'Weekly Nordic or lengthened strength work',
    kind: 'maintenance',
    threshold: (s) =>
      `Eccentric or lengthened hamstring work in the last ${s.gap.windowDays.value} days`,
    setting: none,
    source: 'domain.md §3 phase 6; Askling L-protocol',
    strength: 'expert opinion',
    evaluate: (ctx) => {
      const [a, b] = sessionRange(ctx, ctx.toN - ctx.s.gap.windowDays.value + 1)
      for (let i = b - 1; i >= a; i -= 1) {
        const s = ctx.p.sessions[i] as CaseSession
        const entry = s.strength.find((e) => e.eccentric || e.lengthened)
        if (entry !== undefined) {
          return {
            status: 'met',
            reason: `${entry.exercise} on ${s.date}`,
            evidence: evidence(
              `${entry.exercise} ${entry.sets}×${entry.reps}`,
              s.date,
              null,
              null,
              ids(s),
            ),
          }
        }
      }
      return {
        status: 'not met',
        reason: `No eccentric or lengthened work in the last ${ctx.s.gap.windowDays.value} days`,
        evidence: null,
      }
    },
  },
}

/** Builds the evaluation context for evidence in [fromN, toN], with the gap computed lazily once. */
export function evalContext(p: PreparedCase, fromN: number, toN: number): EvalContext {
  let gap: GapAnalysis | null = null
  return {
    p,
    s: p.settings,
    fromN,
    toN,
    gap: () => {
      gap ??= gapAnalysisAt(p, toN)
      return gap
    },
  }
}
