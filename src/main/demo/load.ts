import type { Squad } from '@shared/schemas/squad'
import { eraseAthlete } from '../data/athlete-data'
import type { Db } from '../db/connection'
import type { Repositories } from '../db/repositories'
import { AppError } from '../errors'
import { DEMO_SQUAD_NAME, demoSquadStories } from './demo-squad'
import { writeAthleteStory } from './write'

/**
 * Loading and removing the demo squad of the first-run screen. Both are one transaction: the
 * demo is there in full or not at all, and removing it erases every row of every demo athlete
 * (the same erasure a coach uses for a real athlete), then the squad itself.
 */

export interface DemoLoaded {
  squad: Squad
  athletes: number
}

export interface DemoRemoved {
  removed: boolean
  athletes: number
}

/** Writes the demo squad for `today` (`YYYY-MM-DD`). Refuses when a demo squad exists. */
export function loadDemoSquad(repos: Repositories, db: Db, today: string): DemoLoaded {
  // Generating is pure and does not touch the database: do it before taking the write lock.
  const stories = demoSquadStories(today)
  return db
    .transaction((): DemoLoaded => {
      if (repos.squads.demoIds().length > 0) {
        throw new AppError(
          'conflict',
          'The demo squad is already loaded. Remove it first if you want a fresh copy.',
        )
      }
      const squad = repos.squads.createDemo(DEMO_SQUAD_NAME)
      for (const story of stories) writeAthleteStory(repos, squad.id, story, 'demo squad')
      repos.audit.record({
        actor: repos.settings.actor(),
        action: 'demo.load',
        entityType: 'squad',
        entityId: squad.id,
        athleteId: null,
        detail: { athletes: stories.length },
      })
      return { squad: repos.squads.get(squad.id), athletes: stories.length }
    })
    .immediate()
}

/**
 * Erases every demo athlete and deletes the demo squad, all or nothing. The caller empties the
 * WAL afterwards (`AppData.emptyWal`), as after any erasure.
 */
export function removeDemoSquad(repos: Repositories, db: Db): DemoRemoved {
  const actor = repos.settings.actor()
  return db
    .transaction((): DemoRemoved => {
      let athletes = 0
      const squads = repos.squads.demoIds()
      for (const squadId of squads) {
        const members = repos.squads.memberIds(squadId)
        // Each erasure commits as a savepoint of this transaction.
        for (const athleteId of members) eraseAthlete(db, repos.audit, actor, athleteId)
        repos.squads.removeDemo(squadId)
        repos.audit.record({
          actor,
          action: 'demo.remove',
          entityType: 'squad',
          entityId: squadId,
          athleteId: null,
          detail: { athletes: members.length },
        })
        athletes += members.length
      }
      return { removed: squads.length > 0, athletes }
    })
    .immediate()
}
