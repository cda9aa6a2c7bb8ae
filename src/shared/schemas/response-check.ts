import { z } from 'zod'
import { calendarDaySchema, optionalTextField } from './common'
import { measure, optionalMeasure, storedColumns, zeroToTen } from './fields'

/**
 * The morning-after check (domain.md §2 ResponseCheck, G1). The traffic light is computed by
 * `responseLight`, never typed in, so the same answers always give the same light.
 */
export const responseCheckFieldsShape = {
  /** The morning of the check. */
  date: calendarDaySchema,
  /** The loading day this check responds to; null means the day before `date`. */
  respondsTo: calendarDaySchema.nullable(),
  painAtRest: zeroToTen('Pain at rest'),
  /** Pain on the athlete's standard task (e.g. a bridge or a walk), 0–10. */
  painOnTask: zeroToTen('Pain on the standard task'),
  stiffness: zeroToTen('Stiffness'),
  /** Active knee extension of the injured leg, degrees reached (bigger = more range). */
  akeDeg: optionalMeasure('Active knee extension', 0, 180, 'degrees'),
  palpationPain: z.boolean(),
  /** Apprehension on a 0–100 visual analogue scale. */
  apprehension: measure('Apprehension', 0, 100, 'out of 100'),
  notes: optionalTextField('Notes', 500),
}

function checkRespondsTo(
  value: { date: string; respondsTo: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.respondsTo !== null && value.respondsTo > value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['respondsTo'],
      message: 'A check can only respond to a day on or before it',
    })
  }
}

export const responseCheckInputSchema = z
  .strictObject(responseCheckFieldsShape)
  .superRefine(checkRespondsTo)
export type ResponseCheckInput = z.input<typeof responseCheckInputSchema>
export type ResponseCheckFacts = z.output<typeof responseCheckInputSchema>

export const responseCheckSchema = z
  .object({ ...storedColumns, ...responseCheckFieldsShape })
  .superRefine(checkRespondsTo)
export type ResponseCheck = z.output<typeof responseCheckSchema>
