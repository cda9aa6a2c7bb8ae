import type { Clock } from '../clock'
import type { Db } from '../db/connection'
import type { Repositories } from '../db/repositories'

export interface SaveDialogOptions {
  title: string
  defaultFileName: string
  filters: { name: string; extensions: string[] }[]
}

/** File dialogs live in main: the renderer never sends a path. */
export interface Dialogs {
  /** The absolute path the user chose, or null when they cancelled. */
  chooseSavePath(options: SaveDialogOptions): Promise<string | null>
}

/** What every handler may use. Built once in main (or in a test) and passed in. */
export interface HandlerDeps {
  db: Db
  repos: Repositories
  clock: Clock
  dialogs: Dialogs
  appVersion: string
  databasePath: string
}
