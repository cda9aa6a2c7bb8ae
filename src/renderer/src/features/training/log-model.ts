import { loadingDayOf } from '@shared/domain/case'
import type { ResponseLightResult } from '@shared/domain/response-light'
import type { Settings } from '@shared/domain/settings'
import { weeklySummary, type WeeklySummary } from '@shared/domain/weekly'
import type { StoredAthleteCaseData } from '@shared/schemas/athlete-case'
import type { ExposureSession } from '@shared/schemas/exposure-session'
import type { ResponseCheck } from '@shared/schemas/response-check'
import { lightsById } from './engine'
import { mondayOf } from './format'

/** One loading day of the log: its sessions and the morning checks that answer it. */
export interface LogDay {
  day: string
  sessions: ExposureSession[]
  mornings: { check: ResponseCheck; light: ResponseLightResult | null }[]
}

export interface LogWeek {
  monday: string
  summary: WeeklySummary
  /** Newest first. */
  days: LogDay[]
}

/**
 * The session log of the open episode, newest week first. Sessions from the injury day on;
 * a morning sits with the loading day it answers, so a rest day with a check still shows.
 */
export function buildLog(athleteCase: StoredAthleteCaseData, settings: Settings): LogWeek[] {
  const from = athleteCase.injury.injuryDate
  const lights = lightsById(athleteCase, settings)
  const days = new Map<string, LogDay>()
  const dayOf = (day: string): LogDay => {
    let entry = days.get(day)
    if (entry === undefined) {
      entry = { day, sessions: [], mornings: [] }
      days.set(day, entry)
    }
    return entry
  }
  for (const session of athleteCase.sessions) {
    if (session.date >= from) dayOf(session.date).sessions.push(session)
  }
  for (const check of athleteCase.responseChecks) {
    dayOf(loadingDayOf(check)).mornings.push({ check, light: lights.get(check.id) ?? null })
  }
  const weeks = new Map<string, LogDay[]>()
  for (const day of [...days.values()].sort((a, b) => (a.day < b.day ? 1 : -1))) {
    const monday = mondayOf(day.day)
    const list = weeks.get(monday)
    if (list === undefined) weeks.set(monday, [day])
    else list.push(day)
  }
  return [...weeks.entries()].map(([monday, weekDays]) => ({
    monday,
    summary: weeklySummary(athleteCase, monday, settings),
    days: weekDays,
  }))
}
