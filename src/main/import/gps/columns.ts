import {
  gpsFieldUnitKind,
  gpsFields,
  gpsUnitLabels,
  gpsUnitsByKind,
  type GpsColumnChoice,
  type GpsField,
  type GpsFieldState,
  type GpsSettings,
  type GpsUnit,
  type GpsUnitSource,
} from '@shared/schemas/gps-import'
import { headerParts } from './headers'
import type { GpsFile } from './layout'
import { isMissing } from './text'
import { parseNumber } from './values'

/** Non-missing cells of one column, top to bottom (at most `limit`). */
export function columnValues(file: GpsFile, index: number, limit = Infinity): string[] {
  const values: string[] = []
  for (const row of file.rows) {
    const cell = row.cells[index]
    if (!isMissing(cell)) values.push(cell!.trim())
    if (values.length >= limit) break
  }
  return values
}

function filled(file: GpsFile, index: number): number {
  return columnValues(file, index, 200).length
}

/** Columns whose header names the field, best first (full names over numbers, filled over empty). */
export function candidatesFor(file: GpsFile, field: GpsField): number[] {
  const indexes: number[] = []
  file.readings.forEach((reading, index) => {
    if (reading?.field === field) indexes.push(index)
  })
  const fill = new Map(indexes.map((i) => [i, filled(file, i)]))
  return indexes.sort(
    (a, b) =>
      Number(fill.get(b)! > 0) - Number(fill.get(a)! > 0) ||
      file.readings[b]!.priority - file.readings[a]!.priority ||
      Number(file.readings[b]!.unit !== null) - Number(file.readings[a]!.unit !== null) ||
      a - b,
  )
}

/** The column recognised for each field from its header (the coach can change every one). */
export function recogniseColumns(file: GpsFile): GpsSettings['columns'] {
  const columns: GpsSettings['columns'] = {}
  for (const field of gpsFields) {
    const best = candidatesFor(file, field)[0]
    if (best !== undefined) columns[field] = { index: best, unit: null }
  }
  return columns
}

export interface ResolvedUnit {
  unit: GpsUnit | null
  source: GpsUnitSource | null
  needsUnit: boolean
  note: string | null
}

function numbers(file: GpsFile, index: number): number[] {
  const out: number[] = []
  for (const raw of columnValues(file, index, 5_000)) {
    const n = parseNumber(raw, file.decimalComma)
    if (n !== null) out.push(n)
  }
  return out
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const fmt = (n: number) => String(Math.round(n * 10) / 10)

/** The unit of a speed column from its values: no athlete runs 15 m/s; few sessions top 25 mph. */
function speedFromValues(values: readonly number[]): ResolvedUnit {
  if (values.length === 0) return { unit: null, source: null, needsUnit: true, note: null }
  const max = Math.max(...values)
  if (max <= 12.5)
    return {
      unit: 'm/s',
      source: 'values',
      needsUnit: false,
      note: `Values up to ${fmt(max)}: read as m/s. Choose km/h or mph if that is wrong.`,
    }
  if (max > 25)
    return {
      unit: 'km/h',
      source: 'values',
      needsUnit: false,
      note: `Values up to ${fmt(max)} are too fast for m/s or mph: read as km/h.`,
    }
  return {
    unit: null,
    source: null,
    needsUnit: true,
    note: `Values up to ${fmt(max)} are too fast for m/s (no one runs ${fmt(max)} m/s): they are km/h or mph. Choose which.`,
  }
}

function durationFromValues(file: GpsFile, index: number): ResolvedUnit {
  const values = columnValues(file, index, 5_000)
  if (values.length === 0) return { unit: null, source: null, needsUnit: true, note: null }
  const clocks = values.filter((v) => v.includes(':'))
  if (clocks.length > 0) {
    if (clocks.some((v) => v.split(':').length === 3))
      return { unit: 'h:mm:ss', source: 'values', needsUnit: false, note: 'Written as h:mm:ss.' }
    const first = Math.max(...clocks.map((v) => Number(v.split(':')[0]) || 0))
    if (first > 5)
      return {
        unit: 'mm:ss',
        source: 'values',
        needsUnit: false,
        note: `Written as minutes:seconds (values up to ${first} before the colon).`,
      }
    return {
      unit: null,
      source: null,
      needsUnit: true,
      note: 'Values like 1:30 could be 1 h 30 min or 1 min 30 s. Choose h:mm:ss or mm:ss.',
    }
  }
  const nums = numbers(file, index)
  if (nums.length === 0) return { unit: null, source: null, needsUnit: true, note: null }
  const max = Math.max(...nums)
  if (max > 300)
    return {
      unit: 's',
      source: 'values',
      needsUnit: false,
      note: `Values up to ${fmt(max)}: longer than any session in minutes, so read as seconds.`,
    }
  return {
    unit: 'min',
    source: 'values',
    needsUnit: false,
    note: `Values up to ${fmt(max)}: read as minutes. Choose seconds if that is wrong.`,
  }
}

function distanceFromValues(values: readonly number[]): ResolvedUnit {
  if (values.length > 0 && median(values) <= 30 && Math.max(...values) <= 60)
    return {
      unit: 'km',
      source: 'values',
      needsUnit: false,
      note: `Values around ${fmt(median(values))}: read as kilometres.`,
    }
  return {
    unit: 'm',
    source: 'assumed',
    needsUnit: false,
    note: 'Read as metres. Choose yards or kilometres if the file uses them.',
  }
}

/**
 * The unit of each mapped column: the coach's choice, else the header's, else a reading of the
 * values that says what it assumed. A speed column that cannot be told apart asks.
 */
export function resolveUnits(
  file: GpsFile,
  columns: GpsSettings['columns'],
): Partial<Record<GpsField, ResolvedUnit>> {
  const out: Partial<Record<GpsField, ResolvedUnit>> = {}
  const order: GpsField[] = ['totalDistance', 'hsr', 'sprintDistance', 'maxVelocity', 'duration']
  for (const field of order) {
    const choice: GpsColumnChoice | undefined = columns[field]
    if (!choice) continue
    const kind = gpsFieldUnitKind[field]!
    if (choice.unit !== null) {
      out[field] = { unit: choice.unit, source: 'set', needsUnit: false, note: null }
      continue
    }
    const named =
      file.readings[choice.index]?.field === field
        ? file.readings[choice.index]!.unit
        : (headerParts(file.headers[choice.index] ?? '').units.find((u) =>
            gpsUnitsByKind[kind].includes(u),
          ) ?? null)
    if (named) {
      out[field] = {
        unit: named,
        source: 'header',
        needsUnit: false,
        note: `The column name says ${gpsUnitLabels[named]}.`,
      }
      continue
    }
    if (kind === 'speed') out[field] = speedFromValues(numbers(file, choice.index))
    else if (kind === 'duration') out[field] = durationFromValues(file, choice.index)
    else if (field === 'totalDistance') out[field] = distanceFromValues(numbers(file, choice.index))
    else {
      const total = out.totalDistance
      const own = numbers(file, choice.index)
      const unit: GpsUnit =
        total?.unit === 'km'
          ? own.length > 0 && Math.max(...own) <= 5
            ? 'km'
            : 'm'
          : (total?.unit ?? 'm')
      out[field] = {
        unit,
        source: 'assumed',
        needsUnit: false,
        note:
          total?.unit === unit
            ? `Same unit as the total distance (${gpsUnitLabels[unit]}). Change it if that is wrong.`
            : `Read as ${gpsUnitLabels[unit]}. Choose another unit if the file uses one.`,
      }
    }
  }
  return out
}

/** What the mapping step shows for each field. */
export function fieldStates(
  file: GpsFile,
  columns: GpsSettings['columns'],
  units: Partial<Record<GpsField, ResolvedUnit>>,
): GpsFieldState[] {
  return gpsFields.map((field) => {
    const choice = columns[field]
    const resolved = units[field]
    const alternatives = candidatesFor(file, field).filter((i) => i !== choice?.index)
    const headerNote =
      choice && file.readings[choice.index]?.field === field
        ? (file.readings[choice.index]?.note ?? null)
        : null
    return {
      field,
      index: choice?.index ?? null,
      header: choice ? (file.headers[choice.index] ?? null) : null,
      unit: resolved?.unit ?? null,
      unitSource: resolved?.source ?? null,
      needsUnit: resolved?.needsUnit ?? false,
      note: [headerNote, resolved?.note ?? null].filter(Boolean).join(' ') || null,
      alternatives: alternatives.slice(0, 20),
      sample: choice ? columnValues(file, choice.index, 3) : [],
    }
  })
}
