import { z } from 'zod'
import { dateOrders } from '../import/dates'
import { idSchema } from './common'

export const rosterColumns = [
  'name',
  'firstName',
  'lastName',
  'position',
  'dateOfBirth',
  'dominantLeg',
] as const
export type RosterColumn = (typeof rosterColumns)[number]

export const rosterImportPreviewInput = z.strictObject({
  squadId: idSchema,
  /** Re-read the file already chosen (to apply a date order) instead of opening the dialog. */
  token: z.uuid().optional(),
  dateOrder: z.enum(dateOrders).nullable().optional(),
})

export const rosterImportRowSchema = z.object({
  line: z.int(),
  name: z.string(),
  position: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  dominantLeg: z.string().nullable(),
  /** `new`: will be added; `existing`: already in the squad, skipped; `error`: must be fixed. */
  status: z.enum(['new', 'existing', 'error']),
  /** Messages by column (`name`, `dateOfBirth`, …). */
  errors: z.record(z.string(), z.string()),
})
export type RosterImportRow = z.infer<typeof rosterImportRowSchema>

export const rosterImportPreviewSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('preview'),
    token: z.uuid(),
    fileName: z.string(),
    /** Each header of the file and the field it was read into (null: not imported). */
    columns: z.array(z.object({ header: z.string(), field: z.enum(rosterColumns).nullable() })),
    dateOrder: z.object({
      used: z.enum(dateOrders).nullable(),
      /** True when the file's dates could be read either way and the user has to say which. */
      needsChoice: z.boolean(),
    }),
    /** Problems with the file as a whole (nothing can be imported until they are fixed). */
    fileErrors: z.array(z.string()),
    rows: z.array(rosterImportRowSchema),
    counts: z.object({ new: z.int(), existing: z.int(), error: z.int() }),
  }),
])
export type RosterImportPreview = z.infer<typeof rosterImportPreviewSchema>

export const rosterImportCommitInput = z.strictObject({ token: z.uuid() })
export const rosterImportResultSchema = z.object({ imported: z.int(), skipped: z.int() })
