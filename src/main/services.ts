import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Clock } from './clock'
import { AppData } from './data-safety/app-data'
import type { Db } from './db/connection'
import type { Migration } from './db/migrations/types'
import { createDispatcher, type Dispatch } from './ipc/dispatch'
import type { Dialogs, HandlerDeps } from './ipc/deps'
import { handlers } from './ipc/handlers'
import { guardForRecovery } from './ipc/handlers/data-recovery'
import { PendingImports } from './import/pending'

export const DATABASE_FILE_NAME = 'rts-bridge.sqlite'

export interface AppServices {
  /** The open database; throws while the app is in recovery mode. */
  readonly db: Db
  /** The data file's lifecycle: recovery state, backups and their schedule, restore. */
  data: AppData
  /**
   * Settles when the start-up health check has finished (it may run in a worker after
   * `startServices` returns; reads answer meanwhile, writes wait for it). Never rejects: then
   * `data.mode` says whether the file passed. Tests that write straight through the
   * repositories after reopening a file await this first.
   */
  readonly healthChecked: Promise<void>
  deps: HandlerDeps
  dispatch: Dispatch
  close(): void
}

export interface StartOptions {
  databasePath: string
  clock: Clock
  dialogs: Dialogs
  appVersion: string
  trustedOrigins: readonly string[]
  checkOutputs?: boolean
  onUnexpectedError?: (channel: string, kind: string) => void
  /** Schema steps to apply instead of the app's own (tests inject a failing step). */
  migrations?: readonly Migration[]
}

/**
 * Opens the database (pragmas, health check, a verified backup before migrating, migrations)
 * and wires the repositories and handlers behind one dispatcher. When the file cannot be opened
 * the app starts in recovery mode instead: only the recovery screen's channels answer, and no
 * new database is created. Electron's main and the end-to-end harness both start the app
 * through here, so tests exercise the same path users do. For an existing file at the current
 * schema the health check runs in a worker after this returns: see `healthChecked`.
 */
export function startServices(options: StartOptions): AppServices {
  mkdirSync(dirname(options.databasePath), { recursive: true })
  const data = new AppData({
    databasePath: options.databasePath,
    clock: options.clock,
    ...(options.migrations ? { migrations: options.migrations } : {}),
  })
  const deps: HandlerDeps = {
    // Getters, so that after a restore every handler sees the restored file.
    get db() {
      return data.db
    },
    get repos() {
      return data.repos
    },
    clock: options.clock,
    dialogs: options.dialogs,
    appVersion: options.appVersion,
    databasePath: options.databasePath,
    data,
    imports: new PendingImports(options.clock),
  }
  const dispatch = createDispatcher({
    handlers: guardForRecovery(handlers),
    deps,
    trustedOrigins: options.trustedOrigins,
    ...(options.checkOutputs ? { checkOutputs: true } : {}),
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  })
  return {
    get db() {
      return data.db
    },
    data,
    get healthChecked() {
      return data.healthChecked
    },
    deps,
    dispatch,
    close: () => data.close(),
  }
}
