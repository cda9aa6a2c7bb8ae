import { z } from 'zod'
import {
  athleteArchiveSchema,
  athleteCreateSchema,
  athleteListSchema,
  athleteSchema,
  athleteUpdateSchema,
} from '../schemas/athlete'
import { emptyInput, idSchema } from '../schemas/common'
import { squadCreateSchema, squadRenameSchema, squadSchema } from '../schemas/squad'
import type { Channel } from './channels'

interface ChannelSpec {
  input: z.ZodType
  output: z.ZodType
}

const appInfoSchema = z.object({
  version: z.string(),
  databasePath: z.string(),
  schemaVersion: z.int(),
})

/** A file was written where the user chose, or the user closed the save dialog. */
export const savedFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
])

export const contract = {
  'app:info': { input: emptyInput, output: appInfoSchema },
  'squads:list': { input: emptyInput, output: z.array(squadSchema) },
  'squads:create': { input: squadCreateSchema, output: squadSchema },
  'squads:rename': { input: squadRenameSchema, output: squadSchema },
  'athletes:list': { input: athleteListSchema, output: z.array(athleteSchema) },
  'athletes:create': { input: athleteCreateSchema, output: athleteSchema },
  'athletes:update': { input: athleteUpdateSchema, output: athleteSchema },
  'athletes:archive': { input: athleteArchiveSchema, output: athleteSchema },
  'reports:squadList': { input: z.strictObject({ squadId: idSchema }), output: savedFileSchema },
} as const satisfies Record<Channel, ChannelSpec>

export type Contract = typeof contract
/** What the renderer sends on a channel (before parsing). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
/** What a handler returns and the renderer receives. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>
