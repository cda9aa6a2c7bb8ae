import { z } from 'zod'
import { handoverRequestSchema, recipients } from '../../reports/handover'
import { idSchema } from '../../schemas/common'
import type { ChannelSpec } from './types'

export const handoverContract = {
  /** The PDF as it would print, base64, for the preview. */
  'handover:preview': {
    input: handoverRequestSchema,
    output: z.object({ pdfBase64: z.string(), pages: z.int().positive() }),
  },
  'handover:save': {
    input: handoverRequestSchema,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string(), sha256: z.string().length(64) }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
  'handover:list': {
    input: z.strictObject({ athleteId: idSchema }),
    output: z.array(
      z.object({
        at: z.string(),
        actor: z.string(),
        recipient: z.enum(recipients).nullable(),
        fileName: z.string().nullable(),
        sha256: z.string().nullable(),
        questions: z.int().nullable(),
      }),
    ),
  },
  /** Squad availability: one table per squad (all squads when none is given). */
  'reports:availability': {
    input: z.strictObject({ squadIds: z.array(idSchema).max(200).optional() }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), fileName: z.string() }),
      z.object({ status: z.literal('cancelled') }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>
