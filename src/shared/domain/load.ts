import { dayFromOrdinal } from '../dates'
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
import { sessionLoadAu } from './exposure'
import { loadDimensions, type LoadDimension } from './load-dimensions'
import type { Settings } from './settings'

/**
 * Load summaries (G5, G6): acute (7-day) and chronic (28-day, as a weekly mean) totals per
 * dimension, the spike prompt, weekly totals and EWMA values. All descriptive: nothing here
 * decides a phase or a step. Chronic includes the acute week, as domain.md G5 words it.
 */

export { loadDimensions, type LoadDimension }

export const loadDimensionUnits: Record<LoadDimension, string> = {
  hsr: 'm',
  sprintDistance: 'm',
  sprintCount: 'sprints',
  accelerations: 'accelerations',
  decelerations: 'decelerations',
  totalDistance: 'm',
  minutes: 'min',
  loadAu: 'AU (RPE × min)',
  effortsAt95: 'efforts at ≥95 % max velocity',
}

export const loadDimensionLabels: Record<LoadDimension, string> = {
  hsr: 'High-speed running',
  sprintDistance: 'Sprint distance',
  sprintCount: 'Sprints',
  accelerations: 'Accelerations',
  decelerations: 'Decelerations',
  totalDistance: 'Total distance',
  minutes: 'Minutes',
  loadAu: 'Session load',
  effortsAt95: 'Max-velocity efforts',
}

function read(p: PreparedCase, s: CaseSession, dimension: LoadDimension): number {
  switch (dimension) {
    case 'hsr':
      return s.running?.hsrMetres ?? 0
    case 'sprintDistance':
      return s.running?.sprintMetres ?? 0
    case 'sprintCount':
      return s.running?.sprintCount ?? 0
    case 'accelerations':
      return s.accelerationCount ?? 0
    case 'decelerations':
      return s.decelerationCount ?? 0
    case 'totalDistance':
      return s.running?.totalDistanceMetres ?? 0
    case 'minutes':
      return s.minutes
    case 'loadAu':
      return sessionLoadAu(s) ?? 0
    case 'effortsAt95':
      return sessionSpeedEfforts(s, sessionPercentVmax(p, s)).at95
  }
}

export interface DimensionLoad {
  dimension: LoadDimension
  label: string
  unit: string
  /** Total over the acute window (default 7 days, today included). */
  acute: number
  /** Total over the chronic window (default 28 days). */
  chronicTotal: number
  /** Chronic total ÷ number of weeks in the chronic window: the athlete's usual week. */
  chronicWeeklyMean: number
  /** Acute ÷ chronic weekly mean; null when the usual week is zero. Descriptive only. */
  acuteToChronic: number | null
  /**
   * G5: the 7-day total is well above the usual week (ratio above the spike setting). Needs a
   * logged session before the acute window, otherwise there is no usual week to compare with.
   */
  spike: boolean
  /** Totals of the last four 7-day blocks, oldest first; the last block ends today. */
  weeklyTotals: { weekFrom: string; weekTo: string; total: number }[]
  /** Exponentially weighted moving averages of daily load (Williams 2017), display only. */
  ewmaAcute: number
  ewmaChronic: number
  /** EWMA acute ÷ EWMA chronic, display only (G6: disputed, never a trigger). */
  ewmaRatio: number | null
}

export interface LoadSummary {
  today: string
  acuteFrom: string
  chronicFrom: string
  dimensions: DimensionLoad[]
  /** Dimensions whose spike prompt is on. */
  spikes: LoadDimension[]
}

/** Load summary over a prepared case, for the day `cutoffN`. */
export function loadSummaryAt(p: PreparedCase, cutoffN: number): LoadSummary {
  const settings = p.settings
  const acuteDays = settings.load.acuteDays.value
  const chronicDays = settings.load.chronicDays.value
  const weeks = chronicDays / 7
  const spikeDims = new Set<string>(settings.options.spikeDimensions)
  const end = upperBound(p.sessionDayN, cutoffN)
  const acuteStart = lowerBound(p.sessionDayN, cutoffN - acuteDays + 1)
  const chronicStart = lowerBound(p.sessionDayN, cutoffN - chronicDays + 1)
  const hasUsualWeek = acuteStart > chronicStart
  const historyDays = settings.load.ewmaHistoryDays.value
  const firstDay = p.sessionDayN.length > 0 ? (p.sessionDayN[0] as number) : cutoffN
  const ewmaFrom = Math.max(firstDay, cutoffN - historyDays + 1)
  const ewmaStart = lowerBound(p.sessionDayN, ewmaFrom)
  const lambdaA = 2 / (settings.load.ewmaAcuteDays.value + 1)
  const lambdaC = 2 / (settings.load.ewmaChronicDays.value + 1)

  const dimensions: DimensionLoad[] = []
  for (const dimension of loadDimensions) {
    let acute = 0
    let chronicTotal = 0
    for (let i = chronicStart; i < end; i += 1) {
      const value = read(p, p.sessions[i] as CaseSession, dimension)
      chronicTotal += value
      if (i >= acuteStart) acute += value
    }
    const weeklyTotals: DimensionLoad['weeklyTotals'] = []
    for (let w = 3; w >= 0; w -= 1) {
      const toN = cutoffN - 7 * w
      const fromN = toN - 6
      let total = 0
      for (let i = lowerBound(p.sessionDayN, fromN); i < upperBound(p.sessionDayN, toN); i += 1) {
        total += read(p, p.sessions[i] as CaseSession, dimension)
      }
      weeklyTotals.push({ weekFrom: dayFromOrdinal(fromN), weekTo: dayFromOrdinal(toN), total })
    }
    // EWMA starts at zero the day before the first day of history, then one step per day.
    let ewmaAcute = 0
    let ewmaChronic = 0
    let i = ewmaStart
    for (let day = ewmaFrom; day <= cutoffN; day += 1) {
      let load = 0
      while (i < end && (p.sessionDayN[i] as number) === day) {
        load += read(p, p.sessions[i] as CaseSession, dimension)
        i += 1
      }
      ewmaAcute = lambdaA * load + (1 - lambdaA) * ewmaAcute
      ewmaChronic = lambdaC * load + (1 - lambdaC) * ewmaChronic
    }
    const chronicWeeklyMean = chronicTotal / weeks
    const acuteToChronic = chronicWeeklyMean > 0 ? acute / chronicWeeklyMean : null
    dimensions.push({
      dimension,
      label: loadDimensionLabels[dimension],
      unit: loadDimensionUnits[dimension],
      acute,
      chronicTotal,
      chronicWeeklyMean,
      acuteToChronic,
      spike:
        hasUsualWeek &&
        spikeDims.has(dimension) &&
        acuteToChronic !== null &&
        acuteToChronic > settings.load.spikeRatio.value,
      weeklyTotals,
      ewmaAcute,
      ewmaChronic,
      ewmaRatio: ewmaChronic > 0 ? ewmaAcute / ewmaChronic : null,
    })
  }
  return {
    today: dayFromOrdinal(cutoffN),
    acuteFrom: dayFromOrdinal(cutoffN - acuteDays + 1),
    chronicFrom: dayFromOrdinal(cutoffN - chronicDays + 1),
    dimensions,
    spikes: dimensions.filter((d) => d.spike).map((d) => d.dimension),
  }
}

/**
 * Acute and chronic totals per dimension (metres, counts, minutes, AU), the G5 spike prompt
 * and EWMA values for display (G6). Includes every logged session, also from before the injury,
 * because the athlete's usual week is the reference.
 */
export function loadSummary(athleteCase: AthleteCase, settings: Settings): LoadSummary {
  const p = prepareCase(athleteCase, settings)
  return loadSummaryAt(p, p.todayN)
}
