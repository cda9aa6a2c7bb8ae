import { z } from 'zod'
import {
  athleteArchiveSchema,
  athleteCreateSchema,
  athleteListSchema,
  athleteSchema,
  athleteUpdateSchema,
} from '../../schemas/athlete'
import type { ChannelSpec } from './types'

export const athleteContract = {
  'athletes:list': { input: athleteListSchema, output: z.array(athleteSchema) },
  'athletes:create': { input: athleteCreateSchema, output: athleteSchema },
  'athletes:update': { input: athleteUpdateSchema, output: athleteSchema },
  'athletes:archive': { input: athleteArchiveSchema, output: athleteSchema },
} as const satisfies Record<string, ChannelSpec>
