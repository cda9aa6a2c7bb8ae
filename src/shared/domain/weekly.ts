import { addDays, dayOrdinal } from '../dates'
import type { TrafficLight } from '../schemas/scales'
import {
  lowerBound,
  prepareCase,
  sessionPercentVmax,
  sessionSpeedEfforts,
  upperBound,
  type AthleteCase,
  type CaseSession,
} from './case'
import { sessionContactLevel, sessionCuttingLevel, sessionLoadAu } from './exposure'
import type { Settings } from './settings'

/**
 * What a week looked like, for the weekly check-in ([S0]): loads from the log, how the
 * mornings responded, and the highest exposures reached.
 */
export interface WeeklySummary {
  /** First and last day of the week, `YYYY-MM-DD`. */
  weekStart: string
  weekEnd: string
  sessions: number
  minutes: number
  /** Metres. */
  hsrMetres: number
  sprintMetres: number
  totalDistanceMetres: number
  /** RPE × minutes, AU. */
  loadAu: number
  /** Highest peak velocity as % of pre-injury max velocity; null when unknown. */
  bestPercentVmax: number | null
  /** Highest peak velocity logged, m/s; null when none was. */
  peakVelocityMps: number | null
  /** Efforts at ≥90 % and ≥95 % of pre-injury max velocity over the week. */
  effortsAt90: number
  effortsAt95: number
  highestCuttingLevel: number
  highestContactLevel: number
  highestChaosLevel: number
  lights: Record<TrafficLight, number>
  /** The worst morning of the week, or null when no check was logged. */
  worstLight: TrafficLight | null
}

/** Summary of the seven days starting `weekStart` (`YYYY-MM-DD`). */
export function weeklySummary(
  athleteCase: AthleteCase,
  weekStart: string,
  settings: Settings,
): WeeklySummary {
  const p = prepareCase(athleteCase, settings)
  const fromN = dayOrdinal(weekStart)
  const toN = fromN + 6
  const summary: WeeklySummary = {
    weekStart,
    weekEnd: addDays(weekStart, 6),
    sessions: 0,
    minutes: 0,
    hsrMetres: 0,
    sprintMetres: 0,
    totalDistanceMetres: 0,
    loadAu: 0,
    bestPercentVmax: null,
    peakVelocityMps: null,
    effortsAt90: 0,
    effortsAt95: 0,
    highestCuttingLevel: 0,
    highestContactLevel: 0,
    highestChaosLevel: 0,
    lights: { green: 0, amber: 0, red: 0 },
    worstLight: null,
  }
  for (let i = lowerBound(p.sessionDayN, fromN); i < upperBound(p.sessionDayN, toN); i += 1) {
    const s = p.sessions[i] as CaseSession
    summary.sessions += 1
    summary.minutes += s.minutes
    summary.hsrMetres += s.running?.hsrMetres ?? 0
    summary.sprintMetres += s.running?.sprintMetres ?? 0
    summary.totalDistanceMetres += s.running?.totalDistanceMetres ?? 0
    summary.loadAu += sessionLoadAu(s) ?? 0
    const percent = sessionPercentVmax(p, s)
    if (percent !== null) summary.bestPercentVmax = Math.max(summary.bestPercentVmax ?? 0, percent)
    const peak = s.running?.peakVelocityMps ?? null
    if (peak !== null) summary.peakVelocityMps = Math.max(summary.peakVelocityMps ?? 0, peak)
    const efforts = sessionSpeedEfforts(s, percent)
    summary.effortsAt90 += efforts.at90
    summary.effortsAt95 += efforts.at95
    summary.highestCuttingLevel = Math.max(
      summary.highestCuttingLevel,
      sessionCuttingLevel(s, settings),
    )
    summary.highestContactLevel = Math.max(summary.highestContactLevel, sessionContactLevel(s))
    summary.highestChaosLevel = Math.max(summary.highestChaosLevel, s.chaosLevel ?? 0)
  }
  for (let i = lowerBound(p.checkDayN, fromN); i < upperBound(p.checkDayN, toN); i += 1) {
    const light = p.checkLights[i]?.light
    if (light === undefined) continue
    summary.lights[light] += 1
  }
  summary.worstLight =
    summary.lights.red > 0
      ? 'red'
      : summary.lights.amber > 0
        ? 'amber'
        : summary.lights.green > 0
          ? 'green'
          : null
  return summary
}
