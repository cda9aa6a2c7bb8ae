import { schemaVersion } from '../../db/migrate'
import type { HandlersFor } from './types'

export const appHandlers: HandlersFor<'app:info'> = {
  'app:info': (deps) => ({
    version: deps.appVersion,
    databasePath: deps.databasePath,
    schemaVersion: schemaVersion(deps.db),
  }),
}
