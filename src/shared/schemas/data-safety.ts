import { z } from 'zod'
import { backupKinds, storedBackupSettingsSchema } from './backup-settings'
import { idSchema, instantSchema } from './common'

/** Why the app started on the recovery screen instead of the squad board. */
export const recoveryReasons = [
  'missing',
  'corrupt',
  'not_rts_bridge',
  'too_new',
  'unreadable',
  'migration_failed',
] as const
export type RecoveryReason = (typeof recoveryReasons)[number]

export const dataStatusSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('ready'),
    databasePath: z.string(),
    schemaVersion: z.int(),
    /** The start-up health check still runs in the background; writes wait for it. */
    checking: z.boolean(),
  }),
  z.object({
    mode: z.literal('recovery'),
    reason: z.enum(recoveryReasons),
    message: z.string(),
    databasePath: z.string(),
    databaseFileExists: z.boolean(),
    backupCount: z.int(),
    latestBackupAt: instantSchema.nullable(),
  }),
])
export type DataStatus = z.infer<typeof dataStatusSchema>

export const backupInfoSchema = z.object({
  fileName: z.string(),
  kind: z.enum(backupKinds),
  createdAt: instantSchema,
  schemaVersion: z.int(),
  sizeBytes: z.number().nonnegative(),
})
export type BackupInfo = z.infer<typeof backupInfoSchema>

export const backupOverviewSchema = z.object({
  backups: z.array(backupInfoSchema),
  settings: storedBackupSettingsSchema,
  backupsFolder: z.string(),
  /** How many backups the extra folder holds; null when none is set. */
  extraFolderBackupCount: z.int().nullable(),
  /** The last automatic backup's failure, shown until a backup succeeds again. */
  lastProblem: z.string().nullable(),
})
export type BackupOverview = z.infer<typeof backupOverviewSchema>

export const backupNowResultSchema = z.object({
  backup: backupInfoSchema,
  /** Set when the copy to the extra folder failed (the main backup is still there). */
  extraFolderProblem: z.string().nullable(),
})

/** A backup file name as listed by `data:backups`; never a path. */
const backupFileNameSchema = z
  .string()
  .max(120)
  .regex(/^rts-bridge-[0-9A-Za-z-]+\.sqlite$/, 'Not a backup of RTS Bridge')

export const restoreInputSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('latest') }),
  z.strictObject({ from: z.literal('backup'), fileName: backupFileNameSchema }),
  z.strictObject({ from: z.literal('file') }),
])
export type RestoreInput = z.input<typeof restoreInputSchema>

export const restoreResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('restored'),
    /** The backup's file name, or the name of the file the user chose. */
    source: z.string(),
    schemaVersion: z.int(),
    /** The schema version the file had, when it was brought up to date after restoring. */
    migratedFrom: z.int().nullable(),
    /** Where the damaged or replaced data file was kept, when there was one. */
    previousFileKeptAt: z.string().nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
])
export type RestoreResult = z.infer<typeof restoreResultSchema>

export const revealInputSchema = z.strictObject({ what: z.enum(['dataFile', 'backups']) })

export const startFreshInputSchema = z.strictObject({ confirmed: z.literal(true) })

export const exportFormats = ['json', 'csv'] as const
export type ExportFormat = (typeof exportFormats)[number]

export const exportAthleteInputSchema = z.strictObject({
  athleteId: idSchema,
  format: z.enum(exportFormats, { message: 'Choose JSON or CSV' }),
})
export const exportAllInputSchema = z.strictObject({
  format: z.enum(exportFormats, { message: 'Choose JSON or CSV' }),
})

/** Every athlete on record, for choosing whom to export or erase. */
export const athleteChoiceSchema = z.object({
  id: idSchema,
  name: z.string(),
  squadName: z.string(),
  archived: z.boolean(),
})
export type AthleteChoice = z.infer<typeof athleteChoiceSchema>

export const eraseAthleteInputSchema = z.strictObject({
  athleteId: idSchema,
  /** The athlete's name typed by the user: erasure cannot be undone. */
  confirmName: z.string().max(480),
  /** Also delete every existing backup (they still hold the athlete) and make a fresh one. */
  removeBackups: z.boolean(),
})
export type EraseAthleteInput = z.input<typeof eraseAthleteInputSchema>

export const eraseResultSchema = z.object({
  rowsErased: z.int(),
  backupsRemoved: z.int(),
  /** False when the WAL could not be emptied right away (it is on the next checkpoint). */
  walCleared: z.boolean(),
})
export type EraseResult = z.infer<typeof eraseResultSchema>

export const importAthleteResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    athleteId: idSchema,
    name: z.string(),
    squadName: z.string(),
    rows: z.int(),
  }),
  z.object({ status: z.literal('cancelled') }),
])
export type ImportAthleteResult = z.infer<typeof importAthleteResultSchema>
