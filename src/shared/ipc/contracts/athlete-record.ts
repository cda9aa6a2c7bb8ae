import { z } from 'zod'
import { athleteAvailabilitySchema, athleteSchema } from '../../schemas/athlete'
import { athleteProfileInputSchema, athleteProfileSchema } from '../../schemas/athlete-profile'
import { calendarDaySchema, idSchema } from '../../schemas/common'
import { injuryEpisodeInputSchema } from '../../schemas/injury'
import { injuryRecordSchema } from '../../schemas/injury-record'
import { sportDemandProfileInputSchema, sportDemandProfileSchema } from '../../schemas/sport-demand'
import type { ChannelSpec } from './types'

const byAthlete = z.strictObject({ athleteId: idSchema })
const byId = z.strictObject({ id: idSchema })

export const athleteRecordContract = {
  'athletes:get': { input: byId, output: athleteSchema },
  'athletes:setAvailability': { input: athleteAvailabilitySchema, output: athleteSchema },
  'profiles:get': { input: byAthlete, output: athleteProfileSchema.nullable() },
  'profiles:save': {
    input: z.strictObject({ athleteId: idSchema, profile: athleteProfileInputSchema }),
    output: athleteProfileSchema,
  },
  'injuries:list': { input: byAthlete, output: z.array(injuryRecordSchema) },
  'injuries:create': {
    input: z.strictObject({
      athleteId: idSchema,
      injury: injuryEpisodeInputSchema,
      /** Set when entering an earlier, already finished injury for the history. */
      closedOn: calendarDaySchema.nullable().optional(),
    }),
    output: injuryRecordSchema,
  },
  'injuries:update': {
    input: z.strictObject({ id: idSchema, injury: injuryEpisodeInputSchema }),
    output: injuryRecordSchema,
  },
  'injuries:setClosed': {
    input: z.strictObject({ id: idSchema, closedOn: calendarDaySchema.nullable() }),
    output: injuryRecordSchema,
  },
  'injuries:remove': { input: byId, output: z.object({ removed: z.literal(true) }) },
  'demands:get': { input: byAthlete, output: sportDemandProfileSchema.nullable() },
  'demands:save': {
    input: z.strictObject({ athleteId: idSchema, profile: sportDemandProfileInputSchema }),
    output: sportDemandProfileSchema,
  },
} as const satisfies Record<string, ChannelSpec>
