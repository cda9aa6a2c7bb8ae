import { z } from 'zod'
import {
  emptyInput,
  idSchema,
  instantSchema,
  optionalTextField,
  textField,
} from '../../schemas/common'
import { sportDemandProfileInputSchema } from '../../schemas/sport-demand'
import type { ChannelSpec } from './types'

/**
 * The club's own sport templates. Built-in templates are plain data in `shared/templates` and
 * need no channel; a club template is a built-in one copied and edited to the club's data.
 */

const templateName = textField('Template name', 1, 80)
/** The built-in template and position it was copied from, e.g. "soccer/wide-midfielder". */
const basedOn = optionalTextField('Based on', 80)

export const clubTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  basedOn: z.string().nullable(),
  profile: sportDemandProfileInputSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type ClubTemplate = z.output<typeof clubTemplateSchema>

export const templateContract = {
  'templates:listClub': { input: emptyInput, output: z.array(clubTemplateSchema) },
  'templates:createClub': {
    input: z.strictObject({ name: templateName, basedOn, profile: sportDemandProfileInputSchema }),
    output: clubTemplateSchema,
  },
  'templates:updateClub': {
    input: z.strictObject({
      id: idSchema,
      name: templateName,
      profile: sportDemandProfileInputSchema,
    }),
    output: clubTemplateSchema,
  },
  'templates:removeClub': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({ removed: z.literal(true) }),
  },
} as const satisfies Record<string, ChannelSpec>
