import { z } from 'zod'
import { settingsSchema } from '../../domain/settings'
import { storedAthleteCaseSchema } from '../../schemas/athlete-case'
import { boardRowSchema } from '../../schemas/board'
import { emptyInput, idSchema } from '../../schemas/common'
import type { ChannelSpec } from './types'

export const boardContract = {
  'board:squad': {
    input: z.strictObject({ squadId: idSchema, includeArchived: z.boolean().optional() }),
    output: z.array(boardRowSchema),
  },
  'athletes:case': {
    input: z.strictObject({ athleteId: idSchema }),
    output: storedAthleteCaseSchema.nullable(),
  },
  'settings:domain': { input: emptyInput, output: settingsSchema },
} as const satisfies Record<string, ChannelSpec>
