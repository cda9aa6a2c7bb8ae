import type { Clock } from '../clock'
import type { AppData } from '../data-safety/app-data'
import type { Db } from '../db/connection'
import type { Repositories } from '../db/repositories'
import type { PendingImports } from '../import/pending'
import type { PendingGpsFile } from './handlers/gps-import'
import type { PendingRosterFile } from './handlers/roster-import'

export interface SaveDialogOptions {
  title: string
  defaultFileName: string
  filters: { name: string; extensions: string[] }[]
}

export interface OpenDialogOptions {
  title: string
  filters: { name: string; extensions: string[] }[]
}

/** File dialogs live in main: the renderer never sends a path. */
export interface Dialogs {
  /** The absolute path the user chose, or null when they cancelled. */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>
  /** The file the user picked to open, or null when they cancelled. */
  chooseOpenPath(options: OpenDialogOptions): Promise<string | null>
  /** A folder the user picked, or null when they cancelled. */
  chooseFolder(options: { title: string }): Promise<string | null>
  /** Shows a file or folder in the system's file manager (absent where there is none). */
  showInFolder?(path: string): void
}

/** What every handler may use. Built once in main (or in a test) and passed in. */
export interface HandlerDeps {
  db: Db
  repos: Repositories
  clock: Clock
  dialogs: Dialogs
  appVersion: string
  databasePath: string
  /** The data file's lifecycle: recovery state, backups, restore. `db` and `repos` follow it. */
  data: AppData
  /** Files read for an import, between preview and commit. */
  imports: PendingImports<PendingImport>
}

/** Every kind of file an import can hold between preview and commit. */
export type PendingImport = PendingRosterFile | PendingGpsFile
