import { z } from 'zod'
import { emptyInput } from '../../schemas/common'
import { squadCreateSchema, squadRenameSchema, squadSchema } from '../../schemas/squad'
import type { ChannelSpec } from './types'

export const squadContract = {
  'squads:list': { input: emptyInput, output: z.array(squadSchema) },
  'squads:create': { input: squadCreateSchema, output: squadSchema },
  'squads:rename': { input: squadRenameSchema, output: squadSchema },
} as const satisfies Record<string, ChannelSpec>
