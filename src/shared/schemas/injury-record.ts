import { z } from 'zod'
import { calendarDaySchema } from './common'
import { storedColumns } from './fields'
import { checkInjuryDates, injuryFieldsShape } from './injury'

/**
 * An injury episode as the app stores it: the episode fields plus `closedOn`, the day the
 * episode was closed (return to performance reached, or an old injury entered for history).
 * The athlete's current episode is their latest one that is not closed.
 */
export const injuryRecordSchema = z
  .object({ ...storedColumns, ...injuryFieldsShape, closedOn: calendarDaySchema.nullable() })
  .superRefine(checkInjuryDates)
export type InjuryRecord = z.output<typeof injuryRecordSchema>
