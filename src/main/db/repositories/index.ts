import type { Clock } from '../../clock'
import type { Db } from '../connection'
import { createAthleteRepository } from './athletes'
import { createSquadRepository } from './squads'

/** All SQL of the app lives in these repositories. */
export function createRepositories(db: Db, clock: Clock) {
  return {
    squads: createSquadRepository(db, clock),
    athletes: createAthleteRepository(db, clock),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
