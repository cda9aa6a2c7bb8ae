import { z } from 'zod'
import { assessmentInputSchema, assessmentSchema } from '../../schemas/assessment'
import { calendarDaySchema, idSchema } from '../../schemas/common'
import { exposureSessionInputSchema, exposureSessionSchema } from '../../schemas/exposure-session'
import {
  criterionObservationInputSchema,
  criterionObservationSchema,
  criterionOverrideInputSchema,
  criterionOverrideSchema,
  phaseRecordInputSchema,
  phaseRecordSchema,
} from '../../schemas/phase-record'
import { responseCheckInputSchema, responseCheckSchema } from '../../schemas/response-check'
import { weeklyCheckInInputSchema, weeklyCheckInSchema } from '../../schemas/weekly-check-in'
import type { ChannelSpec } from './types'

const removed = z.object({ removed: z.literal(true) })

/**
 * list / create / update / remove for one kind of dated athlete record. `record` is the form's
 * input schema; the stored schema describes what comes back.
 */
function recordChannels<const N extends string, I extends z.ZodType, S extends z.ZodType>(
  name: N,
  record: I,
  stored: S,
) {
  return {
    [`${name}:list`]: {
      input: z.strictObject({
        athleteId: idSchema,
        from: calendarDaySchema.optional(),
        to: calendarDaySchema.optional(),
      }),
      output: z.array(stored),
    },
    [`${name}:create`]: { input: z.strictObject({ athleteId: idSchema, record }), output: stored },
    [`${name}:update`]: { input: z.strictObject({ id: idSchema, record }), output: stored },
    [`${name}:remove`]: { input: z.strictObject({ id: idSchema }), output: removed },
  } as {
    [K in `${N}:list` | `${N}:create` | `${N}:update` | `${N}:remove`]: K extends `${N}:list`
      ? {
          input: z.ZodObject<
            {
              athleteId: typeof idSchema
              from: z.ZodOptional<typeof calendarDaySchema>
              to: z.ZodOptional<typeof calendarDaySchema>
            },
            z.core.$strict
          >
          output: z.ZodArray<S>
        }
      : K extends `${N}:create`
        ? {
            input: z.ZodObject<{ athleteId: typeof idSchema; record: I }, z.core.$strict>
            output: S
          }
        : K extends `${N}:update`
          ? { input: z.ZodObject<{ id: typeof idSchema; record: I }, z.core.$strict>; output: S }
          : { input: z.ZodObject<{ id: typeof idSchema }, z.core.$strict>; output: typeof removed }
  }
}

/** Sessions, morning checks, tests, phase decisions, overrides, observations, check-ins. */
export const trainingContract = {
  ...recordChannels('sessions', exposureSessionInputSchema, exposureSessionSchema),
  ...recordChannels('responses', responseCheckInputSchema, responseCheckSchema),
  ...recordChannels('assessments', assessmentInputSchema, assessmentSchema),
  ...recordChannels('phases', phaseRecordInputSchema, phaseRecordSchema),
  ...recordChannels('overrides', criterionOverrideInputSchema, criterionOverrideSchema),
  ...recordChannels('observations', criterionObservationInputSchema, criterionObservationSchema),
  ...recordChannels('checkins', weeklyCheckInInputSchema, weeklyCheckInSchema),
} satisfies Record<string, ChannelSpec>
