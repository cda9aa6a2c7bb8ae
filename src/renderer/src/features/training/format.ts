import { addDays } from '@shared/dates'
import { roundTo, speedIn, type SpeedUnit } from '@shared/domain/units'

/** How the training log and the check-in write days, numbers and units (display only). */

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
})
const longDayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** 1,240 or 8.5: thousands separated, at most one decimal. */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** Keeps a number on the same line as its unit, in print as on screen. */
export const NBSP = '\u00a0'

/** The same text with ordinary spaces, for labels read out by assistive technology. */
export function plain(text: string): string {
  return text.replace(/\u00a0/g, ' ')
}

/** A number with its unit ("4,000 m", "45 min"); a dash when not measured. */
export function withUnit(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '–'
  return unit === '' ? formatNumber(value) : `${formatNumber(value)}${NBSP}${unit}`
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** "Mon 19 Oct". */
export function shortDay(day: string): string {
  return dayFormat.format(utc(day))
}

/** "Mon 19 Oct 2026". */
export function longDay(day: string): string {
  return longDayFormat.format(utc(day))
}

/** The Monday of the week a day falls in (weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const weekday = utc(day).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

/** "19–25 Oct 2026" or "28 Sep – 4 Oct 2026" for the week starting `monday`. */
export function weekRange(monday: string): string {
  const sunday = addDays(monday, 6)
  const a = utc(monday)
  const b = utc(sunday)
  const month = (d: Date) => d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })
  const sameMonth = a.getUTCMonth() === b.getUTCMonth()
  const start = sameMonth ? `${a.getUTCDate()}` : `${a.getUTCDate()} ${month(a)}`
  return `${start}${sameMonth ? '–' : ' – '}${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`
}

/** A speed stored in m/s, in the coach's unit: "29.2 km/h" or "8.11 m/s". */
export function formatSpeed(mps: number, unit: SpeedUnit): string {
  const shown = roundTo(speedIn(mps, unit), unit === 'm/s' ? 2 : 1)
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(shown)}${NBSP}${unit}`
}

/** "87 %" (whole percent). */
export function formatPercent(value: number): string {
  return `${Math.round(value)}${NBSP}%`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)}${NBSP}${count === 1 ? one : many}`
}
