import { z } from 'zod'

/** A file was written where the user chose, or the user closed the save dialog. */
export const savedFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
])
export type SavedFile = z.infer<typeof savedFileSchema>
