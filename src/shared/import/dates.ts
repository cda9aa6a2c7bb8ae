import { isCalendarDay } from '../dates'

/**
 * How slash- or dot-separated dates in an imported file are ordered. Files write 03/04/2001 for
 * 3 April (day first, most of the world) or 4 March (month first, US); the importer never
 * guesses between them: it infers the order when some date settles it, otherwise asks.
 */
export const dateOrders = ['dmy', 'mdy'] as const
export type DateOrder = (typeof dateOrders)[number]

export const dateOrderLabels: Record<DateOrder, string> = {
  dmy: 'Day first (31/12/2001)',
  mdy: 'Month first (12/31/2001)',
}

const SEPARATED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/

export type DateOrderEvidence =
  | { kind: 'none' }
  | { kind: 'iso' }
  | { kind: 'settled'; order: DateOrder }
  | { kind: 'ambiguous' }
  | { kind: 'conflict' }

/**
 * Looks at every non-empty date of a column: ISO dates need no order; a first number above 12
 * means day first, a second number above 12 means month first; both kinds in one column is a
 * conflict (the file mixes formats).
 */
export function detectDateOrder(values: readonly string[]): DateOrderEvidence {
  let separated = 0
  let dayFirst = false
  let monthFirst = false
  for (const raw of values) {
    const value = raw.trim()
    if (value === '' || ISO.test(value)) continue
    const match = SEPARATED.exec(value)
    if (!match) continue
    separated += 1
    if (Number(match[1]) > 12) dayFirst = true
    if (Number(match[2]) > 12) monthFirst = true
  }
  if (separated === 0)
    return values.some((v) => ISO.test(v.trim())) ? { kind: 'iso' } : { kind: 'none' }
  if (dayFirst && monthFirst) return { kind: 'conflict' }
  if (dayFirst) return { kind: 'settled', order: 'dmy' }
  if (monthFirst) return { kind: 'settled', order: 'mdy' }
  return { kind: 'ambiguous' }
}

/**
 * A written date → `YYYY-MM-DD`, or null when it is not a real day in the given order.
 * Accepts `2001-04-17`, `17/04/2001`, `17.4.2001`, `4/17/2001` (with `mdy`).
 */
export function parseWrittenDay(raw: string, order: DateOrder | null): string | null {
  const value = raw.trim()
  const iso = ISO.exec(value)
  let year: string
  let month: string
  let day: string
  if (iso) {
    ;[, year, month, day] = iso as unknown as [string, string, string, string]
  } else {
    const match = SEPARATED.exec(value)
    if (!match || order === null) return null
    const [, first, second, y] = match as unknown as [string, string, string, string]
    year = y
    ;[day, month] = order === 'dmy' ? [first, second] : [second, first]
  }
  const result = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDay(result) ? result : null
}
