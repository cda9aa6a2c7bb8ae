import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApi, type RtsApi } from '../../src/shared/ipc/api'
import type { Clock } from '../../src/main/clock'
import type { Migration } from '../../src/main/db/migrations/types'
import type { Dialogs } from '../../src/main/ipc/deps'
import type { SenderFrame } from '../../src/main/ipc/dispatch'
import { DATABASE_FILE_NAME, startServices, type AppServices } from '../../src/main/services'

export const TEST_ORIGIN = 'app://rts'
export const TRUSTED_FRAME: SenderFrame = { url: 'app://rts/index.html', isMainFrame: true }

export interface TestBackend {
  services: AppServices
  api: RtsApi
  dataDir: string
  /** Where the fake save dialog put each file, in order. */
  saved: string[]
  /** What was shown in the file manager, in order. */
  revealed: string[]
  /** Closes main and starts it again on the same folder, like quitting and reopening the app. */
  restart(): void
  close(): void
}

/**
 * The real main process (SQLite file, migrations, repositories, handlers, dispatcher) in a temp
 * folder, with the preload's API built over it. Only the file dialog is scripted: it answers
 * with a path in the temp folder, or null to act as a cancel.
 */
export function startTestBackend(
  options: {
    clock?: Clock
    savePath?: (defaultFileName: string) => string | null
    /** What the open-file dialog answers; null acts as a cancel. */
    openPath?: () => string | null
    folderPath?: () => string | null
    /** Start on this folder (left in place on close) instead of a new temporary one. */
    dataDir?: string
    /** Schema steps instead of the app's own (to inject a failing migration). */
    migrations?: readonly Migration[]
  } = {},
): TestBackend {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rts-backend-'))
  const saved: string[] = []
  const revealed: string[] = []
  const dialogs: Dialogs = {
    async chooseSavePath({ defaultFileName }) {
      const path = options.savePath
        ? options.savePath(defaultFileName)
        : join(dataDir, defaultFileName)
      if (path) saved.push(path)
      return path
    },
    async chooseOpenPath() {
      return options.openPath ? options.openPath() : null
    },
    async chooseFolder() {
      return options.folderPath ? options.folderPath() : null
    },
    showInFolder(path) {
      revealed.push(path)
    },
  }
  const start = () =>
    startServices({
      databasePath: join(dataDir, DATABASE_FILE_NAME),
      clock: options.clock ?? (() => new Date()),
      dialogs,
      appVersion: '0.0.0-test',
      trustedOrigins: [TEST_ORIGIN],
      checkOutputs: true,
      ...(options.migrations ? { migrations: options.migrations } : {}),
    })
  const backend: TestBackend = {
    services: start(),
    api: buildApi((channel, input) => backend.services.dispatch(TRUSTED_FRAME, channel, input)),
    dataDir,
    saved,
    revealed,
    restart() {
      backend.services.close()
      backend.services = start()
    },
    close() {
      backend.services.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return backend
}
