import { app, BrowserWindow, dialog, shell } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol'
import { systemClock } from './clock'
import { DatabaseOpenError } from './db/connection'
import { registerIpc } from './ipc/register'
import { DATABASE_FILE_NAME, startServices, type AppServices } from './services'
import { createMainWindow, lockDownWebContents, registerAppScheme, serveRenderer } from './window'

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined

let services: AppServices | null = null
let mainWindow: BrowserWindow | null = null

registerAppScheme()

function showStartupFailure(error: unknown, databasePath: string): void {
  const detail =
    error instanceof DatabaseOpenError
      ? `${error.message}\n\nThe file was left exactly as it is:\n${databasePath}`
      : `RTS Bridge could not start: ${error instanceof Error ? error.message : String(error)}`
  dialog.showErrorBox('RTS Bridge could not open its data', detail)
}

async function start(): Promise<void> {
  lockDownWebContents()
  const rendererRoot = join(__dirname, '../renderer')
  serveRenderer(rendererRoot)

  const databasePath = join(app.getPath('userData'), DATABASE_FILE_NAME)
  try {
    services = startServices({
      databasePath,
      clock: systemClock,
      appVersion: app.getVersion(),
      trustedOrigins: devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN],
      dialogs: {
        async chooseSavePath(options) {
          const result = await dialog.showSaveDialog({
            title: options.title,
            defaultPath: join(app.getPath('documents'), options.defaultFileName),
            filters: options.filters,
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          })
          return result.canceled || !result.filePath ? null : result.filePath
        },
        async chooseOpenPath(options) {
          const result = await dialog.showOpenDialog({
            title: options.title,
            filters: options.filters,
            properties: ['openFile'],
          })
          return result.canceled ? null : (result.filePaths[0] ?? null)
        },
        async chooseFolder(options) {
          const result = await dialog.showOpenDialog({
            title: options.title,
            properties: ['openDirectory', 'createDirectory'],
          })
          return result.canceled ? null : (result.filePaths[0] ?? null)
        },
        showInFolder(path) {
          shell.showItemInFolder(path)
        },
      },
      onUnexpectedError: (channel, kind) => console.error(`[ipc] ${channel} failed: ${kind}`),
    })
  } catch (error) {
    showStartupFailure(error, databasePath)
    app.exit(1)
    return
  }
  registerIpc(services.dispatch)
  // Daily backups while the app runs (the first check a couple of minutes after start).
  services.data.startSchedule()
  mainWindow = createMainWindow(
    join(__dirname, '../preload/index.cjs'),
    devServerUrl ?? APP_ENTRY_URL,
  )
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  // Two copies writing one data file would fight over it; the second one hands over and quits.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // Quitting waits (at most 30 s) for the backup on quit, made when anything changed; the data
  // file is closed and its WAL checkpointed only after it.
  let quitBackupDone = false
  app.on('before-quit', (event) => {
    if (quitBackupDone || !services) return
    event.preventDefault()
    quitBackupDone = true
    void services.data.backupOnQuit().finally(() => app.quit())
  })
  app.on('will-quit', () => {
    services?.close()
    services = null
  })
  void app.whenReady().then(start)
}
