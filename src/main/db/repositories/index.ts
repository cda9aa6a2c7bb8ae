import type { Clock } from '../../clock'
import type { Db } from '../connection'
import { createAthleteRepository } from './athletes'
import { createAuditLog } from './audit'
import { createClubTemplateRepository } from './club-templates'
import { createDemandRepository } from './demands'
import { createGpsMappingRepository } from './gps-mappings'
import { createInjuryRepository } from './injuries'
import { createProfileRepository } from './profiles'
import { createSettingsRepository } from './settings'
import { createSquadRepository } from './squads'
import { createStagedImportRepository } from './staged-imports'
import { createTrainingRepositories } from './training'

/** All SQL of the app lives in these repositories. */
export function createRepositories(db: Db, clock: Clock) {
  const audit = createAuditLog(db, clock)
  const settings = createSettingsRepository(db, clock, audit)
  const actor = settings.actor
  return {
    audit,
    settings,
    squads: createSquadRepository(db, clock),
    athletes: createAthleteRepository(db, clock, audit, actor),
    profiles: createProfileRepository(db, clock, audit, actor),
    injuries: createInjuryRepository(db, clock, audit, actor),
    demands: createDemandRepository(db, clock, audit, actor),
    clubTemplates: createClubTemplateRepository(db, clock, audit, actor),
    ...createTrainingRepositories(db, clock, audit, actor),
    gpsMappings: createGpsMappingRepository(db, clock, audit, actor),
    stagedImports: createStagedImportRepository(db, clock),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
