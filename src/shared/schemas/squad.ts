import { z } from 'zod'
import { idSchema, instantSchema, textField } from './common'

export const squadNameSchema = textField('Squad name', 1, 80)

/** A squad as the renderer sees it, with its count of athletes who are not archived. */
export const squadSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Fictional athletes loaded from the first-run screen; shown as a demo, removable in one step. */
  demo: z.boolean(),
  activeAthleteCount: z.int().nonnegative(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type Squad = z.infer<typeof squadSchema>

export const squadCreateSchema = z.strictObject({ name: squadNameSchema })
export type SquadCreate = z.input<typeof squadCreateSchema>

export const squadRenameSchema = z.strictObject({ id: idSchema, name: squadNameSchema })
export type SquadRename = z.input<typeof squadRenameSchema>
