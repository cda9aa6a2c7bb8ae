import { mphToMps, kmhToMps, yardsToMetres } from '@shared/domain/units'
import { parseWrittenDay, type DateOrder } from '@shared/import/dates'
import type { GpsUnit } from '@shared/schemas/gps-import'

/**
 * Reading one cell of a GPS export: numbers written with a decimal point or a decimal comma
 * (semicolon files from Excel in most of Europe), durations in seconds, minutes or h:mm:ss,
 * dates with or without a time. Every reader returns a value or a message for the coach.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; message: string }

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const fail = (message: string): Read<never> => ({ ok: false, message })

/**
 * Whether the file writes decimals with a comma ("1234,5"): decided once per file from the
 * cells, so "1,234" is never read as 1.234 in one row and 1234 in the next.
 */
export function usesDecimalComma(cells: Iterable<string>): boolean {
  let comma = 0
  let point = 0
  let seen = 0
  for (const raw of cells) {
    const value = raw.trim()
    if (/^-?\d+,\d+$/.test(value) && !/^-?\d{1,3},\d{3}$/.test(value)) comma += 1
    else if (/^-?\d+\.\d+$/.test(value)) point += 1
    seen += 1
    if (seen > 50_000) break
  }
  return comma > point
}

/** A number as a person or a spreadsheet writes it; null for text that is not a number. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

export function parseNumber(raw: string, decimalComma: boolean): number | null {
  if (!decimalComma && PLAIN_NUMBER.test(raw)) return Number(raw)
  let value = raw.trim().replace(/[\s\u00a0\u202f']/g, '')
  if (value === '') return null
  if (decimalComma) {
    if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) value = value.replace(/\./g, '')
    value = value.replace(',', '.')
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) {
    value = value.replace(/,/g, '')
  } else if (/^[+-]?\d*,\d+$/.test(value)) {
    value = value.replace(',', '.')
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) return null
  const number = Number(value)
  return Number.isFinite(number) ? number : null
}

const CLOCK3 = /^(\d{1,3}):(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/
const CLOCK2 = /^(\d{1,4}):(\d{1,2}(?:[.,]\d+)?)$/

/** A duration cell → minutes, in the unit the coach confirmed. */
export function parseDuration(raw: string, unit: GpsUnit, decimalComma: boolean): Read<number> {
  const value = raw.trim()
  const clock3 = CLOCK3.exec(value)
  const clock2 = CLOCK2.exec(value)
  if (unit === 'h:mm:ss' || unit === 'mm:ss') {
    if (clock3) {
      const [h, m, s] = [Number(clock3[1]), Number(clock3[2]), Number(clock3[3]!.replace(',', '.'))]
      if (m >= 60 || s >= 60) return fail(`“${value}” is not a time in h:mm:ss.`)
      return ok(h * 60 + m + s / 60)
    }
    if (clock2) {
      const [a, b] = [Number(clock2[1]), Number(clock2[2]!.replace(',', '.'))]
      if (b >= 60) return fail(`“${value}” is not a time in ${unit}.`)
      return ok(unit === 'h:mm:ss' ? a * 60 + b : a + b / 60)
    }
    return fail(`“${value}” is not a time written ${unit}.`)
  }
  if (clock3 || clock2) {
    return fail(`“${value}” is a clock time: set this column's unit to h:mm:ss.`)
  }
  const number = parseNumber(value, decimalComma)
  if (number === null) return fail(`“${value}” is not a number.`)
  if (number < 0) return fail(`“${value}”: a duration cannot be negative.`)
  return ok(unit === 's' ? number / 60 : number)
}

/** A distance in the file's unit → metres. */
export function toMetres(value: number, unit: GpsUnit): number {
  if (unit === 'km') return value * 1000
  if (unit === 'yd') return yardsToMetres(value)
  return value
}

/** A speed in the file's unit → m/s. */
export function toMps(value: number, unit: GpsUnit | 'km/h' | 'm/s' | 'mph'): number {
  if (unit === 'km/h') return kmhToMps(value)
  if (unit === 'mph') return mphToMps(value)
  return value
}

/** The date part of a cell that may carry a time ("2026-03-12 09:30", "12/03/2026T09:30"). */
export function datePart(raw: string): string {
  let value = raw.trim().split(/[ T]/)[0] ?? ''
  // 2026/03/12 and 2026.03.12 read like ISO.
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value)
  if (yearFirst) value = `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`
  return value
}

/** A date cell → `YYYY-MM-DD` in the given order. */
export function parseDay(raw: string, order: DateOrder | null): Read<string> {
  const value = datePart(raw)
  const day = parseWrittenDay(value, order)
  if (day !== null) return ok(day)
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value) && order === null) {
    return fail('Say above whether dates are written day first or month first.')
  }
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(value)) {
    return fail(`“${raw.trim()}” is not a day on the calendar.`)
  }
  return fail(`“${raw.trim()}” is not a date. Dates like 2026-03-12 or 12/03/2026 are read.`)
}

/** Round half away from zero to a few decimals, for display and storage of converted values. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
