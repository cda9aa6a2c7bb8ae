import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupKind } from '@shared/schemas/backup-settings'
import { fileStamp } from './files'

/** Safety copies made before a migration or a restore; a few are kept apart from the rotation. */
const SAFETY_KINDS: readonly BackupKind[] = ['pre-migration', 'pre-restore']
export const SAFETY_COPIES_KEPT = 5

export interface BackupFile {
  fileName: string
  path: string
  kind: BackupKind
  createdAt: string
  schemaVersion: number
  sizeBytes: number
}

// rts-bridge-2026-03-01T09-00-00-000Z-v2-daily.sqlite, with -2, -3… when the instant repeats.
const NAME =
  /^rts-bridge-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-v(\d{1,6})-(daily|quit|manual|pre-migration|pre-restore)(?:-(\d{1,4}))?\.sqlite$/

// What a backup being written is called until it has been checked: see temporarySibling.
const TEMPORARY = /^\.rts-bridge-.*\.tmp(?:-wal|-shm|-journal)?$/

export function backupFileName(
  at: Date,
  schemaVersion: number,
  kind: BackupKind,
  sequence = 1,
): string {
  const suffix = sequence > 1 ? `-${sequence}` : ''
  return `rts-bridge-${fileStamp(at)}-v${schemaVersion}-${kind}${suffix}.sqlite`
}

interface ParsedName {
  createdAt: string
  schemaVersion: number
  kind: BackupKind
  sequence: number
}

export function parseBackupFileName(fileName: string): ParsedName | null {
  const match = NAME.exec(fileName)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, version, kind, sequence] = match
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return {
    createdAt,
    schemaVersion: Number(version),
    kind: kind as BackupKind,
    sequence: sequence ? Number(sequence) : 1,
  }
}

/** A name for a new backup that no file in `dir` has yet. */
export function freshBackupPath(
  dir: string,
  at: Date,
  schemaVersion: number,
  kind: BackupKind,
): string {
  for (let sequence = 1; ; sequence += 1) {
    const path = join(dir, backupFileName(at, schemaVersion, kind, sequence))
    if (!existsSync(path)) return path
  }
}

/** The backups in `dir`, newest first. Files that are not ours are ignored. */
export function listBackupFiles(dir: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const files: (BackupFile & { sequence: number })[] = []
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName)
    if (!parsed) continue
    const path = join(dir, fileName)
    let sizeBytes: number
    try {
      const stats = statSync(path)
      if (!stats.isFile()) continue
      sizeBytes = stats.size
    } catch {
      continue
    }
    files.push({ fileName, path, sizeBytes, ...parsed })
  }
  files.sort(
    (a, b) =>
      b.createdAt.localeCompare(a.createdAt) ||
      b.sequence - a.sequence ||
      b.fileName.localeCompare(a.fileName),
  )
  return files.map(({ sequence: _sequence, ...file }) => file)
}

/**
 * Keeps the newest `keep` regular backups (daily, on quit, manual) and the newest few safety
 * copies; removes the rest. Returns the names removed.
 */
export function rotateBackups(dir: string, keep: number): string[] {
  const files = listBackupFiles(dir)
  const regular = files.filter((file) => !SAFETY_KINDS.includes(file.kind))
  const safety = files.filter((file) => SAFETY_KINDS.includes(file.kind))
  const doomed = [...regular.slice(keep), ...safety.slice(SAFETY_COPIES_KEPT)]
  for (const file of doomed) rmSync(file.path, { force: true })
  return doomed.map((file) => file.fileName)
}

/** Removes every backup of ours in `dir` (used when erasing an athlete everywhere). */
export function removeAllBackups(dir: string): number {
  const files = listBackupFiles(dir)
  for (const file of files) rmSync(file.path, { force: true })
  return files.length
}

/**
 * Removes half-written backups left by a crash. Backups are written one at a time by the one
 * running app (single-instance lock), so any temporary file found here is abandoned.
 */
export function removeAbandonedTemporaries(dir: string): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (TEMPORARY.test(name)) rmSync(join(dir, name), { force: true })
  }
}
