import { z } from 'zod'
import {
  backupSettingsInputSchema,
  storedBackupSettingsSchema,
} from '../../schemas/backup-settings'
import { emptyInput } from '../../schemas/common'
import {
  athleteChoiceSchema,
  backupNowResultSchema,
  backupOverviewSchema,
  dataStatusSchema,
  eraseAthleteInputSchema,
  eraseResultSchema,
  exportAllInputSchema,
  exportAthleteInputSchema,
  importAthleteResultSchema,
  restoreInputSchema,
  restoreResultSchema,
  revealInputSchema,
  startFreshInputSchema,
} from '../../schemas/data-safety'
import { savedFileSchema } from './common'
import type { ChannelSpec } from './types'

/**
 * Data safety: status and recovery, backups, restore, export, import and erasure. The page
 * never sends a path: backups are named by file name from `data:backups`, and every other file
 * or folder is chosen in a dialog in main.
 */
export const dataContract = {
  'data:status': { input: emptyInput, output: dataStatusSchema },
  'data:backups': { input: emptyInput, output: backupOverviewSchema },
  'data:backupNow': { input: emptyInput, output: backupNowResultSchema },
  'data:updateBackupSettings': {
    input: backupSettingsInputSchema,
    output: storedBackupSettingsSchema,
  },
  'data:chooseBackupFolder': {
    input: emptyInput,
    output: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('chosen'),
        settings: storedBackupSettingsSchema,
        problem: z.string().nullable(),
      }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'data:clearBackupFolder': { input: emptyInput, output: storedBackupSettingsSchema },
  'data:restore': { input: restoreInputSchema, output: restoreResultSchema },
  'data:reveal': { input: revealInputSchema, output: z.object({ path: z.string() }) },
  'data:startFresh': {
    input: startFreshInputSchema,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('started'), previousFileKeptAt: z.string().nullable() }),
      z.object({ status: z.literal('not_needed') }),
    ]),
  },
  'data:athletes': { input: emptyInput, output: z.array(athleteChoiceSchema) },
  'data:exportAthlete': { input: exportAthleteInputSchema, output: savedFileSchema },
  'data:exportAll': { input: exportAllInputSchema, output: savedFileSchema },
  'data:importAthlete': { input: emptyInput, output: importAthleteResultSchema },
  'data:eraseAthlete': { input: eraseAthleteInputSchema, output: eraseResultSchema },
} as const satisfies Record<string, ChannelSpec>
