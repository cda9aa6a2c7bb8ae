import type { Athlete } from '@shared/schemas/athlete'
import type { Repositories } from '../db/repositories'
import type { AthleteStory } from './story'

/**
 * Writes one generated story through the real repositories, so every row is audited and checked
 * the way a coach's own entries are. Call it inside a transaction: the repositories nest theirs
 * as savepoints, and a failure anywhere leaves nothing behind. Dated records go in one batch per
 * table (one audit row each), which keeps a large benchmark seed fast.
 */
export function writeAthleteStory(
  repos: Repositories,
  squadId: string,
  story: AthleteStory,
  source: string,
): Athlete {
  const athlete = repos.athletes.create(squadId, story.athlete)
  const id = athlete.id
  const summary = { source }
  repos.profiles.save(id, story.profile)
  repos.demands.save(id, story.demand)
  if (story.sessions.length > 0) repos.sessions.createMany(id, story.sessions, summary)
  if (story.assessments.length > 0) repos.assessments.createMany(id, story.assessments, summary)
  if (story.injury !== null) {
    const injuryId = repos.injuries.create(id, story.injury).id
    const scoped = <T extends object>(rows: readonly T[]) =>
      rows.map((row) => ({ ...row, injuryId }))
    if (story.responseChecks.length > 0) {
      repos.responseChecks.createMany(id, story.responseChecks, summary)
    }
    if (story.observations.length > 0) {
      repos.observations.createMany(id, scoped(story.observations), summary)
    }
    if (story.overrides.length > 0) repos.overrides.createMany(id, scoped(story.overrides), summary)
    if (story.phaseRecords.length > 0) {
      repos.phaseRecords.createMany(id, scoped(story.phaseRecords), summary)
    }
    if (story.checkIns.length > 0) repos.checkIns.createMany(id, scoped(story.checkIns), summary)
  }
  return story.availability === athlete.availability
    ? athlete
    : repos.athletes.setAvailability(id, story.availability)
}
