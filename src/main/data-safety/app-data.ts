import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import {
  BACKUP_SETTINGS_KEY,
  defaultBackupSettings,
  storedBackupSettingsSchema,
  type BackupKind,
  type BackupSettings,
} from '@shared/schemas/backup-settings'
import type { RecoveryReason } from '@shared/schemas/data-safety'
import type { Clock } from '../clock'
import {
  closeDatabase,
  damagedFileError,
  DatabaseOpenError,
  fileSize,
  openDatabase,
  quickCheck,
  WAL_SIZE_LIMIT_BYTES,
  type Db,
} from '../db/connection'
import { migrate, schemaVersion } from '../db/migrate'
import { migrations as allMigrations } from '../db/migrations'
import type { Migration } from '../db/migrations/types'
import { createRepositories, type Repositories } from '../db/repositories'
import { AppError } from '../errors'
import { dropAbandonedImports } from '../import/staged-commit'
import { BackupError, copyToExtraFolder, writeBackup, writeBackupNow } from './backup'
import { listBackupFiles, removeAllBackups, rotateBackups, type BackupFile } from './backup-files'
import { fileStamp, moveDatabaseAside, removeSidecars, renameDurably } from './files'
import {
  checkpointInWorker,
  inspectDatabaseFile,
  quickCheckInWorker,
  type CheckpointResult,
} from './worker-tasks'
import { readDataFolderState, statePathFor, writeDataFolderState } from './state-file'
import { restoreVerdict } from './verdict'

export interface RecoveryProblem {
  reason: RecoveryReason
  message: string
}

export interface AppDataOptions {
  databasePath: string
  clock: Clock
  /** The schema steps to apply; tests pass a list with a failing step. */
  migrations?: readonly Migration[]
}

export interface BackupOutcome {
  backup: BackupFile
  extraFolderProblem: string | null
}

export interface RestoreOutcome {
  source: string
  schemaVersion: number
  migratedFrom: number | null
  previousFileKeptAt: string | null
}

const DAY_MS = 24 * 60 * 60 * 1000
const REGULAR_KINDS: readonly BackupKind[] = ['daily', 'quit', 'manual']
const AUTOMATIC_ACTOR = 'RTS Bridge (automatic)'
/**
 * The WAL size at which a write has a worker copy the WAL back into the data file (the app's
 * connection does not checkpoint by itself). Above the size the WAL is cut back to after each
 * checkpoint, so a file left at that size does not start the next one: it takes another ~4 MB
 * of changes (about SQLite's own automatic checkpoint, 1,000 pages).
 */
export const CHECKPOINT_AT_BYTES = WAL_SIZE_LIMIT_BYTES + 4 * 1024 * 1024
const RESTORE_STAGING = /^\.restore-[0-9a-f]+\.sqlite\.tmp(?:-wal|-shm|-journal)?$/

export const RECOVERY_MESSAGE =
  'RTS Bridge could not open its data file. Restore it from a backup on the recovery screen.'

function describeOpenFailure(error: unknown): RecoveryProblem {
  if (error instanceof DatabaseOpenError) {
    return { reason: error.reason, message: error.message }
  }
  if (error instanceof BackupError) {
    return {
      reason: 'migration_failed',
      message: `RTS Bridge must update the data file to this version, but could not make the safety copy first (${error.message}) Nothing was changed. Free some disk space and start RTS Bridge again.`,
    }
  }
  return {
    reason: 'migration_failed',
    message:
      'RTS Bridge could not update the data file to this version. The file was left exactly as it was, and a copy was saved before the update started.',
  }
}

/**
 * Owns the data file for the running app: opening it (health check, backup before migrating,
 * migrations), the recovery state when it cannot be opened, backups and their schedule, and
 * restoring. Handlers reach the database only through `db` and `repos` here, so a restore can
 * swap the file underneath them without a restart.
 */
export class AppData {
  readonly databasePath: string
  readonly dataDir: string
  readonly backupsDir: string
  readonly damagedDir: string
  readonly statePath: string
  private readonly clock: Clock
  private readonly migrations: readonly Migration[]
  private current: { db: Db; repos: Repositories } | null = null
  private problemValue: RecoveryProblem | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private changesAtLastBackup = 0
  private backedUpThisSession = false
  private lastProblemValue: string | null = null
  private timers: NodeJS.Timeout[] = []
  private checking = false
  private checkDone: Promise<void> = Promise.resolve()
  private checkpointing: Promise<void> | null = null
  /** The last checkpoint of the WAL, and where it ran ('worker', or 'main' as a fallback). */
  lastCheckpoint: (CheckpointResult & { where: 'worker' | 'main' }) | null = null
  /** The last migration run at open: from which version, and the copy made before it. */
  lastMigration: { from: number; to: number; backup: string | null } | null = null

  constructor(options: AppDataOptions) {
    this.databasePath = options.databasePath
    this.dataDir = dirname(options.databasePath)
    this.backupsDir = join(this.dataDir, 'backups')
    this.damagedDir = join(this.dataDir, 'damaged')
    this.statePath = statePathFor(options.databasePath)
    this.clock = options.clock
    this.migrations = options.migrations ?? allMigrations
    mkdirSync(this.dataDir, { recursive: true })
    this.open({ background: true })
  }

  /**
   * Settles when the start-up health check of the open file has finished: at once when it ran
   * before opening (a new file, a migration, a restore), later when it runs in the background.
   * Never rejects; afterwards `mode` tells whether the file passed.
   */
  get healthChecked(): Promise<void> {
    return this.checkDone
  }

  /** True while the background health check runs: reads may go ahead, writes must wait. */
  get healthCheckPending(): boolean {
    return this.checking
  }

  /**
   * Waits for the health check, then throws the recovery error when the file is not open (it
   * failed the check, or could not be opened at all). Every write waits here first.
   */
  async whenWritable(): Promise<void> {
    await this.checkDone
    if (!this.current) throw new AppError('io', RECOVERY_MESSAGE)
  }

  get mode(): 'ready' | 'recovery' {
    return this.current ? 'ready' : 'recovery'
  }

  /** Why the data file could not be opened; null when it is open. */
  get problem(): RecoveryProblem | null {
    return this.problemValue
  }

  get db(): Db {
    if (!this.current) throw new AppError('io', RECOVERY_MESSAGE)
    return this.current.db
  }

  get repos(): Repositories {
    if (!this.current) throw new AppError('io', RECOVERY_MESSAGE)
    return this.current.repos
  }

  /** The message of the last automatic backup that failed; cleared by the next success. */
  get lastProblem(): string | null {
    return this.lastProblemValue
  }

  /**
   * Opens the data file. A missing file after a first run, a damaged one, one from another
   * program or a newer version, or a failed migration leaves the app in recovery mode: no new
   * empty database is created and the file on disk is not changed (quality D5). `verified`:
   * the file was just checked in full in a worker (a restore), so the blocking quick_check is
   * skipped. `background`: an existing file at the current schema is opened without the
   * quick_check (3.7 s on the main thread at academy scale, quality D12); the check then runs in
   * a worker while the connection is `query_only`, so reads answer at once, no statement can
   * change the file, and writes wait in `whenWritable`. A file that fails it is closed and the
   * app is in recovery mode. A pending migration keeps the blocking check first (the backup
   * and the migration must not run on a damaged file).
   */
  private open(options: { verified?: boolean; background?: boolean } = {}): void {
    const verified = options.verified ?? false
    this.removeAbandonedStaging()
    const state = readDataFolderState(this.statePath)
    const hadData = state !== null || listBackupFiles(this.backupsDir).length > 0
    let db: Db | null = null
    try {
      if (hadData && !existsSync(this.databasePath)) {
        throw new DatabaseOpenError(
          'missing',
          'The data file is missing from its folder. It may have been moved or deleted.',
        )
      }
      const existed = existsSync(this.databasePath)
      const deferCheck = !verified && existed && options.background === true
      db = openDatabase(this.databasePath, { create: !hadData, verified, deferCheck })
      const opened = db
      const inBackground = deferCheck && schemaVersion(opened) === this.migrations.length
      if (deferCheck && !inBackground) quickCheck(opened)
      let backup: string | null = null
      const outcome = migrate(opened, this.migrations, (from) => {
        if (from === 0) return
        // Not rotated here: the keep count lives in the settings table, which an old schema
        // may not have yet. The next regular backup rotates the safety copies too.
        backup = writeBackupNow(opened, {
          dir: this.backupsDir,
          kind: 'pre-migration',
          at: this.clock(),
          schemaVersion: from,
        }).fileName
      })
      this.lastMigration = outcome.from === outcome.to ? null : { ...outcome, backup }
      if (state === null) {
        writeDataFolderState(this.statePath, {
          format: 1,
          databaseCreatedAt: this.clock().toISOString(),
          extraBackupFolder: null,
        })
      }
      this.current = { db: opened, repos: this.ownConnection(opened) }
      this.problemValue = null
      this.changesAtLastBackup = this.totalChanges()
      this.backedUpThisSession = false
      if (inBackground) this.checkInBackground(opened)
      else this.dropAbandonedImports(opened)
      // A migration may have left a large WAL.
      this.afterWrite()
    } catch (error) {
      if (db?.open) db.close()
      this.current = null
      this.problemValue = describeOpenFailure(error)
    }
  }

  /**
   * The start-up quick_check in a worker thread. Until it passes the connection stays
   * `query_only` (a write that got past the IPC gate fails instead of changing the file), and
   * the data-operation queue (backups, restore) waits for it. When the worker cannot run the
   * check at all, it runs here on the main thread instead: slower, never skipped.
   */
  private checkInBackground(db: Db): void {
    db.pragma('query_only = ON')
    this.checking = true
    const done = quickCheckInWorker(this.databasePath)
      .catch(() => (db.open ? [String(db.pragma('quick_check', { simple: true }))] : ['ok']))
      .catch((error: unknown) => [error instanceof Error ? error.message : String(error)])
      .then((findings) => this.finishCheck(db, findings))
    this.checkDone = done
    this.queue = done
  }

  private finishCheck(db: Db, findings: string[]): void {
    this.checking = false
    // Closed or replaced meanwhile (the app quit): nothing to decide for this connection.
    if (this.current?.db !== db) return
    if (findings.length === 1 && findings[0] === 'ok') {
      db.pragma('query_only = OFF')
      this.dropAbandonedImports(db)
      return
    }
    this.current = null
    // Closed without the checkpoint closeDatabase makes: nothing more is written to this file.
    db.close()
    const error = damagedFileError(findings.slice(0, 3).join('; ') || 'no answer')
    this.problemValue = { reason: error.reason, message: error.message }
  }

  /**
   * The app's connection commits without checkpointing (quality D12): after a large commit,
   * SQLite's automatic checkpoint copied the WAL into the data file and synced it on the main
   * thread, about as long again as the commit itself. `afterWrite` has a worker do it instead.
   */
  private ownConnection(db: Db): Repositories {
    db.pragma('wal_autocheckpoint = 0')
    return createRepositories(db, this.clock)
  }

  /**
   * Called after every write the app makes through IPC: once the WAL has grown past
   * CHECKPOINT_AT_BYTES, a worker copies it back into the data file (in the data-operation queue,
   * so never during a restore); the next write then starts the WAL over, cut back to its size
   * limit (quality D9). Should the worker fail, the main thread checkpoints instead.
   */
  afterWrite(): void {
    if (!this.current || this.checkpointing) return
    if ((fileSize(`${this.databasePath}-wal`) ?? 0) < CHECKPOINT_AT_BYTES) return
    const done = () => {
      this.checkpointing = null
    }
    this.checkpointing = this.exclusively(() => this.checkpoint('PASSIVE')).then(done, done)
  }

  /** Settles when the checkpoint started by the last `afterWrite`, if any, has finished. */
  get checkpointDone(): Promise<void> {
    return this.checkpointing ?? Promise.resolve()
  }

  /**
   * Empties the WAL into the data file and truncates it, in a worker: after an erasure the WAL
   * still holds the erased rows' old pages (quality P3). Call it inside `exclusively`, with the
   * change that needs it. True when the WAL was emptied.
   */
  async emptyWal(): Promise<boolean> {
    return (await this.checkpoint('TRUNCATE'))?.complete ?? false
  }

  private async checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): Promise<CheckpointResult | null> {
    const db = this.current?.db
    if (!db) return null
    try {
      this.lastCheckpoint = {
        ...(await checkpointInWorker(this.databasePath, mode)),
        where: 'worker',
      }
    } catch {
      if (this.current?.db !== db) return null
      this.checkpointHere(db, mode)
    }
    return this.lastCheckpoint
  }

  private checkpointHere(db: Db, mode: 'PASSIVE' | 'TRUNCATE'): void {
    const [row] = db.pragma(`wal_checkpoint(${mode})`) as {
      busy: number
      log: number
      checkpointed: number
    }[]
    this.lastCheckpoint = {
      complete: row?.busy === 0,
      walPages: row?.log ?? -1,
      checkpointed: row?.checkpointed ?? -1,
      where: 'main',
    }
  }

  /**
   * Deletes the hidden sessions of an import a crash cut short (staged-commit.ts) as soon as the
   * file may be written, before any other write: nothing shows them, but they would otherwise
   * stay in the file (and its backups) until the next import.
   */
  private dropAbandonedImports(db: Db): void {
    if (this.current?.db !== db) return
    try {
      dropAbandonedImports(this.current)
    } catch {
      // A full disk, say: nothing changed, and the next import drops them first.
    }
  }

  private removeAbandonedStaging(): void {
    for (const name of readdirSync(this.dataDir)) {
      if (RESTORE_STAGING.test(name)) rmSync(join(this.dataDir, name), { force: true })
    }
  }

  /**
   * Runs data operations one at a time: a backup never overlaps a restore, an erasure or another
   * backup (an erasure's WAL checkpoint cannot truncate while a backup is reading).
   */
  exclusively<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private totalChanges(): number {
    if (!this.current) return 0
    return (this.current.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
  }

  private settingsOf(repos: Repositories | null): BackupSettings {
    const stored = repos
      ? repos.settings.get(BACKUP_SETTINGS_KEY, storedBackupSettingsSchema, defaultBackupSettings)
      : { ...defaultBackupSettings }
    if (!repos) {
      stored.extraFolder = readDataFolderState(this.statePath)?.extraBackupFolder ?? null
    }
    return stored
  }

  /** Backup settings; in recovery mode the defaults plus the extra folder remembered on disk. */
  backupSettings(): BackupSettings {
    return this.settingsOf(this.current?.repos ?? null)
  }

  /** Saves backup settings (audited) and mirrors the extra folder for recovery. */
  saveBackupSettings(settings: BackupSettings): BackupSettings {
    this.repos.settings.set(BACKUP_SETTINGS_KEY, settings)
    const state = readDataFolderState(this.statePath)
    writeDataFolderState(this.statePath, {
      format: 1,
      databaseCreatedAt: state?.databaseCreatedAt ?? this.clock().toISOString(),
      extraBackupFolder: settings.extraFolder,
    })
    rotateBackups(this.backupsDir, settings.keepCount)
    return this.backupSettings()
  }

  /** Backups in the main folder, newest first. */
  listBackups(): BackupFile[] {
    return listBackupFiles(this.backupsDir)
  }

  /** Backups in the extra folder, newest first; empty when none is set or it is unavailable. */
  listExtraBackups(): BackupFile[] | null {
    const folder = this.backupSettings().extraFolder
    return folder ? listBackupFiles(folder) : null
  }

  /** Makes a backup now (verified, rotated, copied to the extra folder) and audits it. */
  backupNow(kind: BackupKind, actor?: string): Promise<BackupOutcome> {
    return this.exclusively(async () => {
      const { db, repos } = this.readyData()
      const settings = this.settingsOf(repos)
      const backup = await writeBackup(db, {
        dir: this.backupsDir,
        kind,
        at: this.clock(),
        schemaVersion: schemaVersion(db),
      })
      rotateBackups(this.backupsDir, settings.keepCount)
      const extraFolderProblem = settings.extraFolder
        ? copyToExtraFolder(backup, settings.extraFolder, settings.keepCount)
        : null
      db.transaction(() =>
        repos.audit.record({
          actor: actor ?? AUTOMATIC_ACTOR,
          action: 'data.backup',
          entityType: 'backup',
          entityId: backup.fileName,
          athleteId: null,
        }),
      )()
      this.changesAtLastBackup = this.totalChanges()
      this.backedUpThisSession = true
      this.lastProblemValue = extraFolderProblem
      return { backup, extraFolderProblem }
    })
  }

  private readyData(): { db: Db; repos: Repositories } {
    if (!this.current) throw new AppError('io', RECOVERY_MESSAGE)
    return this.current
  }

  private changedSinceLastBackup(): boolean {
    return this.current !== null && this.totalChanges() !== this.changesAtLastBackup
  }

  /** True when a daily backup should be made: none for a day, and something may be unsaved. */
  isDailyBackupDue(): boolean {
    if (!this.current) return false
    const newest = this.listBackups().find((file) => REGULAR_KINDS.includes(file.kind))
    if (newest && this.clock().getTime() - Date.parse(newest.createdAt) < DAY_MS) return false
    return !this.backedUpThisSession || this.changedSinceLastBackup()
  }

  /**
   * An automatic backup when one is due: daily while running, and on quit when anything changed
   * since the last backup. Failures are kept for the Data section instead of thrown.
   */
  async automaticBackup(kind: 'daily' | 'quit'): Promise<BackupOutcome | null> {
    const due = kind === 'daily' ? this.isDailyBackupDue() : this.changedSinceLastBackup()
    if (!due) return null
    try {
      return await this.backupNow(kind)
    } catch (error) {
      this.lastProblemValue =
        error instanceof Error ? error.message : 'The automatic backup failed.'
      return null
    }
  }

  /** Checks every `everyMs` (and once soon after start) whether the daily backup is due. */
  startSchedule(options: { firstAfterMs?: number; everyMs?: number } = {}): void {
    this.stopSchedule()
    const check = () => void this.automaticBackup('daily')
    const first = setTimeout(check, options.firstAfterMs ?? 2 * 60 * 1000)
    const every = setInterval(check, options.everyMs ?? 30 * 60 * 1000)
    first.unref()
    every.unref()
    this.timers = [first, every]
  }

  stopSchedule(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers = []
  }

  /** The backup on quit, bounded in time so a hung disk cannot keep the app from closing. */
  async backupOnQuit(timeoutMs = 30_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      this.automaticBackup('quit'),
      new Promise((resolve) => {
        timer = setTimeout(resolve, timeoutMs)
      }),
    ])
    clearTimeout(timer)
  }

  /**
   * Replaces the data file with `sourcePath` (a backup or a file the user chose). The file is
   * copied beside the data file, checked read-only (quality B8: ours, intact, a known schema),
   * and only then put in place; the live file is untouched when the check fails. What it
   * replaces is kept: a healthy data file as a "before restore" backup, a damaged one moved
   * unchanged into `damaged/`. The app then runs on the restored data without a restart,
   * migrating it first when it comes from an older version.
   */
  restore(sourcePath: string, label: string, actor?: string): Promise<RestoreOutcome> {
    return this.exclusively(async () => {
      const staging = join(this.dataDir, `.restore-${randomBytes(6).toString('hex')}.sqlite.tmp`)
      try {
        await stageCopy(sourcePath, staging)
        const verdict = restoreVerdict(
          await inspectDatabaseFile(staging, { full: true }),
          this.migrations,
        )
        if (!verdict.ok) throw new AppError('validation', verdict.message)
        makeStagedCopySelfContained(staging)
        const previousFileKeptAt = await this.setAsideCurrentFile()
        try {
          removeSidecars(this.databasePath)
          renameDurably(staging, this.databasePath)
        } catch (error) {
          // Back on whatever is at the data file's place, so the app is never left without one.
          this.open()
          const code = (error as { code?: unknown } | null)?.code
          throw new AppError(
            'io',
            `The restored file could not be put in place (${typeof code === 'string' ? code : 'unknown error'}).`,
          )
        }
        this.open({ verified: true })
        if (!this.current) {
          throw new AppError(
            'io',
            `The restored file could not be opened: ${this.problemValue?.message ?? 'unknown problem'}`,
          )
        }
        const { db, repos } = this.current
        db.transaction(() =>
          repos.audit.record({
            // From the recovery screen nobody is known yet: the restored file's own user then.
            actor: actor ?? repos.settings.actor(),
            action: 'data.restore',
            entityType: 'database',
            entityId: null,
            athleteId: null,
            detail: { source: label, schemaVersion: verdict.schemaVersion },
          }),
        )()
        this.changesAtLastBackup = this.totalChanges()
        return {
          source: label,
          schemaVersion: schemaVersion(db),
          migratedFrom: this.lastMigration?.from ?? null,
          previousFileKeptAt,
        }
      } finally {
        rmSync(staging, { force: true })
        removeSidecars(staging)
      }
    })
  }

  /** Keeps what a restore replaces; returns where, or null when there was nothing. */
  private async setAsideCurrentFile(): Promise<string | null> {
    if (this.current) {
      const { db } = this.current
      const safety = await writeBackup(db, {
        dir: this.backupsDir,
        kind: 'pre-restore',
        at: this.clock(),
        schemaVersion: schemaVersion(db),
      })
      rotateBackups(this.backupsDir, this.settingsOf(this.current.repos).keepCount)
      this.closeCurrent()
      return safety.path
    }
    if (!existsSync(this.databasePath)) return null
    return moveDatabaseAside(
      this.databasePath,
      this.damagedDir,
      `rts-bridge-${fileStamp(this.clock())}.sqlite`,
    )
  }

  /**
   * Recovery only, at the user's explicit request: keeps the damaged file in `damaged/` and
   * starts a new, empty data file.
   */
  startFresh(): Promise<{ previousFileKeptAt: string | null }> {
    return this.exclusively(async () => {
      if (this.current) throw new AppError('conflict', 'The data file is open and healthy.')
      const previousFileKeptAt = await this.setAsideCurrentFile()
      this.openFresh()
      if (!this.current) {
        throw new AppError('io', this.problemValue?.message ?? 'A new data file could not be made.')
      }
      return { previousFileKeptAt }
    })
  }

  private openFresh(): void {
    try {
      const db = openDatabase(this.databasePath, { create: true })
      migrate(db, this.migrations)
      writeDataFolderState(this.statePath, {
        format: 1,
        databaseCreatedAt: this.clock().toISOString(),
        extraBackupFolder: readDataFolderState(this.statePath)?.extraBackupFolder ?? null,
      })
      this.current = { db, repos: this.ownConnection(db) }
      this.problemValue = null
      this.changesAtLastBackup = this.totalChanges()
    } catch (error) {
      this.problemValue = describeOpenFailure(error)
    }
  }

  /**
   * Deletes every backup (main and extra folder) and makes one fresh backup of the current
   * data: after erasing an athlete, older backups would otherwise still hold them.
   */
  replaceAllBackups(actor: string): Promise<number> {
    return this.exclusively(async () => {
      const { db, repos } = this.readyData()
      const settings = this.settingsOf(repos)
      let removed = removeAllBackups(this.backupsDir)
      if (settings.extraFolder) removed += removeAllBackups(settings.extraFolder)
      const backup = await writeBackup(db, {
        dir: this.backupsDir,
        kind: 'manual',
        at: this.clock(),
        schemaVersion: schemaVersion(db),
      })
      if (settings.extraFolder) copyToExtraFolder(backup, settings.extraFolder, settings.keepCount)
      db.transaction(() =>
        repos.audit.record({
          actor,
          action: 'data.backupsReplaced',
          entityType: 'backup',
          entityId: backup.fileName,
          athleteId: null,
          detail: { removed },
        }),
      )()
      this.changesAtLastBackup = this.totalChanges()
      return removed
    })
  }

  private closeCurrent(): void {
    if (!this.current) return
    const { db } = this.current
    this.current = null
    closeDatabase(db)
  }

  /** Stops the schedule and closes the data file with its WAL checkpointed (quality D9). */
  close(): void {
    this.stopSchedule()
    this.closeCurrent()
  }
}

/** Copies the file to restore (and a WAL beside it, which holds its latest changes). */
async function stageCopy(source: string, staging: string): Promise<void> {
  try {
    await copyFile(source, staging)
    const wal = `${source}-wal`
    if (existsSync(wal) && statSync(wal).size > 0) await copyFile(wal, `${staging}-wal`)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    throw new AppError(
      'io',
      code === 'ENOENT'
        ? 'That file is not there any more.'
        : `That file could not be read (${typeof code === 'string' ? code : 'unknown error'}).`,
    )
  }
}

/** Folds a copied WAL into the checked copy, so the file put in place needs nothing beside it. */
function makeStagedCopySelfContained(staging: string): void {
  const copy = new Database(staging, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
}
