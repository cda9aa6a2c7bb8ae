import { z } from 'zod'
import { idSchema, instantSchema } from './common'

/**
 * Field builders for the rehab entities. Every number is bounded (a coach typing 1500 into a
 * pain scale must see a message, not a stored row) and every message names the field in words
 * a coach uses, with its unit.
 */

function rangeMessage(label: string, min: number, max: number, unit: string): string {
  const suffix = unit === '' ? '' : ` ${unit}`
  return `${label} must be between ${min} and ${max}${suffix}`
}

/** A finite number within [min, max]; `unit` is only used in the message (e.g. 'm', 'm/s'). */
export function measure(label: string, min: number, max: number, unit = '') {
  const message = rangeMessage(label, min, max, unit)
  return z
    .number({ error: `${label} must be a number` })
    .min(min, message)
    .max(max, message)
}

/** A whole number within [min, max], e.g. a count of sprints or repetitions. */
export function count(label: string, min: number, max: number, unit = '') {
  const message = rangeMessage(label, min, max, unit)
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(min, message)
    .max(max, message)
}

/** A measure that may be left blank (null = not measured, which is never the same as zero). */
export function optionalMeasure(label: string, min: number, max: number, unit = '') {
  return measure(label, min, max, unit).nullable()
}

/** A count that may be left blank (null = not counted). */
export function optionalCount(label: string, min: number, max: number, unit = '') {
  return count(label, min, max, unit).nullable()
}

/** A 0–10 rating (pain, stiffness, CR-10 effort). */
export function zeroToTen(label: string) {
  return measure(label, 0, 10, 'out of 10')
}

/** A short label chosen from a fixed list, with a message that lists nothing technical. */
export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `Choose ${label.toLowerCase()}` })
}

/** Columns every stored row carries (UUID key, owning athlete, UTC instants). */
export const storedColumns = {
  id: idSchema,
  athleteId: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
}
