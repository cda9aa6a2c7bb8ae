/**
 * Calendar days are stored as local `YYYY-MM-DD` strings (the day the coach sees on the
 * training-ground calendar); instants are ISO-8601 strings in UTC. Day arithmetic is done on
 * UTC midnights of the day's numbers so that daylight-saving changes never shift a day.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `value` is a real calendar day written as `YYYY-MM-DD` (no 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  return ordinals.has(value) || parseDay(value) !== null
}

/**
 * Day numbers and day strings already worked out. The engine turns the same few hundred days
 * back and forth for every window it looks at; remembering them (bounded, so a long-running
 * process does not grow) took date handling from about half of an assessment's time to little.
 */
const ordinals = new Map<string, number>()
const dayStrings = new Map<number, string>()
const REMEMBERED = 20_000

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= REMEMBERED) map.clear()
  map.set(key, value)
  return value
}

/** The day's number since 1970-01-01, or null when it is no real `YYYY-MM-DD` day. */
function parseDay(value: string): number | null {
  const match = DAY_PATTERN.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    return null
  }
  return remember(ordinals, value, probe.getTime() / 86_400_000)
}

/** The local calendar day of an instant, as `YYYY-MM-DD`. */
export function localDay(instant: Date): string {
  const year = String(instant.getFullYear()).padStart(4, '0')
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}

function dayNumber(day: string): number {
  const number = ordinals.get(day) ?? parseDay(day)
  if (number === null) throw new RangeError(`Not a calendar day: ${day}`)
  return number
}

function dayString(ordinal: number): string {
  return (
    dayStrings.get(ordinal) ??
    remember(dayStrings, ordinal, new Date(ordinal * 86_400_000).toISOString().slice(0, 10))
  )
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** The day `days` after `day` (negative `days` goes back), as `YYYY-MM-DD`. */
export function addDays(day: string, days: number): string {
  return dayString(dayNumber(day) + days)
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
  return dayString(ordinal)
}

/** True when `day` lies between `from` and `to`, both ends included (all `YYYY-MM-DD`). */
export function isDayWithin(day: string, from: string, to: string): boolean {
  return day >= from && day <= to
}
