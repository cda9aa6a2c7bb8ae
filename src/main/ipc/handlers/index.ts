import { appHandlers } from './app'
import { athleteRecordHandlers } from './athlete-record'
import { athleteHandlers } from './athletes'
import { boardHandlers } from './board'
import { auditHandlers } from './audit'
import { dataHandlers } from './data'
import { gpsImportHandlers } from './gps-import'
import { demoHandlers } from './demo'
import { handoverHandlers } from './handover'
import { reportHandlers } from './reports'
import { rosterImportHandlers } from './roster-import'
import { settingsHandlers } from './settings'
import { squadHandlers } from './squads'
import { trainingHandlers } from './training'
import { templateHandlers } from './templates'
import type { HandlerRegistry } from './types'

/** One handler per channel of the contract; the type makes a missing one a compile error. */
export const handlers: HandlerRegistry = {
  ...appHandlers,
  ...squadHandlers,
  ...athleteHandlers,
  ...athleteRecordHandlers,
  ...templateHandlers,
  ...boardHandlers,
  ...trainingHandlers,
  ...reportHandlers,
  ...handoverHandlers,
  ...rosterImportHandlers,
  ...gpsImportHandlers,
  ...settingsHandlers,
  ...dataHandlers,
  ...auditHandlers,
  ...demoHandlers,
}
