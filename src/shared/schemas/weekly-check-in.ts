import { z } from 'zod'
import { calendarDaySchema, idSchema, optionalTextField, textField } from './common'
import { choice, storedColumns } from './fields'
import { trafficLights } from './scales'

/**
 * The weekly check-in (domain.md §2, [S0]): what loads were exposed (summarised from the log
 * by `weeklySummary`), how it responded, what was learned, the smallest safe next step and
 * who agreed it.
 */
export const weeklyCheckInFieldsShape = {
  injuryId: idSchema.nullable(),
  /** First day of the week covered (the check-in covers seven days from it). */
  weekStart: calendarDaySchema,
  loadsSummary: optionalTextField('Loads this week', 1000),
  response: choice('How it responded', trafficLights),
  learned: optionalTextField('What we learned', 1000),
  nextStep: optionalTextField('Smallest safe next step', 500),
  agreedBy: optionalTextField('Agreed by', 200),
  preparedBy: textField('Prepared by', 1, 120),
}

export const weeklyCheckInInputSchema = z.strictObject(weeklyCheckInFieldsShape)
export type WeeklyCheckInInput = z.input<typeof weeklyCheckInInputSchema>

export const weeklyCheckInSchema = z.object({ ...storedColumns, ...weeklyCheckInFieldsShape })
export type WeeklyCheckIn = z.output<typeof weeklyCheckInSchema>
