import { kmhToMps, mpsToKmh, roundTo, type SpeedUnit } from '@shared/domain/units'
import type { AthleteLevel } from '@shared/schemas/classification'
import {
  chaosLevelLabels,
  codLevelLabels,
  contactLevelLabels,
  longLeverLevelLabels,
} from '@shared/schemas/scales'
import {
  demandDimensions,
  type DemandBasis,
  type DemandDimension,
  type DemandUnit,
  type DemandValue,
  type SportDemandFacts,
} from '@shared/schemas/sport-demand'
import { CLUB_DATA } from '@shared/templates'

/** How the sport-demand editor and the template pages name, order and format each number. */

export const levelLabels: Record<AthleteLevel, string> = {
  elite: 'Elite',
  'sub-elite': 'Sub-elite',
  amateur: 'Amateur',
  youth: 'Youth',
}

export const basisKindLabels: Record<SportDemandFacts['basis'], string> = {
  'own pre-injury data': "Athlete's own pre-injury data",
  template: 'Published template',
  'club data': 'Club data',
}

export type PerMatchKey = keyof SportDemandFacts['perMatch']
export type ThresholdKey = keyof SportDemandFacts['thresholds']

export interface PerMatchRow {
  key: PerMatchKey
  dimension: DemandDimension
  label: string
  /** What one unit of a count is ("sprints"); distances and minutes use their own unit. */
  countNoun: string
  /** The value is measured above a running speed (HSR, sprints). */
  speedThreshold: boolean
  /** Counted above this acceleration threshold, shown read-only next to the value. */
  accelerationThreshold: ThresholdKey | null
  /** The profile's speed threshold this value should have been measured above. */
  profileSpeedThreshold: 'hsrKmh' | 'sprintKmh' | null
}

/** Per-match values in the order of the gap analysis: running, acc/dec, skills, volume. */
export const perMatchRows: PerMatchRow[] = [
  {
    key: 'hsrMetres',
    dimension: 'hsr',
    label: 'High-speed running',
    countNoun: '',
    speedThreshold: true,
    accelerationThreshold: null,
    profileSpeedThreshold: 'hsrKmh',
  },
  {
    key: 'sprintMetres',
    dimension: 'sprintDistance',
    label: 'Sprint distance',
    countNoun: '',
    speedThreshold: true,
    accelerationThreshold: null,
    profileSpeedThreshold: 'sprintKmh',
  },
  {
    key: 'sprintCount',
    dimension: 'sprintCount',
    label: 'Sprints',
    countNoun: 'sprints',
    speedThreshold: true,
    accelerationThreshold: null,
    profileSpeedThreshold: 'sprintKmh',
  },
  {
    key: 'accelerationCount',
    dimension: 'accelerations',
    label: 'Accelerations',
    countNoun: 'accelerations',
    speedThreshold: false,
    accelerationThreshold: 'accelerationMps2',
    profileSpeedThreshold: null,
  },
  {
    key: 'decelerationCount',
    dimension: 'decelerations',
    label: 'Decelerations',
    countNoun: 'decelerations',
    speedThreshold: false,
    accelerationThreshold: 'decelerationMps2',
    profileSpeedThreshold: null,
  },
  {
    key: 'codCount',
    dimension: 'cutting',
    label: 'Cuts',
    countNoun: 'cuts',
    speedThreshold: false,
    accelerationThreshold: null,
    profileSpeedThreshold: null,
  },
  {
    key: 'contactCount',
    dimension: 'contact',
    label: 'Contacts',
    countNoun: 'contacts',
    speedThreshold: false,
    accelerationThreshold: null,
    profileSpeedThreshold: null,
  },
  {
    key: 'minutes',
    dimension: 'minutes',
    label: 'Minutes played',
    countNoun: '',
    speedThreshold: false,
    accelerationThreshold: null,
    profileSpeedThreshold: null,
  },
  {
    key: 'totalDistanceMetres',
    dimension: 'totalDistance',
    label: 'Total distance',
    countNoun: '',
    speedThreshold: false,
    accelerationThreshold: null,
    profileSpeedThreshold: null,
  },
]

export const thresholdRows: { key: ThresholdKey; label: string; speed: boolean; hint: string }[] = [
  { key: 'hsrKmh', label: 'High-speed running', speed: true, hint: 'Running faster than this' },
  { key: 'sprintKmh', label: 'Sprinting', speed: true, hint: 'Running faster than this' },
  {
    key: 'accelerationMps2',
    label: 'Acceleration',
    speed: false,
    hint: 'Efforts harder than this',
  },
  {
    key: 'decelerationMps2',
    label: 'Deceleration',
    speed: false,
    hint: 'Braking harder than this',
  },
]

export type LadderKey = keyof SportDemandFacts['ordinal']

export const ladderRows: {
  key: LadderKey
  label: string
  min: number
  labels: Record<number, string>
}[] = [
  { key: 'cutting', label: 'Cutting', min: 0, labels: codLevelLabels },
  { key: 'contact', label: 'Contact', min: 0, labels: contactLevelLabels },
  { key: 'chaos', label: 'Chaos (game-like)', min: 1, labels: chaosLevelLabels },
  { key: 'longLever', label: 'Kicking / long-lever', min: 0, labels: longLeverLevelLabels },
]

export const basisLabels: Record<DemandBasis, string> = {
  'per match': 'per match',
  'per minute': 'per minute',
}

/** "m", "m/min", "sprints", "sprints/min", "min". */
export function unitLabel(unit: DemandUnit, basis: DemandBasis, countNoun: string): string {
  const base = unit === 'count' ? countNoun || 'count' : unit
  return basis === 'per minute' ? `${base}/min` : base
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })

/** 1,151 or 113.54: thousands separated, at most two decimals (display only). */
export function formatNumber(value: number): string {
  return numberFormat.format(value)
}

/** A speed stored in km/h, shown in the coach's unit: "19.8 km/h" or "5.5 m/s". */
export function formatSpeed(kmh: number, unit: SpeedUnit): string {
  return `${formatNumber(speedForDisplay(kmh, unit))} ${unit}`
}

/** A km/h value as the number a coach sees in their unit (m/s to two decimals). */
export function speedForDisplay(kmh: number, unit: SpeedUnit): number {
  return unit === 'km/h' ? kmh : roundTo(kmhToMps(kmh), 2)
}

/** A number typed in the coach's unit, back to km/h for storage (rounded to 0.001 km/h). */
export function speedForStorage(value: number, unit: SpeedUnit): number {
  return unit === 'km/h' ? value : roundTo(mpsToKmh(value), 3)
}

/**
 * The schema's range messages name km/h, the unit speeds are stored in. A coach who works in
 * m/s sees the same range in m/s.
 */
export function speedMessage(message: string, unit: SpeedUnit): string {
  if (unit === 'km/h') return message
  return message.replace(
    /between ([\d.]+) and ([\d.]+)(?: km\/h)?$/,
    (_, min: string, max: string) =>
      `between ${formatNumber(roundTo(kmhToMps(Number(min)), 1))} and ${formatNumber(roundTo(kmhToMps(Number(max)), 1))} m/s`,
  )
}

/** "Enter from club data": the evidence gives no number and the club must enter one. */
export function needsClubData(value: Pick<DemandValue, 'mean'>): boolean {
  return value.mean === null
}

export function isClubDataSource(source: string): boolean {
  return source.trim() === CLUB_DATA
}

/** A template note without its leading "Enter from club data.", keeping what the literature says. */
export function withoutClubDataPrefix(note: string | null): string | null {
  if (note === null || !note.startsWith(CLUB_DATA)) return note
  const rest = note.slice(CLUB_DATA.length).replace(/^[.\s]+/, '')
  return rest === '' ? null : rest
}

/** "1,151 ± 337 m per match" or "Enter from club data". */
export function formatDemandValue(value: DemandValue, countNoun: string): string {
  if (value.mean === null) return CLUB_DATA
  const sd = value.sd === null ? '' : ` ± ${formatNumber(value.sd)}`
  const unit = unitLabel(value.unit, 'per match', countNoun)
  return `${formatNumber(value.mean)}${sd} ${unit} ${basisLabels[value.basis]}`
}

/** Dimensions flagged by the athlete, in the order of the gap analysis. */
export function flaggedDimensions(
  flags: SportDemandFacts['flags'],
  which: 'feared' | 'untested',
): DemandDimension[] {
  return demandDimensions.filter((d) => flags[d]?.[which] === true)
}
