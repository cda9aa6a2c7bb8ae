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

const tidy = (value: string) => value.trim().replace(/\s+/g, ' ')

/**
 * Free text a person types: trimmed, inner spaces collapsed, bounded, no control characters.
 * A cleared form field may arrive as null; it gets the same "required" message as ''.
 */
export function textField(label: string, min: number, max: number) {
  return z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .nullable()
    .transform((value) => tidy(value ?? ''))
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `${label} is required` : `${label} needs at least ${min} characters`)
        .max(max, `${label} can be at most ${max} characters`)
        .refine((value) => !hasControlCharacter(value), `${label} has an invalid character`),
    )
}

/**
 * Optional free text: blank is stored as null. Null is accepted as well, so a stored record
 * parses with the same schema as the form that wrote it.
 */
export function optionalTextField(label: string, max: number) {
  return z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .nullable()
    .transform((value) => tidy(value ?? ''))
    .pipe(
      z
        .string()
        .max(max, `${label} can be at most ${max} characters`)
        .refine((value) => !hasControlCharacter(value), `${label} has an invalid character`),
    )
    .transform((value) => (value === '' ? null : value))
}

/**
 * Optional text over several lines (notes, what was learned): line breaks are kept (CRLF
 * becomes LF), other control characters are refused, blank means null.
 */
export function optionalNotesField(label: string, max: number) {
  return z
    .string()
    .max(max * 4, `${label} can be at most ${max} characters`)
    .nullable()
    .transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
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
}

export const emptyInput = z.strictObject({})
