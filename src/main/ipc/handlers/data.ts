import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { localDay } from '@shared/dates'
import type { BackupFile } from '../../data-safety/backup-files'
import { copyToExtraFolder } from '../../data-safety/backup'
import {
  athleteName,
  eraseAthlete,
  listAthleteChoices,
  readAthleteData,
} from '../../data/athlete-data'
import {
  athleteCsvFiles,
  athleteJson,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportEverything,
  writeFolderAtomic,
  type ExportHeader,
} from '../../data/export'
import { importAthlete, MAX_IMPORT_BYTES, parseAthleteExport } from '../../data/import-athlete'
import { schemaVersion } from '../../db/migrate'
import { AppError, notFound } from '../../errors'
import { safeFileName, safeFileStem } from '../../files/safe-file-name'
import type { HandlerDeps } from '../deps'
import { saveWithDialog } from './reports'
import type { HandlersFor } from './types'

type DataChannel =
  | 'data:status'
  | 'data:backups'
  | 'data:backupNow'
  | 'data:updateBackupSettings'
  | 'data:chooseBackupFolder'
  | 'data:clearBackupFolder'
  | 'data:restore'
  | 'data:reveal'
  | 'data:startFresh'
  | 'data:athletes'
  | 'data:exportAthlete'
  | 'data:exportAll'
  | 'data:importAthlete'
  | 'data:eraseAthlete'

/** What the recovery screen may call while the data file cannot be opened. */
export const RECOVERY_CHANNELS: ReadonlySet<string> = new Set<DataChannel>([
  'data:status',
  'data:backups',
  'data:restore',
  'data:reveal',
  'data:startFresh',
])

function backupInfo(file: BackupFile) {
  return {
    fileName: file.fileName,
    kind: file.kind,
    createdAt: file.createdAt,
    schemaVersion: file.schemaVersion,
    sizeBytes: file.sizeBytes,
  }
}

/** The actor for the audit trail; null in recovery mode, where there are no settings. */
function actorOf(deps: HandlerDeps): string | undefined {
  return deps.data.mode === 'ready' ? deps.repos.settings.actor() : undefined
}

/** Backups in the main folder, then copies only the extra folder holds; newest first. */
function restoreCandidates(deps: HandlerDeps): BackupFile[] {
  const main = deps.data.listBackups()
  const names = new Set(main.map((file) => file.fileName))
  const extra = (deps.data.listExtraBackups() ?? []).filter((file) => !names.has(file.fileName))
  return [...main, ...extra].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

function ioError(action: string, error: unknown): AppError {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOSPC') return new AppError('io', `${action} failed: the disk is full.`)
  return new AppError(
    'io',
    `${action} failed (${typeof code === 'string' ? code : 'unknown error'}). Try another folder.`,
  )
}

function exportHeader(deps: HandlerDeps, scope: ExportHeader['scope']): ExportHeader {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    scope,
    exportedAt: deps.clock().toISOString(),
    appVersion: deps.appVersion,
    schemaVersion: schemaVersion(deps.db),
  }
}

/** The typed name matches the athlete's, ignoring case, accents' composition and spacing. */
function sameName(typed: string, name: string): boolean {
  const normal = (text: string) =>
    text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
  return normal(typed) === normal(name)
}

export const dataHandlers: HandlersFor<DataChannel> = {
  'data:status': (deps) => {
    const { data } = deps
    if (data.mode === 'ready') {
      return {
        mode: 'ready',
        databasePath: data.databasePath,
        schemaVersion: schemaVersion(data.db),
        checking: data.healthCheckPending,
      }
    }
    const candidates = restoreCandidates(deps)
    return {
      mode: 'recovery',
      reason: data.problem?.reason ?? 'unreadable',
      message: data.problem?.message ?? 'The data file could not be opened.',
      databasePath: data.databasePath,
      databaseFileExists: existsSync(data.databasePath),
      backupCount: candidates.length,
      latestBackupAt: candidates[0]?.createdAt ?? null,
    }
  },

  'data:backups': (deps) => {
    const { data } = deps
    const extra = data.listExtraBackups()
    return {
      backups: data.listBackups().map(backupInfo),
      settings: data.backupSettings(),
      backupsFolder: data.backupsDir,
      extraFolderBackupCount: extra ? extra.length : null,
      lastProblem: data.lastProblem,
    }
  },

  'data:backupNow': async (deps) => {
    try {
      const outcome = await deps.data.backupNow('manual', deps.repos.settings.actor())
      return { backup: backupInfo(outcome.backup), extraFolderProblem: outcome.extraFolderProblem }
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('io', error instanceof Error ? error.message : 'The backup failed.')
    }
  },

  'data:updateBackupSettings': (deps, input) =>
    deps.data.saveBackupSettings({ ...deps.data.backupSettings(), keepCount: input.keepCount }),

  'data:chooseBackupFolder': async (deps) => {
    const folder = await deps.dialogs.chooseFolder({ title: 'Choose a folder for extra backups' })
    if (folder === null) return { status: 'cancelled' }
    const chosen = resolve(folder)
    if (chosen === resolve(deps.data.backupsDir) || chosen === resolve(deps.data.dataDir)) {
      throw new AppError(
        'validation',
        'That is RTS Bridge’s own folder. Choose another place: a USB stick or a synced folder.',
      )
    }
    try {
      accessSync(chosen, constants.W_OK)
    } catch {
      throw new AppError('validation', 'RTS Bridge cannot write to that folder. Choose another.')
    }
    const settings = deps.data.saveBackupSettings({
      ...deps.data.backupSettings(),
      extraFolder: chosen,
    })
    // Put the newest backup there straight away, so the choice is proven to work.
    const newest = deps.data.listBackups()[0]
    const problem = newest ? copyToExtraFolder(newest, chosen, settings.keepCount) : null
    return { status: 'chosen', settings, problem }
  },

  'data:clearBackupFolder': (deps) =>
    deps.data.saveBackupSettings({ ...deps.data.backupSettings(), extraFolder: null }),

  'data:restore': async (deps, input) => {
    const actor = actorOf(deps)
    if (input.from === 'file') {
      const path = await deps.dialogs.chooseOpenPath({
        title: 'Restore RTS Bridge data from a file',
        filters: [
          { name: 'RTS Bridge data or backup', extensions: ['sqlite', 'sqlite3', 'db', 'bak'] },
          { name: 'All files', extensions: ['*'] },
        ],
      })
      if (path === null) return { status: 'cancelled' }
      if (resolve(path) === resolve(deps.data.databasePath)) {
        throw new AppError('validation', 'That is the data file in use. Choose a backup.')
      }
      return { status: 'restored', ...(await deps.data.restore(path, basename(path), actor)) }
    }
    const candidates = restoreCandidates(deps)
    if (input.from === 'backup') {
      const file = candidates.find((candidate) => candidate.fileName === input.fileName)
      if (!file) throw notFound('That backup')
      return { status: 'restored', ...(await deps.data.restore(file.path, file.fileName, actor)) }
    }
    // The newest backup that passes its checks; a damaged one is skipped, not restored.
    const refused: string[] = []
    for (const file of candidates) {
      try {
        return { status: 'restored', ...(await deps.data.restore(file.path, file.fileName, actor)) }
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation') throw error
        refused.push(`${file.fileName}: ${error.message}`)
      }
    }
    throw new AppError(
      'not_found',
      refused.length === 0
        ? 'There are no backups to restore. Restore from a file instead.'
        : `None of the ${refused.length} backups could be used. Restore from a file instead.`,
    )
  },

  'data:reveal': (deps, input) => {
    let path: string
    if (input.what === 'backups') {
      mkdirSync(deps.data.backupsDir, { recursive: true })
      path = deps.data.backupsDir
    } else {
      path = existsSync(deps.data.databasePath)
        ? deps.data.databasePath
        : dirname(deps.data.databasePath)
    }
    deps.dialogs.showInFolder?.(path)
    return { path }
  },

  'data:startFresh': async (deps) => {
    if (deps.data.mode === 'ready') return { status: 'not_needed' }
    return { status: 'started', ...(await deps.data.startFresh()) }
  },

  'data:athletes': (deps) => listAthleteChoices(deps.db),

  'data:exportAthlete': async (deps, input) => {
    const data = readAthleteData(deps.db, input.athleteId)
    const name = athleteName(deps.db, input.athleteId)
    const stem = safeFileStem(`${name} RTS Bridge export ${localDay(deps.clock())}`, 'Athlete')
    let result: { status: 'saved'; fileName: string } | { status: 'cancelled' }
    if (input.format === 'json') {
      const header = { ...exportHeader(deps, 'athlete'), athleteId: input.athleteId }
      result = await saveWithDialog(deps, new TextEncoder().encode(athleteJson(header, data)), {
        title: 'Export athlete',
        defaultFileName: safeFileName(stem, 'json'),
        filterName: 'JSON file',
        extension: 'json',
      })
    } else {
      const folder = await deps.dialogs.chooseFolder({
        title: 'Choose where to save the CSV files',
      })
      if (folder === null) return { status: 'cancelled' }
      try {
        result = {
          status: 'saved',
          fileName: basename(writeFolderAtomic(folder, stem, athleteCsvFiles(data))),
        }
      } catch (error) {
        throw ioError('The export', error)
      }
    }
    if (result.status === 'saved') {
      const actor = deps.repos.settings.actor()
      deps.db.transaction(() =>
        deps.repos.audit.record({
          actor,
          action: 'athlete.export',
          entityType: 'athlete',
          entityId: input.athleteId,
          athleteId: input.athleteId,
          detail: { format: input.format },
        }),
      )()
    }
    return result
  },

  'data:exportAll': async (deps, input) => {
    const stem = `RTS Bridge export ${localDay(deps.clock())}`
    const target =
      input.format === 'json'
        ? await deps.dialogs.chooseSavePath({
            title: 'Export everything',
            defaultFileName: `${stem}.json`,
            filters: [{ name: 'JSON file', extensions: ['json'] }],
          })
        : await deps.dialogs.chooseFolder({ title: 'Choose where to save the CSV files' })
    if (target === null) return { status: 'cancelled' }
    let written: string
    try {
      written = (
        await exportEverything(deps.db, exportHeader(deps, 'everything'), {
          format: input.format,
          path: target,
          folderName: stem,
          workDir: deps.data.dataDir,
        })
      ).path
    } catch (error) {
      throw ioError('The export', error)
    }
    const actor = deps.repos.settings.actor()
    deps.db.transaction(() =>
      deps.repos.audit.record({
        actor,
        action: 'data.exportAll',
        entityType: 'database',
        entityId: null,
        athleteId: null,
        detail: { format: input.format },
      }),
    )()
    return { status: 'saved', fileName: basename(written) }
  },

  'data:importAthlete': async (deps) => {
    const path = await deps.dialogs.chooseOpenPath({
      title: 'Import an athlete from an RTS Bridge export',
      filters: [{ name: 'RTS Bridge export (JSON)', extensions: ['json'] }],
    })
    if (path === null) return { status: 'cancelled' }
    let text: string
    try {
      if (statSync(path).size > MAX_IMPORT_BYTES) {
        throw new AppError('validation', 'The file is larger than 50 MB: not an athlete export.')
      }
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw ioError('Reading the file', error)
    }
    const imported = importAthlete(
      deps.db,
      deps.repos.audit,
      deps.repos.settings.actor(),
      parseAthleteExport(text),
    )
    return { status: 'imported', ...imported }
  },

  'data:eraseAthlete': async (deps, input) => {
    const name = athleteName(deps.db, input.athleteId)
    if (!sameName(input.confirmName, name)) {
      const message = 'Type the athlete’s name exactly as shown to confirm.'
      throw new AppError('validation', message, { confirmName: message })
    }
    const actor = deps.repos.settings.actor()
    const erasure = await deps.data.exclusively(async () => {
      const rowsErased = eraseAthlete(deps.db, deps.repos.audit, actor, input.athleteId)
      return { rowsErased, walCleared: await deps.data.emptyWal() }
    })
    const backupsRemoved = input.removeBackups ? await deps.data.replaceAllBackups(actor) : 0
    return { ...erasure, backupsRemoved }
  },
}
