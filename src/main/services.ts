import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Clock } from './clock'
import { closeDatabase, openDatabase, type Db } from './db/connection'
import { migrate } from './db/migrate'
import { createRepositories } from './db/repositories'
import { createDispatcher, type Dispatch } from './ipc/dispatch'
import type { Dialogs, HandlerDeps } from './ipc/deps'
import { handlers } from './ipc/handlers'
import { PendingImports } from './import/pending'

export const DATABASE_FILE_NAME = 'rts-bridge.sqlite'

export interface AppServices {
  db: Db
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
}

/**
 * Opens the database (pragmas, health check, migrations with a backup first) and wires the
 * repositories and handlers behind one dispatcher. Electron's main and the end-to-end harness
 * both start the app through here, so tests exercise the same path users do.
 */
export function startServices(options: StartOptions): AppServices {
  mkdirSync(dirname(options.databasePath), { recursive: true })
  const db = openDatabase(options.databasePath, { create: true })
  try {
    migrate(db, undefined, (from) => {
      if (from === 0) return
      const backupDir = join(dirname(options.databasePath), 'backups')
      mkdirSync(backupDir, { recursive: true })
      const stamp = options.clock().toISOString().replace(/[:.]/g, '-')
      const target = join(backupDir, `before-migration-v${from}-${stamp}.sqlite`)
      if (!existsSync(target)) db.prepare('VACUUM INTO ?').run(target)
    })
  } catch (error) {
    db.close()
    throw error
  }
  const deps: HandlerDeps = {
    db,
    repos: createRepositories(db, options.clock),
    clock: options.clock,
    dialogs: options.dialogs,
    appVersion: options.appVersion,
    databasePath: options.databasePath,
    imports: new PendingImports(options.clock),
  }
  const dispatch = createDispatcher({
    handlers,
    deps,
    trustedOrigins: options.trustedOrigins,
    ...(options.checkOutputs ? { checkOutputs: true } : {}),
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  })
  return { db, deps, dispatch, close: () => closeDatabase(db) }
}
