import type { z } from 'zod'
import type { Channel } from './channels'
import { appContract } from './contracts/app'
import { athleteRecordContract } from './contracts/athlete-record'
import { athleteContract } from './contracts/athletes'
import { boardContract } from './contracts/board'
import { auditContract } from './contracts/audit'
import { dataContract } from './contracts/data'
import { gpsImportContract } from './contracts/gps-import'
import { demoContract } from './contracts/demo'
import { handoverContract } from './contracts/handover'
import { reportContract } from './contracts/reports'
import { rosterImportContract } from './contracts/roster-import'
import { settingsContract } from './contracts/settings'
import { squadContract } from './contracts/squads'
import { trainingContract } from './contracts/training'
import { templateContract } from './contracts/templates'
import type { ChannelSpec } from './contracts/types'

export { savedFileSchema } from './contracts/common'

/**
 * Every channel's input and output schema, one file per feature under `contracts/`. The
 * `satisfies` clause makes a channel listed in `channels.ts` without schemas (or the reverse)
 * a compile error.
 */
export const contract = {
  ...appContract,
  ...squadContract,
  ...athleteContract,
  ...athleteRecordContract,
  ...templateContract,
  ...boardContract,
  ...trainingContract,
  ...reportContract,
  ...handoverContract,
  ...rosterImportContract,
  ...gpsImportContract,
  ...settingsContract,
  ...dataContract,
  ...auditContract,
  ...demoContract,
} as const satisfies Record<Channel, ChannelSpec>

export type Contract = typeof contract
/** What the renderer sends on a channel (before parsing). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
/** What a handler returns and the renderer receives. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
