/**
 * Number formatting for the tests and gap screens: thousands separators, a fixed number of
 * decimals per kind of number, and units written the way a coach reads them. Rounding happens
 * here only; the engine keeps full precision.
 */

const formatters = new Map<number, Intl.NumberFormat>()

/** "2,100" / "9.35": at most `decimals` decimals, trailing zeros dropped. */
export function formatNumber(value: number, decimals = 0): string {
  let formatter = formatters.get(decimals)
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals })
    formatters.set(decimals, formatter)
  }
  // -0 after rounding reads as a bug on a printed sheet.
  const text = formatter.format(value)
  return text === '-0' ? '0' : text
}

/** A coverage ratio with two decimals, always shown as "0.71" (never as a percentage). */
export function formatRatio(value: number): string {
  return value.toFixed(2)
}

/** A percentage with no decimals: "92 %". */
export function formatPercent(value: number): string {
  return `${formatNumber(value, 0)} %`
}

const unitText: Record<string, string> = {
  deg: '°',
  'deg/s': '°/s',
  count: '',
}

/** Decimals that carry meaning for each unit (newtons are whole, a 10 m time has hundredths). */
const unitDecimals: Record<string, number> = {
  N: 0,
  deg: 0,
  'deg/s': 0,
  reps: 0,
  s: 2,
  'm/s': 2,
  'km/h': 1,
  cm: 1,
  m: 0,
  min: 0,
  count: 0,
}

/** "320 N", "72°", "9.35 m/s", "12" (counts carry their unit in the label). */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value, unitDecimals[unit] ?? 1)
  const shown = unitText[unit] ?? unit
  if (shown === '') return number
  if (shown.startsWith('°')) return `${number}${shown}`
  return `${number} ${shown}`
}

/** The unit as a heading shows it: "°" for degrees, "count" stays readable. */
export function unitLabel(unit: string): string {
  return unitText[unit] === '' ? 'count' : (unitText[unit] ?? unit)
}
