import { randomBytes } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { open } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The files SQLite keeps beside a database in WAL mode. */
export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const

/**
 * Flushes a file's content to disk on libuv's thread pool. Flushing a freshly written backup
 * of 30 MB took 70–90 ms on the CI machine: too long for the main thread (quality D12).
 */
export async function fsyncFileAsync(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Flushes a file's content to disk. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Flushes a folder's entries, so a rename into it survives a power cut. Windows cannot open a
 * folder for syncing (and does not need to); there the call does nothing.
 */
export function fsyncDir(path: string): void {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return
  }
  try {
    fsyncSync(fd)
  } catch {
    // EISDIR/EPERM on platforms that cannot sync folders: the rename is still atomic.
  } finally {
    closeSync(fd)
  }
}

/** A name in the same folder that no other file uses, hidden and ending in `.tmp`. */
export function temporarySibling(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

/** Renames `from` to `to` and flushes the folder so the new name is on disk. */
export function renameDurably(from: string, to: string): void {
  renameSync(from, to)
  fsyncDir(dirname(to))
}

/** Copies a file under a temporary name, flushes it, then renames it into place. */
export function copyFileAtomic(from: string, to: string): void {
  const temporary = temporarySibling(to)
  try {
    copyFileSync(from, temporary)
    fsyncFile(temporary)
    renameDurably(temporary, to)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}

/** Removes a database's -wal, -shm and -journal files. */
export function removeSidecars(databasePath: string): void {
  for (const suffix of SIDECAR_SUFFIXES) rmSync(`${databasePath}${suffix}`, { force: true })
}

/**
 * Moves a database file and its sidecars, byte for byte, into `folder` under `name`; used to
 * keep a damaged file out of the way without changing it. Returns the new path.
 */
export function moveDatabaseAside(databasePath: string, folder: string, name: string): string {
  mkdirSync(folder, { recursive: true })
  const target = join(folder, name)
  for (const suffix of SIDECAR_SUFFIXES) {
    if (existsSync(`${databasePath}${suffix}`)) {
      renameSync(`${databasePath}${suffix}`, `${target}${suffix}`)
    }
  }
  renameSync(databasePath, target)
  fsyncDir(folder)
  fsyncDir(dirname(databasePath))
  return target
}

/** An instant as it can appear in a file name on every platform: `2026-03-01T09-00-00-000Z`. */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-')
}
