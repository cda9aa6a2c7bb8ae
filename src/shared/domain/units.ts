/**
 * Unit conversions. The engine stores speeds in m/s and distances in metres; the UI may show
 * km/h. Conversions are exact (1 m/s = 3.6 km/h) and rounding happens only for display.
 */

const KMH_PER_MPS = 3.6
const METRES_PER_MILE = 1609.344
const METRES_PER_YARD = 0.9144

/** km/h → m/s. */
export function kmhToMps(kmh: number): number {
  return kmh / KMH_PER_MPS
}

/** m/s → km/h. */
export function mpsToKmh(mps: number): number {
  return mps * KMH_PER_MPS
}

/** mph → m/s (some GPS exports report max velocity in mph). */
export function mphToMps(mph: number): number {
  return (mph * METRES_PER_MILE) / 3600
}

/** yards → metres. */
export function yardsToMetres(yards: number): number {
  return yards * METRES_PER_YARD
}

/** Speed units a coach can choose for display; storage is always m/s. */
export const speedUnits = ['m/s', 'km/h'] as const
export type SpeedUnit = (typeof speedUnits)[number]

/** A speed held in m/s, expressed in the unit the coach chose. */
export function speedIn(mps: number, unit: SpeedUnit): number {
  return unit === 'm/s' ? mps : mpsToKmh(mps)
}

/** A speed typed in the coach's unit, back to m/s for storage. */
export function speedFrom(value: number, unit: SpeedUnit): number {
  return unit === 'm/s' ? value : kmhToMps(value)
}

/** `part` as a percentage of `whole`; null when the whole is zero or missing (never ÷ 0). */
export function percentOf(part: number, whole: number | null | undefined): number | null {
  if (whole === null || whole === undefined || whole <= 0) return null
  return (part / whole) * 100
}

/** Rounds for display only; engine results keep full precision. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
