import { mkdirSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupKind } from '@shared/schemas/backup-settings'
import type { Db } from '../db/connection'
import {
  freshBackupPath,
  parseBackupFileName,
  removeAbandonedTemporaries,
  rotateBackups,
  type BackupFile,
} from './backup-files'
import {
  copyFileAtomic,
  fsyncFile,
  fsyncFileAsync,
  removeSidecars,
  renameDurably,
  temporarySibling,
} from './files'
import {
  inspectDatabaseFile,
  inspectDatabaseFileNow,
  snapshotDatabase,
  type FileFacts,
} from './worker-tasks'
import { backupVerdict } from './verdict'

/** A backup that was written but failed its check, or could not be written at all. */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly diskFull = false,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}

export interface BackupRequest {
  dir: string
  kind: BackupKind
  at: Date
  schemaVersion: number
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT'
}

function toBackupFile(path: string): BackupFile {
  const parsed = parseBackupFileName(basename(path))
  if (!parsed) throw new Error('A backup was written under a name that is not a backup name')
  return { fileName: basename(path), path, sizeBytes: statSync(path).size, ...parsed }
}

function settle(
  temporary: string,
  finalPath: string,
  facts: FileFacts,
  schemaVersion: number,
  flush: (path: string) => void,
) {
  const verdict = backupVerdict(facts, schemaVersion)
  if (!verdict.ok) throw new BackupError(`The backup failed its check: ${verdict.message}`)
  flush(temporary)
  renameDurably(temporary, finalPath)
}

function prepareFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    throw new BackupError(
      `The backups folder could not be made (${typeof code === 'string' ? code : 'unknown error'}).`,
    )
  }
  removeAbandonedTemporaries(dir)
}

function cleanUp(temporary: string, error: unknown): never {
  rmSync(temporary, { force: true })
  removeSidecars(temporary)
  if (error instanceof BackupError) throw error
  if (isDiskFull(error)) {
    throw new BackupError('The backup could not be written: the disk is full.', true)
  }
  const code = (error as { code?: unknown } | null)?.code
  throw new BackupError(
    `The backup could not be written (${typeof code === 'string' ? code : 'unknown error'}).`,
  )
}

/**
 * An online backup (quality D6), all heavy work off the main thread: a worker copies the last
 * committed state of the live database (`VACUUM INTO`, through its own read-only connection)
 * under a temporary name, the copy is flushed on the thread pool, checked in a worker
 * (integrity, application id, schema version), and only then renamed to its final name. A crash
 * at any point leaves no file under a backup name. The copy is one self-contained file in
 * rollback-journal mode, without free pages.
 */
export async function writeBackup(db: Db, request: BackupRequest): Promise<BackupFile> {
  prepareFolder(request.dir)
  const finalPath = freshBackupPath(request.dir, request.at, request.schemaVersion, request.kind)
  const temporary = temporarySibling(finalPath)
  try {
    await snapshotDatabase(db.name, temporary)
    await fsyncFileAsync(temporary)
    const facts = await inspectDatabaseFile(temporary, { full: true })
    settle(temporary, finalPath, facts, request.schemaVersion, fsyncFile)
  } catch (error) {
    cleanUp(temporary, error)
  }
  return toBackupFile(finalPath)
}

/**
 * The same, blocking: used at startup before a migration, when no window is open yet and the
 * copy must exist before the first schema change.
 */
export function writeBackupNow(db: Db, request: BackupRequest): BackupFile {
  prepareFolder(request.dir)
  const finalPath = freshBackupPath(request.dir, request.at, request.schemaVersion, request.kind)
  const temporary = temporarySibling(finalPath)
  try {
    db.prepare('VACUUM INTO ?').run(temporary)
    settle(
      temporary,
      finalPath,
      inspectDatabaseFileNow(temporary, { full: true }),
      request.schemaVersion,
      fsyncFile,
    )
  } catch (error) {
    cleanUp(temporary, error)
  }
  return toBackupFile(finalPath)
}

/**
 * Copies a finished backup into the extra folder and rotates it there too. Returns a message
 * when that failed (a USB stick pulled out, say); the backup in the main folder stands.
 */
export function copyToExtraFolder(backup: BackupFile, folder: string, keep: number): string | null {
  try {
    mkdirSync(folder, { recursive: true })
    removeAbandonedTemporaries(folder)
    copyFileAtomic(backup.path, join(folder, backup.fileName))
    rotateBackups(folder, keep)
    return null
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    return `The copy to the extra backup folder failed (${typeof code === 'string' ? code : 'unknown error'}). Check that the folder is available.`
  }
}
