import { addDays } from '@shared/dates'
import type { AthleteCase } from '@shared/domain/case'
import type { StoredAthleteCaseData } from '@shared/schemas/athlete-case'
import type { Repositories } from '../db/repositories'

/**
 * How far before the injury sessions are loaded: the chronic (28-day) load and the weekly
 * trend compare rehab weeks with the athlete's own weeks before the injury.
 */
const PRE_INJURY_DAYS = 56

/** An athlete case made of stored rows (with their ids and creation times, which order same-day rows). */
export type StoredAthleteCase = StoredAthleteCaseData & AthleteCase

/**
 * Everything the engine needs about one athlete's open injury episode, read from the database;
 * null when the athlete has no open episode (nothing to evaluate).
 */
export function loadAthleteCase(
  repos: Repositories,
  athleteId: string,
  today: string,
): StoredAthleteCase | null {
  const athlete = repos.athletes.get(athleteId)
  const injury = repos.injuries.current(athleteId)
  if (!injury) return null
  const since = { from: injury.injuryDate, to: today }
  return {
    today,
    dateOfBirth: athlete.dateOfBirth,
    profile: repos.profiles.get(athleteId),
    injury,
    demand: repos.demands.get(athleteId),
    sessions: repos.sessions.listByAthlete(athleteId, {
      from: addDays(injury.injuryDate, -PRE_INJURY_DAYS),
      to: today,
    }),
    responseChecks: repos.responseChecks.listByAthlete(athleteId, since),
    assessments: repos.assessments.listByAthlete(athleteId, since),
    phaseRecords: repos.phaseRecords.listByInjury(injury.id),
    overrides: repos.overrides.listByInjury(injury.id),
    observations: repos.observations.listByInjury(injury.id),
  }
}
