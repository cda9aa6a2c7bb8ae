import type { Clock } from '../../clock'
import type { Db } from '../connection'
import { createAthleteRepository } from './athletes'
import { createAuditLog } from './audit'
import { createSettingsRepository } from './settings'
import { createSquadRepository } from './squads'

/** All SQL of the app lives in these repositories. */
export function createRepositories(db: Db, clock: Clock) {
  const audit = createAuditLog(db, clock)
  const settings = createSettingsRepository(db, clock, audit)
  return {
    audit,
    settings,
    squads: createSquadRepository(db, clock),
    athletes: createAthleteRepository(db, clock, audit, settings.actor),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
