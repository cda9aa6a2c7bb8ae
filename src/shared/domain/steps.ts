import { dayOrdinal } from '../dates'
import type { PhaseId, Stressor } from '../schemas/scales'
import type { SportDemandFacts } from '../schemas/sport-demand'
import {
  lowerBound,
  responseToDay,
  sessionPercentVmax,
  type CaseSession,
  type PreparedCase,
} from './case'
import { sessionContactLevel, sessionCuttingLevel } from './exposure'
import { demandPerMatch } from './gap-analysis'
import type { Settings } from './settings'

/**
 * The progression ladder in G4's order: volume before intensity, straight-line before cutting,
 * pre-planned before reactive, non-contact before contact, one new stressor per session.
 * Each step knows which phase it belongs to, which kind of load it adds (so a surgeon's
 * restriction can rule it out) and which steps must come first.
 */

export const stepIds = [
  'lengthened',
  'walk-run',
  'jog',
  'strides-1',
  'strides-2',
  'strides-3',
  'sprint-95',
  'hsr-volume',
  'acc-dec',
  'cutting-1',
  'long-lever-1',
  'cutting-2',
  'long-lever-2',
  'chaos-3',
  'contact-1',
  'cutting-3',
  'long-lever-3',
  'chaos-4',
  'contact-2',
  'cutting-4',
  'contact-3',
  'chaos-5',
] as const
export type StepId = (typeof stepIds)[number]

export type G4Rule =
  | 'volume before intensity'
  | 'straight-line before cutting'
  | 'pre-planned before reactive'
  | 'non-contact before contact'
  | 'one step at a time'

export interface StepDefinition {
  id: StepId
  phase: PhaseId
  stressor: Stressor
  rule: G4Rule
  title: (s: Settings, d: SportDemandFacts | null) => string
  /** Whether the sport asks for this step at all (demand-driven steps need a demand). */
  required: (d: SportDemandFacts | null) => boolean
  /** Whether a session exposed the athlete to this step. */
  exposed: (session: CaseSession, p: PreparedCase) => boolean
  requires: StepId[]
}

const always = () => true

function hsrTarget(p: PreparedCase): number | null {
  const d = p.source.demand
  if (d === null) return null
  const perMatch = demandPerMatch(d.perMatch.hsrMetres, d.perMatch.minutes)
  return perMatch === null || perMatch <= 0 ? null : perMatch * p.settings.gap.greenFrom.value
}

function countTarget(
  p: PreparedCase,
  which: 'accelerationCount' | 'decelerationCount',
): number | null {
  const d = p.source.demand
  if (d === null) return null
  const perMatch = demandPerMatch(d.perMatch[which], d.perMatch.minutes)
  return perMatch === null || perMatch <= 0 ? null : perMatch * p.settings.gap.greenFrom.value
}

function atSpeed(percent: (s: Settings) => number) {
  return (session: CaseSession, p: PreparedCase) => {
    const value = sessionPercentVmax(p, session)
    return value !== null && value >= percent(p.settings)
  }
}

function ladder(
  prefix: 'cutting' | 'contact' | 'long-lever' | 'chaos',
  level: number,
): Pick<StepDefinition, 'required' | 'exposed'> {
  const demandLevel = (d: SportDemandFacts) =>
    prefix === 'cutting'
      ? d.ordinal.cutting.level
      : prefix === 'contact'
        ? d.ordinal.contact.level
        : prefix === 'long-lever'
          ? d.ordinal.longLever.level
          : d.ordinal.chaos.level
  const reached = (s: CaseSession, p: PreparedCase) =>
    prefix === 'cutting'
      ? sessionCuttingLevel(s, p.settings)
      : prefix === 'contact'
        ? sessionContactLevel(s)
        : prefix === 'long-lever'
          ? s.longLeverLevel
          : (s.chaosLevel ?? 0)
  return {
    required: (d) => d !== null && demandLevel(d) >= level,
    exposed: (s, p) => reached(s, p) >= level,
  }
}

const cuttingTitles = [
  '',
  'pre-planned cuts below full speed',
  'pre-planned cuts at full speed',
  'reactive cuts',
  'opposed cuts',
]
const contactTitles = [
  '',
  'contact with pads or shields',
  'controlled live contact',
  'full match contact',
]
const longLeverTitles = [
  '',
  'short kicks and controlled reaches',
  'longer kicks and larger reaches',
  'full-power kicking and maximal reaches',
]

const unordered: StepDefinition[] = [
  {
    id: 'lengthened',
    phase: 'P2',
    stressor: 'lengthened loading',
    rule: 'volume before intensity',
    title: () => 'Add lengthened hamstring loading (Askling Extender, Diver, Glider)',
    required: always,
    exposed: (s) => s.strength.some((e) => e.lengthened),
    requires: [],
  },
  {
    id: 'walk-run',
    phase: 'P2',
    stressor: 'running',
    rule: 'volume before intensity',
    title: () => 'Start walk-run intervals',
    required: always,
    exposed: (s) =>
      s.running !== null &&
      ((s.running.totalDistanceMetres ?? 0) > 0 || (s.running.continuousRunMinutes ?? 0) > 0),
    requires: [],
  },
  {
    id: 'jog',
    phase: 'P2',
    stressor: 'running',
    rule: 'volume before intensity',
    title: (s) => `Build to a ${s.criteria.jogMinutes.value} min continuous jog`,
    required: always,
    exposed: (s, p) =>
      (s.running?.continuousRunMinutes ?? 0) >= p.settings.criteria.jogMinutes.value,
    requires: ['walk-run'],
  },
  {
    id: 'strides-1',
    phase: 'P3',
    stressor: 'running',
    rule: 'volume before intensity',
    title: (s) =>
      `Strides 4–6 × 50 m at about ${s.progression.stride1Percent.value} % of max velocity`,
    required: always,
    exposed: atSpeed((s) => s.progression.stride1Percent.value),
    requires: ['jog'],
  },
  {
    id: 'strides-2',
    phase: 'P3',
    stressor: 'sprinting',
    rule: 'one step at a time',
    title: (s) => `Strides at about ${s.progression.stride2Percent.value} % of max velocity`,
    required: always,
    exposed: atSpeed((s) => s.progression.stride2Percent.value),
    requires: ['strides-1'],
  },
  {
    id: 'strides-3',
    phase: 'P3',
    stressor: 'sprinting',
    rule: 'one step at a time',
    title: (s) => `Strides at ${s.progression.stride3Percent.value}–90 % of max velocity`,
    required: always,
    exposed: atSpeed((s) => s.progression.stride3Percent.value),
    requires: ['strides-2'],
  },
  {
    id: 'sprint-95',
    phase: 'P3',
    stressor: 'sprinting',
    rule: 'one step at a time',
    title: (s) => `Sprints at ≥${s.criteria.vmaxPercent.value} % of max velocity`,
    required: always,
    exposed: atSpeed((s) => s.criteria.vmaxPercent.value),
    requires: ['strides-3'],
  },
  {
    id: 'hsr-volume',
    phase: 'P4',
    stressor: 'running',
    rule: 'volume before intensity',
    title: (s, d) => {
      const perMatch = d === null ? null : demandPerMatch(d.perMatch.hsrMetres, d.perMatch.minutes)
      return perMatch === null
        ? 'Build high-speed running volume'
        : `Build high-speed running to ${Math.round(perMatch * s.gap.greenFrom.value)} m in a session (${Math.round(s.gap.greenFrom.value * 100)} % of a match)`
    },
    required: (d) => {
      if (d === null) return false
      const perMatch = demandPerMatch(d.perMatch.hsrMetres, d.perMatch.minutes)
      return perMatch !== null && perMatch > 0
    },
    exposed: (s, p) => {
      const target = hsrTarget(p)
      return target !== null && (s.running?.hsrMetres ?? 0) >= target
    },
    requires: ['sprint-95'],
  },
  {
    id: 'acc-dec',
    phase: 'P4',
    stressor: 'acceleration',
    rule: 'volume before intensity',
    title: () => 'Build accelerations and decelerations towards a match',
    required: (d) => {
      if (d === null) return false
      const acc = demandPerMatch(d.perMatch.accelerationCount, d.perMatch.minutes)
      const dec = demandPerMatch(d.perMatch.decelerationCount, d.perMatch.minutes)
      return (acc ?? 0) > 0 || (dec ?? 0) > 0
    },
    exposed: (s, p) => {
      const acc = countTarget(p, 'accelerationCount')
      const dec = countTarget(p, 'decelerationCount')
      if (acc === null && dec === null) return false
      return (
        (acc === null || (s.accelerationCount ?? 0) >= acc) &&
        (dec === null || (s.decelerationCount ?? 0) >= dec)
      )
    },
    requires: ['hsr-volume'],
  },
  ...[1, 2, 3, 4].map((level): StepDefinition => ({
    id: `cutting-${level}` as StepId,
    phase: 'P4',
    stressor: 'cutting',
    rule:
      level === 1
        ? 'straight-line before cutting'
        : level === 3
          ? 'pre-planned before reactive'
          : 'one step at a time',
    title: () => `Add ${cuttingTitles[level]}`,
    ...ladder('cutting', level),
    requires:
      level === 1
        ? ['sprint-95']
        : level === 2
          ? ['cutting-1']
          : level === 3
            ? ['cutting-2', 'chaos-3']
            : ['cutting-3', 'chaos-4'],
  })),
  ...[1, 2, 3].map((level): StepDefinition => ({
    id: `long-lever-${level}` as StepId,
    phase: 'P4',
    stressor: 'kicking',
    rule: 'one step at a time',
    title: () => `Add ${longLeverTitles[level]}`,
    ...ladder('long-lever', level),
    requires: level === 1 ? ['lengthened', 'sprint-95'] : [`long-lever-${level - 1}` as StepId],
  })),
  ...[3, 4, 5].map((level): StepDefinition => ({
    id: `chaos-${level}` as StepId,
    phase: level === 5 ? 'P5' : 'P4',
    stressor: level === 5 ? 'team training' : 'cutting',
    rule: 'pre-planned before reactive',
    title: () =>
      level === 3
        ? 'Add drills with some reaction (chaos level 3)'
        : level === 4
          ? 'Add small-sided, game-like play (chaos level 4)'
          : 'Join full team training (chaos level 5)',
    ...ladder('chaos', level),
    requires: level === 3 ? ['cutting-1'] : level === 4 ? ['chaos-3', 'cutting-2'] : ['chaos-4'],
  })),
  ...[1, 2, 3].map((level): StepDefinition => ({
    id: `contact-${level}` as StepId,
    phase: 'P4',
    stressor: 'contact',
    rule: 'non-contact before contact',
    title: () => `Add ${contactTitles[level]}`,
    ...ladder('contact', level),
    requires:
      level === 1
        ? ['cutting-2']
        : level === 2
          ? ['contact-1', 'chaos-3']
          : ['contact-2', 'chaos-4'],
  })),
]

/** The ladder in G4 order (the order of `stepIds`). */
export const stepDefinitions: readonly StepDefinition[] = unordered.sort(
  (a, b) => stepIds.indexOf(a.id) - stepIds.indexOf(b.id),
)

export const stepById: ReadonlyMap<StepId, StepDefinition> = new Map(
  stepDefinitions.map((step) => [step.id, step]),
)

export interface StepProgress {
  /** Steps the athlete has done since the injury (any session). */
  exposed: Set<StepId>
  /** Steps done in a session followed by a green next morning: consolidated. */
  reached: Set<StepId>
  /** Day each step was first done, `YYYY-MM-DD`. */
  firstExposed: Map<StepId, string>
  /** Sessions that introduced steps, with the steps each one introduced. */
  introductions: { session: CaseSession; steps: StepId[]; missing: StepId[] }[]
}

/**
 * One pass over the sessions since the injury (up to `cutoffN`): which steps were exposed,
 * which were consolidated with a green next morning, and which sessions introduced several
 * steps at once or a step before what should come first (for G4).
 */
export function stepProgress(p: PreparedCase, cutoffN: number): StepProgress {
  const demand = p.source.demand
  const exposed = new Set<StepId>()
  const reached = new Set<StepId>()
  const firstExposed = new Map<StepId, string>()
  const introductions: StepProgress['introductions'] = []
  const satisfied = (id: StepId) =>
    exposed.has(id) || !(stepById.get(id) as StepDefinition).required(demand)
  for (let i = lowerBound(p.sessionDayN, p.evidenceFromN); i < p.sessions.length; i += 1) {
    const dayN = p.sessionDayN[i] as number
    if (dayN > cutoffN) break
    const session = p.sessions[i] as CaseSession
    const green = responseToDay(p, dayOrdinal(session.date), cutoffN)?.light === 'green'
    const fresh: StepId[] = []
    const missing = new Set<StepId>()
    for (const step of stepDefinitions) {
      if (!step.exposed(session, p)) continue
      if (green) reached.add(step.id)
      if (exposed.has(step.id)) continue
      fresh.push(step.id)
      for (const before of step.requires)
        if (!satisfied(before) && !fresh.includes(before)) missing.add(before)
    }
    // Steps of the same ladder done in one go count as skipped steps, hence the check above
    // runs before the new steps are marked as exposed.
    for (const id of fresh) {
      exposed.add(id)
      firstExposed.set(id, session.date)
    }
    if (fresh.length > 0) introductions.push({ session, steps: fresh, missing: [...missing] })
  }
  return { exposed, reached, firstExposed, introductions }
}
