import { z } from 'zod'
import { isCalendarDay } from '../dates'
import { hasControlCharacter } from '../text'

/** Primary keys are UUID strings so that rows can later be merged across devices. */
export const idSchema = z.uuid({ message: 'Not a valid record id' })

/** An ISO-8601 instant in UTC, as written by the main process. */
export const instantSchema = z.iso.datetime({ offset: false })

/** A calendar day, `YYYY-MM-DD`, that exists on the calendar. */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD, for example 2004-03-17')
  .refine(isCalendarDay, 'That day does not exist on the calendar')

/** Free text a person types: trimmed, bounded, no control characters. */
export function textField(label: string, min: number, max: number) {
  return z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `${label} is required` : `${label} needs at least ${min} characters`)
        .max(max, `${label} can be at most ${max} characters`)
        .refine((value) => !hasControlCharacter(value), `${label} has an invalid character`),
    )
}

/**
 * Optional free text: an empty string is stored as null. Null is accepted as well, so a stored
 * record parses with the same schema as the form that wrote it.
 */
export function optionalTextField(label: string, max: number) {
  const text = z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max} characters`)
        .refine((value) => !hasControlCharacter(value), `${label} has an invalid character`),
    )
    .transform((value) => (value === '' ? null : value))
  return z.union([text, z.null()])
}

/**
 * Optional text over several lines (notes, what was learned): line breaks are kept (CRLF
 * becomes LF), other control characters are refused, blank means null.
 */
export function optionalNotesField(label: string, max: number) {
  const text = z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max} characters`)
        .refine(
          (value) => !hasControlCharacter(value.replace(/[\n\t]/g, '')),
          `${label} has an invalid character`,
        ),
    )
    .transform((value) => (value === '' ? null : value))
  return z.union([text, z.null()])
}

export const emptyInput = z.strictObject({})
