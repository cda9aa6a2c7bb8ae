import { z } from 'zod'

/**
 * Why a backup was made. Daily, on-quit and manual backups rotate together (the newest
 * `keepCount` stay); copies made before a migration or a restore are kept apart, a few of them.
 */
export const backupKinds = ['daily', 'quit', 'manual', 'pre-migration', 'pre-restore'] as const
export type BackupKind = (typeof backupKinds)[number]

export const backupKindLabels: Record<BackupKind, string> = {
  daily: 'Daily',
  quit: 'On quit',
  manual: 'Manual',
  'pre-migration': 'Before update',
  'pre-restore': 'Before restore',
}

export const MIN_BACKUPS_KEPT = 2
export const MAX_BACKUPS_KEPT = 100

const keepCountSchema = z
  .int({ message: 'Enter a whole number' })
  .min(MIN_BACKUPS_KEPT, `Keep at least ${MIN_BACKUPS_KEPT} backups`)
  .max(MAX_BACKUPS_KEPT, `Keep at most ${MAX_BACKUPS_KEPT} backups`)

/** What the user edits. The extra folder is chosen in a dialog in main, never typed as a path. */
export const backupSettingsInputSchema = z.strictObject({ keepCount: keepCountSchema })
export type BackupSettingsInput = z.input<typeof backupSettingsInputSchema>

/** Backup settings as stored under the `backups` key. */
export const storedBackupSettingsSchema = z.object({
  keepCount: keepCountSchema,
  /** A second folder (a USB stick, a synced folder) that receives a copy of every backup. */
  extraFolder: z.string().max(4096).nullable(),
})
export type BackupSettings = z.output<typeof storedBackupSettingsSchema>

export const defaultBackupSettings: BackupSettings = { keepCount: 10, extraFolder: null }

export const BACKUP_SETTINGS_KEY = 'backups'
