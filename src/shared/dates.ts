/**
 * Calendar days are stored as local `YYYY-MM-DD` strings (the day the coach sees on the
 * training-ground calendar); instants are ISO-8601 strings in UTC. Day arithmetic is done on
 * UTC midnights of the day's numbers so that daylight-saving changes never shift a day.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar day written as `YYYY-MM-DD` (no 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  return (
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  )
}

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDay(instant: Date): string {
  const year = String(instant.getFullYear()).padStart(4, '0')
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

function dayNumber(day: string): number {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day: ${day}`)
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return Date.UTC(year, month - 1, date) / 86_400_000
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** The day `days` after `day` (negative `days` goes back), as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  const shifted = new Date((dayNumber(day) + days) * 86_400_000)
  return shifted.toISOString().slice(0, 10)
}

/** Completed years of age on `onDay` for someone born on `dateOfBirth` (both `YYYY-MM-DD`). */
export function ageInYears(dateOfBirth: string, onDay: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = onDay.split('-').map(Number) as [number, number, number]
  const hadBirthday = m > bm || (m === bm && d >= bd)
  return y - by - (hadBirthday ? 0 : 1)
}

/**
 * The day as a whole number of days since 1970-01-01. Engines that compare many days (windows
 * over hundreds of sessions) convert once and then work with integers instead of strings.
 */
export function dayOrdinal(day: string): number {
  return dayNumber(day)
}

/** The `YYYY-MM-DD` day for a number of days since 1970-01-01 (inverse of `dayOrdinal`). */
export function dayFromOrdinal(ordinal: number): string {
  if (!Number.isInteger(ordinal)) throw new RangeError(`Not a whole day number: ${ordinal}`)
  return new Date(ordinal * 86_400_000).toISOString().slice(0, 10)
}

/** True when `day` lies between `from` and `to`, both ends included (all `YYYY-MM-DD`). */
export function isDayWithin(day: string, from: string, to: string): boolean {
  return day >= from && day <= to
}
