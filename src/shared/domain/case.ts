import { addDays, dayOrdinal } from '../dates'
import type { AthleteProfile } from '../schemas/athlete-profile'
import type { AssessmentFacts, AssessmentType } from '../schemas/assessment'
import type { ExposureSessionFacts } from '../schemas/exposure-session'
import type { InjuryFacts } from '../schemas/injury'
import type {
  CriterionObservationFacts,
  CriterionOverrideFacts,
  PhaseRecordFacts,
} from '../schemas/phase-record'
import type { ResponseCheckFacts } from '../schemas/response-check'
import type { SportDemandFacts } from '../schemas/sport-demand'
import { responseLight, type ResponseLightResult } from './response-light'
import type { Settings } from './settings'

/**
 * Rows may carry their database id (passed through as evidence) and creation instant (orders
 * two rows of the same day, e.g. a second morning check; without it, input order decides).
 */
type WithId<T> = T & { id?: string; createdAt?: string }

export type CaseSession = WithId<ExposureSessionFacts>
export type CaseResponseCheck = WithId<ResponseCheckFacts>
export type CaseAssessment = WithId<AssessmentFacts>
export type CasePhaseRecord = WithId<Omit<PhaseRecordFacts, 'injuryId'>> & { createdAt?: string }
export type CaseOverride = WithId<Omit<CriterionOverrideFacts, 'injuryId'>>
export type CaseObservation = WithId<Omit<CriterionObservationFacts, 'injuryId'>>
export type CaseProfile = Pick<
  AthleteProfile,
  'sex' | 'sport' | 'level' | 'massKg' | 'baselines' | 'history' | 'flags'
>

/**
 * Everything the engine knows about one athlete and their current injury episode. `today` is
 * an input (local `YYYY-MM-DD`): the engine never reads the clock, so the same case always
 * gives the same answer. Arrays may come in any order; they are sorted once.
 */
export interface AthleteCase {
  today: string
  dateOfBirth: string | null
  profile: CaseProfile | null
  injury: InjuryFacts
  demand: SportDemandFacts | null
  sessions: readonly CaseSession[]
  responseChecks: readonly CaseResponseCheck[]
  assessments: readonly CaseAssessment[]
  phaseRecords: readonly CasePhaseRecord[]
  overrides: readonly CaseOverride[]
  observations: readonly CaseObservation[]
}

/** The case after one sort and one pass: day numbers, per-session responses, indexes. */
export interface PreparedCase {
  source: AthleteCase
  settings: Settings
  todayN: number
  /** First day whose data counts as rehab evidence (the day after injury, or after surgery). */
  evidenceFromN: number
  /** Sessions up to today, by date. */
  sessions: CaseSession[]
  sessionDayN: number[]
  checks: CaseResponseCheck[]
  checkDayN: number[]
  /** The light of each check, parallel to `checks`. */
  checkLights: ResponseLightResult[]
  /** Loading day (ordinal) → indexes of the checks that respond to it, in date order. */
  responseIndexByLoadingDay: Map<number, number[]>
  assessments: CaseAssessment[]
  assessmentDayN: number[]
  /** Indexes into `assessments` per test type, in date order. */
  assessmentsByType: Map<AssessmentType, number[]>
  /** Pre-injury max velocity in m/s, or null. */
  vmaxBaselineMps: number | null
}

type Dated = { date: string; createdAt?: string }

function compareRows(a: Dated, b: Dated): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (a.createdAt === undefined || b.createdAt === undefined || a.createdAt === b.createdAt)
    return 0
  return a.createdAt < b.createdAt ? -1 : 1
}

/** Rows up to today in date order (then creation order); sorts only when the input is not. */
function byDate<T extends Dated>(rows: readonly T[], todayText: string): T[] {
  let sorted = true
  for (let i = 1; i < rows.length; i += 1) {
    if (compareRows(rows[i - 1] as T, rows[i] as T) > 0) {
      sorted = false
      break
    }
  }
  const kept = rows.filter((row) => row.date <= todayText)
  if (!sorted) kept.sort(compareRows)
  return kept
}

/** Index of the first element of sorted `days` greater than `day` (binary search). */
export function upperBound(days: readonly number[], day: number): number {
  let lo = 0
  let hi = days.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((days[mid] as number) <= day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first element of sorted `days` at or after `day`. */
export function lowerBound(days: readonly number[], day: number): number {
  let lo = 0
  let hi = days.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((days[mid] as number) < day) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The loading day a check responds to: its `respondsTo`, else the day before the check. */
export function loadingDayOf(check: Pick<ResponseCheckFacts, 'date' | 'respondsTo'>): string {
  return check.respondsTo ?? addDays(check.date, -1)
}

/**
 * Sorts and indexes a case once, and computes every morning's traffic light in one pass.
 * Cost: O(n log n) in the number of rows, then O(1)–O(log n) per lookup.
 */
export function prepareCase(athleteCase: AthleteCase, settings: Settings): PreparedCase {
  const todayN = dayOrdinal(athleteCase.today)
  const injury = athleteCase.injury
  const anchor =
    injury.management === 'surgical' && injury.surgeryDate !== null
      ? injury.surgeryDate
      : injury.injuryDate
  const evidenceFromN = dayOrdinal(anchor) + 1

  const sessions = byDate(athleteCase.sessions, athleteCase.today)
  const sessionDayN = sessions.map((s) => dayOrdinal(s.date))
  const checks = byDate(athleteCase.responseChecks, athleteCase.today)
  const checkDayN = checks.map((c) => dayOrdinal(c.date))
  const assessments = byDate(athleteCase.assessments, athleteCase.today)
  const assessmentDayN = assessments.map((a) => dayOrdinal(a.date))

  const assessmentsByType = new Map<AssessmentType, number[]>()
  assessments.forEach((assessment, index) => {
    const list = assessmentsByType.get(assessment.type)
    if (list === undefined) assessmentsByType.set(assessment.type, [index])
    else list.push(index)
  })

  // Prefix sums of pain during sessions give any window's mean pain in O(1) (G2 trend).
  const painSum = new Float64Array(sessions.length + 1)
  const painCount = new Int32Array(sessions.length + 1)
  sessions.forEach((s, i) => {
    painSum[i + 1] = (painSum[i] as number) + (s.painDuring ?? 0)
    painCount[i + 1] = (painCount[i] as number) + (s.painDuring === null ? 0 : 1)
  })
  const meanPain = (fromN: number, toN: number): number | null => {
    const a = lowerBound(sessionDayN, fromN)
    const b = upperBound(sessionDayN, toN)
    const n = (painCount[b] as number) - (painCount[a] as number)
    return n === 0 ? null : ((painSum[b] as number) - (painSum[a] as number)) / n
  }

  const checkLights: ResponseLightResult[] = []
  const responseIndexByLoadingDay = new Map<number, number[]>()
  checks.forEach((check, index) => {
    const loadingDay = loadingDayOf(check)
    const loadingN = dayOrdinal(loadingDay)
    const first = lowerBound(sessionDayN, loadingN)
    const last = upperBound(sessionDayN, loadingN)
    let painDuring: number | null = null
    const signs = new Set<string>()
    for (let i = first; i < last; i += 1) {
      const s = sessions[i] as CaseSession
      if (s.painDuring !== null) painDuring = Math.max(painDuring ?? 0, s.painDuring)
      for (const sign of s.warningSigns) signs.add(sign)
    }
    checkLights.push(
      responseLight(
        {
          check,
          previous: index > 0 ? (checks[index - 1] as CaseResponseCheck) : null,
          painDuring,
          warningSigns: [...signs] as CaseSession['warningSigns'],
          painDuringThisWeek: meanPain(loadingN - 6, loadingN),
          painDuringLastWeek: meanPain(loadingN - 13, loadingN - 7),
        },
        settings,
      ),
    )
    const responding = responseIndexByLoadingDay.get(loadingN)
    if (responding === undefined) responseIndexByLoadingDay.set(loadingN, [index])
    else responding.push(index)
  })

  return {
    source: athleteCase,
    settings,
    todayN,
    evidenceFromN,
    sessions,
    sessionDayN,
    checks,
    checkDayN,
    checkLights,
    responseIndexByLoadingDay,
    assessments,
    assessmentDayN,
    assessmentsByType,
    vmaxBaselineMps: athleteCase.profile?.baselines.vmaxMps?.value ?? null,
  }
}

/**
 * The next-morning light for the loading day `dayN`, provided the check was logged on or
 * before `cutoffN`; null when no check responds to that day.
 */
export function responseToDay(
  p: PreparedCase,
  dayN: number,
  cutoffN: number,
): ResponseLightResult | null {
  const indexes = p.responseIndexByLoadingDay.get(dayN)
  if (indexes === undefined) return null
  for (let k = indexes.length - 1; k >= 0; k -= 1) {
    const index = indexes[k] as number
    if ((p.checkDayN[index] as number) <= cutoffN)
      return p.checkLights[index] as ResponseLightResult
  }
  return null
}

/** Peak velocity of a session as % of pre-injury max velocity; null without both numbers. */
export function sessionPercentVmax(p: PreparedCase, session: CaseSession): number | null {
  const peak = session.running?.peakVelocityMps ?? null
  if (peak === null || p.vmaxBaselineMps === null) return null
  return (peak / p.vmaxBaselineMps) * 100
}

/**
 * Efforts at ≥90 % and ≥95 % of pre-injury max velocity in one session: the counts logged, and
 * at least one when the session's own peak (`percent`, from `sessionPercentVmax`) reached the
 * band (the peak was an effort). An effort at ≥95 % is one at ≥90 % too.
 */
export function sessionSpeedEfforts(
  session: CaseSession,
  percent: number | null,
): { at90: number; at95: number } {
  const at95 = Math.max(
    session.running?.effortsAt95PercentVmax ?? 0,
    percent !== null && percent >= 95 ? 1 : 0,
  )
  const at90 = Math.max(
    session.running?.effortsAt90PercentVmax ?? 0,
    at95,
    percent !== null && percent >= 90 ? 1 : 0,
  )
  return { at90, at95 }
}
