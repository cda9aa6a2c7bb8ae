import { dayFromOrdinal } from '../dates'
import {
  demandDimensionLabels,
  type DemandDimension,
  type DemandFlag,
  type DemandValue,
  type SportDemandFacts,
} from '../schemas/sport-demand'
import {
  lowerBound,
  prepareCase,
  sessionPercentVmax,
  sessionSpeedEfforts,
  upperBound,
  type AthleteCase,
  type CaseSession,
  type PreparedCase,
} from './case'
import {
  sessionContactCount,
  sessionContactLevel,
  sessionCutCount,
  sessionCuttingLevel,
} from './exposure'
import type { Settings } from './settings'

/**
 * Gap analysis (domain.md §4): for each demand dimension, what the athlete did against what the
 * sport asks. CR_single = best single session in the window ÷ one match; CR_week = the window's
 * total (matches included) ÷ (one match × matches per week). Ratios are never negative and a
 * dimension with no demand is "not required", never a division by zero.
 */

export type GapStatus = 'green' | 'amber' | 'red' | 'not required' | 'not set'
export type GapKind = 'velocity' | 'continuous' | 'ordinal'

export interface DimensionGap {
  dimension: DemandDimension
  label: string
  kind: GapKind
  status: GapStatus
  /** Why the status is what it is, in a coach's words. */
  message: string
  /** Unit of `demandPerMatch`, `bestSingle` and `windowTotal` ('m', 'count', 'min', '% of max velocity', 'level'). */
  unit: string
  /** One match's demand in `unit` (per-minute demands already multiplied by minutes played). */
  demandPerMatch: number | null
  /** A match week's demand in `unit`; null when matches per week is not set or is 0. */
  demandPerWeek: number | null
  /** Best single session in the window, in `unit`; for ladders, the highest level reached. */
  bestSingle: number
  bestSingleDate: string | null
  /** Total over the window, in `unit` (not used for ladders). */
  windowTotal: number
  coverageSingle: number | null
  coverageWeek: number | null
  /** Ladders: required level, gap = max(0, required − reached), highest level since injury. */
  requiredLevel: number | null
  levelGap: number | null
  highestSinceInjury: number | null
  /** Max velocity only: efforts at ≥90 % and ≥95 % of pre-injury max velocity in the window. */
  effortsAt90: number | null
  effortsAt95: number | null
  /** Cutting and contact: count against the per-match count, when a count demand is set. */
  countCoverage: number | null
  countStatus: GapStatus | null
  sessionsWithData: number
  feared: boolean
  untested: boolean
  source: string
  /** Set when the demand was measured above a different speed threshold than the athlete's data. */
  comparabilityWarning: string | null
  /** Some session in the window was marked as questionable data. */
  questionableData: boolean
}

export interface GapAnalysis {
  /** First and last day of the window, `YYYY-MM-DD`. */
  windowFrom: string
  windowTo: string
  hasDemand: boolean
  matchesPerWeek: number | null
  dimensions: DimensionGap[]
  /** Dimensions whose status is red or amber, most uncovered first. */
  shortfalls: DemandDimension[]
  notSet: DemandDimension[]
}

const noFlag: DemandFlag = { feared: false, untested: false }

function band(coverage: number, greenFrom: number, settings: Settings): GapStatus {
  if (coverage >= greenFrom) return 'green'
  if (coverage < settings.gap.redBelow.value) return 'red'
  return 'amber'
}

function ordinalBand(gap: number, settings: Settings): GapStatus {
  if (gap === 0) return 'green'
  return gap <= settings.gap.ordinalAmberMaxGap.value ? 'amber' : 'red'
}

const statusRank: Record<GapStatus, number> = {
  'not required': 0,
  green: 1,
  'not set': 2,
  amber: 3,
  red: 4,
}

function worse(a: GapStatus, b: GapStatus): GapStatus {
  return statusRank[a] >= statusRank[b] ? a : b
}

/** One match's value of a demand, turning per-minute values into a match by minutes played. */
export function demandPerMatch(value: DemandValue, minutes: DemandValue): number | null {
  if (value.mean === null) return null
  if (value.basis === 'per match') return value.mean
  if (minutes.mean === null) return null
  return value.mean * minutes.mean
}

interface ContinuousSpec {
  dimension: DemandDimension
  unit: string
  demand: (d: SportDemandFacts) => DemandValue
  read: (s: CaseSession, settings: Settings) => number | null
  threshold: (d: SportDemandFacts) => number | null
}

const continuousSpecs: ContinuousSpec[] = [
  {
    dimension: 'hsr',
    unit: 'm',
    demand: (d) => d.perMatch.hsrMetres,
    read: (s) => s.running?.hsrMetres ?? null,
    threshold: (d) => d.thresholds.hsrKmh?.value ?? null,
  },
  {
    dimension: 'sprintDistance',
    unit: 'm',
    demand: (d) => d.perMatch.sprintMetres,
    read: (s) => s.running?.sprintMetres ?? null,
    threshold: (d) => d.thresholds.sprintKmh?.value ?? null,
  },
  {
    dimension: 'sprintCount',
    unit: 'count',
    demand: (d) => d.perMatch.sprintCount,
    read: (s) => s.running?.sprintCount ?? null,
    threshold: (d) => d.thresholds.sprintKmh?.value ?? null,
  },
  {
    dimension: 'accelerations',
    unit: 'count',
    demand: (d) => d.perMatch.accelerationCount,
    read: (s) => s.accelerationCount,
    threshold: () => null,
  },
  {
    dimension: 'decelerations',
    unit: 'count',
    demand: (d) => d.perMatch.decelerationCount,
    read: (s) => s.decelerationCount,
    threshold: () => null,
  },
  {
    dimension: 'minutes',
    unit: 'min',
    demand: (d) => d.perMatch.minutes,
    read: (s) => (s.type === 'gym' ? null : s.minutes),
    threshold: () => null,
  },
  {
    dimension: 'totalDistance',
    unit: 'm',
    demand: (d) => d.perMatch.totalDistanceMetres,
    read: (s) => s.running?.totalDistanceMetres ?? null,
    threshold: () => null,
  },
]

function emptyGap(dimension: DemandDimension, kind: GapKind, unit: string): DimensionGap {
  return {
    dimension,
    label: demandDimensionLabels[dimension],
    kind,
    status: 'not set',
    message: '',
    unit,
    demandPerMatch: null,
    demandPerWeek: null,
    bestSingle: 0,
    bestSingleDate: null,
    windowTotal: 0,
    coverageSingle: null,
    coverageWeek: null,
    requiredLevel: null,
    levelGap: null,
    highestSinceInjury: null,
    effortsAt90: null,
    effortsAt95: null,
    countCoverage: null,
    countStatus: null,
    sessionsWithData: 0,
    feared: false,
    untested: false,
    source: '',
    comparabilityWarning: null,
    questionableData: false,
  }
}

function ratio(value: number, demand: number | null): number | null {
  return demand === null || demand <= 0 ? null : value / demand
}

/** Gap analysis of the window ending on `cutoffN`, over a prepared case. */
export function gapAnalysisAt(p: PreparedCase, cutoffN: number): GapAnalysis {
  const settings = p.settings
  const windowDays = settings.gap.windowDays.value
  const fromN = Math.max(cutoffN - windowDays + 1, p.evidenceFromN)
  const first = lowerBound(p.sessionDayN, fromN)
  const last = upperBound(p.sessionDayN, cutoffN)
  const sinceInjury = lowerBound(p.sessionDayN, p.evidenceFromN)
  const demand = p.source.demand
  const matchesPerWeek = demand?.matchesPerWeek.value ?? null
  const weekDims = new Set(settings.options.weekCoverageDimensions)
  let questionable = false
  for (let i = first; i < last; i += 1) {
    if ((p.sessions[i] as CaseSession).dataQuality === 'questionable') questionable = true
  }

  const finish = (gap: DimensionGap): DimensionGap => {
    const flag = demand?.flags[gap.dimension] ?? noFlag
    gap.feared = flag.feared
    gap.untested = flag.untested
    gap.questionableData = questionable
    return gap
  }

  const dimensions: DimensionGap[] = []

  // Max velocity: best % of pre-injury max velocity, and efforts at ≥90 / ≥95 %.
  {
    const gap = emptyGap('maxVelocity', 'velocity', '% of max velocity')
    let best = 0
    let bestDate: string | null = null
    let at90 = 0
    let at95 = 0
    for (let i = first; i < last; i += 1) {
      const s = p.sessions[i] as CaseSession
      const percent = sessionPercentVmax(p, s)
      if (percent === null) continue
      gap.sessionsWithData += 1
      if (percent > best) {
        best = percent
        bestDate = s.date
      }
      const efforts = sessionSpeedEfforts(s, percent)
      at90 += efforts.at90
      at95 += efforts.at95
    }
    gap.bestSingle = best
    gap.bestSingleDate = bestDate
    gap.effortsAt90 = at90
    gap.effortsAt95 = at95
    const required = demand?.vmaxPercentRequired.value ?? 100
    gap.demandPerMatch = required
    gap.source = demand?.vmaxPercentRequired.source ?? 'Default: 100 % of own max velocity'
    if (required <= 0) {
      gap.status = 'not required'
      gap.message = 'This sport does not ask for near-maximal speed'
    } else if (p.vmaxBaselineMps === null) {
      gap.status = 'not set'
      gap.message = 'Enter the pre-injury max velocity to compare speed exposure'
    } else {
      gap.coverageSingle = best / required
      gap.status = band(gap.coverageSingle, settings.gap.maxVelocityGreenFrom.value, settings)
      gap.message =
        bestDate === null
          ? `No measured top speed in the last ${windowDays} days`
          : `Best ${Math.round(best)} % of max velocity; ${at95} effort(s) at ≥95 % this week`
    }
    dimensions.push(finish(gap))
  }

  // Continuous volumes and counts.
  for (const spec of continuousSpecs) {
    const gap = emptyGap(spec.dimension, 'continuous', spec.unit)
    let best = 0
    let bestDate: string | null = null
    let total = 0
    for (let i = first; i < last; i += 1) {
      const s = p.sessions[i] as CaseSession
      const value = spec.read(s, settings)
      if (value === null) continue
      gap.sessionsWithData += 1
      total += value
      if (value > best) {
        best = value
        bestDate = s.date
      }
    }
    gap.bestSingle = best
    gap.bestSingleDate = bestDate
    gap.windowTotal = total
    if (demand === null) {
      gap.message = 'No sport demands entered yet'
      dimensions.push(finish(gap))
      continue
    }
    const value = spec.demand(demand)
    gap.source = value.source
    const perMatch = demandPerMatch(value, demand.perMatch.minutes)
    gap.demandPerMatch = perMatch
    gap.demandPerWeek =
      perMatch !== null && matchesPerWeek !== null && matchesPerWeek > 0
        ? perMatch * matchesPerWeek
        : null
    const athleteThreshold = spec.threshold(demand)
    if (
      value.thresholdKmh !== null &&
      athleteThreshold !== null &&
      value.thresholdKmh !== athleteThreshold
    ) {
      gap.comparabilityWarning = `The demand was measured above ${value.thresholdKmh} km/h but the athlete's data uses ${athleteThreshold} km/h: the numbers are not comparable`
    }
    if (perMatch === null) {
      gap.status = 'not set'
      gap.message = value.note ?? 'Enter this demand from club data'
    } else if (perMatch <= 0) {
      gap.status = 'not required'
      gap.message = 'Not asked for by this sport or position'
    } else {
      gap.coverageSingle = ratio(best, perMatch)
      gap.coverageWeek = ratio(total, gap.demandPerWeek)
      const single = gap.coverageSingle as number
      const governing =
        weekDims.has(spec.dimension) && gap.coverageWeek !== null
          ? Math.min(single, gap.coverageWeek)
          : single
      gap.status = band(governing, settings.gap.greenFrom.value, settings)
      gap.message = `Best session ${Math.round(best)} of ${Math.round(perMatch)} ${spec.unit} in a match`
    }
    dimensions.push(finish(gap))
  }

  // Ladders: cutting, contact, chaos, long-lever.
  const ladders: {
    dimension: DemandDimension
    level: (s: CaseSession) => number
    required: (d: SportDemandFacts) => { level: number; source: string }
    count?: { read: (s: CaseSession) => number; demand: (d: SportDemandFacts) => DemandValue }
  }[] = [
    {
      dimension: 'cutting',
      level: (s) => sessionCuttingLevel(s, settings),
      required: (d) => d.ordinal.cutting,
      count: { read: (s) => sessionCutCount(s), demand: (d) => d.perMatch.codCount },
    },
    {
      dimension: 'contact',
      level: (s) => sessionContactLevel(s),
      required: (d) => d.ordinal.contact,
      count: {
        read: (s) => sessionContactCount(s, settings),
        demand: (d) => d.perMatch.contactCount,
      },
    },
    { dimension: 'chaos', level: (s) => s.chaosLevel ?? 0, required: (d) => d.ordinal.chaos },
    {
      dimension: 'longLever',
      level: (s) => s.longLeverLevel,
      required: (d) => d.ordinal.longLever,
    },
  ]
  for (const ladder of ladders) {
    const gap = emptyGap(ladder.dimension, 'ordinal', 'level')
    let reached = 0
    let reachedDate: string | null = null
    let bestCount = 0
    let totalCount = 0
    let ever = 0
    for (let i = sinceInjury; i < last; i += 1) {
      const s = p.sessions[i] as CaseSession
      const level = ladder.level(s)
      if (level > ever) ever = level
      if (i < first) continue
      gap.sessionsWithData += 1
      if (level > reached) {
        reached = level
        reachedDate = s.date
      }
      if (ladder.count !== undefined) {
        const n = ladder.count.read(s)
        totalCount += n
        if (n > bestCount) bestCount = n
      }
    }
    gap.bestSingle = reached
    gap.bestSingleDate = reachedDate
    gap.highestSinceInjury = ever
    gap.windowTotal = totalCount
    if (demand === null) {
      gap.message = 'No sport demands entered yet'
      dimensions.push(finish(gap))
      continue
    }
    const required = ladder.required(demand)
    gap.source = required.source
    gap.requiredLevel = required.level
    gap.levelGap = Math.max(0, required.level - reached)
    if (required.level === 0) {
      gap.status = 'not required'
      gap.message = 'Not asked for by this sport or position'
      dimensions.push(finish(gap))
      continue
    }
    gap.status = ordinalBand(gap.levelGap, settings)
    gap.message =
      gap.levelGap === 0
        ? `Reached level ${reached} of ${required.level} this week`
        : `Reached level ${reached} of ${required.level} this week: ${gap.levelGap} step(s) to go`
    if (ladder.count !== undefined) {
      const countDemand = ladder.count.demand(demand)
      const perMatch = demandPerMatch(countDemand, demand.perMatch.minutes)
      if (perMatch !== null && perMatch > 0) {
        gap.demandPerMatch = perMatch
        gap.demandPerWeek =
          matchesPerWeek !== null && matchesPerWeek > 0 ? perMatch * matchesPerWeek : null
        gap.countCoverage = bestCount / perMatch
        gap.coverageSingle = gap.countCoverage
        gap.coverageWeek = ratio(totalCount, gap.demandPerWeek)
        gap.countStatus = band(gap.countCoverage, settings.gap.greenFrom.value, settings)
        gap.status = worse(gap.status, gap.countStatus)
        gap.message += `; best session ${bestCount} of ${Math.round(perMatch)} in a match`
      } else if (perMatch === null) {
        gap.countStatus = 'not set'
      }
    }
    dimensions.push(finish(gap))
  }

  const shortfalls = dimensions
    .filter((d) => d.status === 'red' || d.status === 'amber')
    .sort(
      (a, b) =>
        statusRank[b.status] - statusRank[a.status] ||
        (a.coverageSingle ?? 0) - (b.coverageSingle ?? 0),
    )
    .map((d) => d.dimension)
  return {
    windowFrom: dayFromOrdinal(cutoffN - windowDays + 1),
    windowTo: dayFromOrdinal(cutoffN),
    hasDemand: demand !== null,
    matchesPerWeek,
    dimensions,
    shortfalls,
    notSet: dimensions.filter((d) => d.status === 'not set').map((d) => d.dimension),
  }
}

/**
 * Gap analysis for `athleteCase.today`: per dimension, the best single session of the last
 * 7 days (editable) against one match and the 7-day total against a match week. Distances in
 * metres, counts as counts, minutes in minutes, velocity as % of pre-injury max velocity.
 */
export function gapAnalysis(athleteCase: AthleteCase, settings: Settings): GapAnalysis {
  const p = prepareCase(athleteCase, settings)
  return gapAnalysisAt(p, p.todayN)
}
