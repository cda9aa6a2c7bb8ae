import type { AthleteCase } from '@shared/domain/case'
import type { AthleteStory } from '../../../src/main/demo/story'

/** The engine's view of a generated story, without going through the database. */
export function caseOf(
  story: AthleteStory,
  today: string,
  options: { withRecords?: boolean } = {},
): AthleteCase | null {
  if (story.injury === null) return null
  return {
    today,
    dateOfBirth: story.athlete.dateOfBirth,
    profile: story.profile,
    injury: story.injury,
    demand: story.demand,
    sessions: story.sessions,
    responseChecks: story.responseChecks,
    assessments: story.assessments,
    phaseRecords: options.withRecords === false ? [] : story.phaseRecords,
    overrides: story.overrides,
    observations: story.observations,
  }
}
