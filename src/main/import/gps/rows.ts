import type { DateOrder } from '@shared/import/dates'
import {
  gpsFieldLabels,
  type GpsField,
  type GpsSettings,
  type GpsUnit,
} from '@shared/schemas/gps-import'
import type { ResolvedUnit } from './columns'
import type { GpsFile } from './layout'
import { isSummaryPlayer, playerKey } from './players'
import { clip, foldText, isMissing, tidyLabel } from './text'
import { parseDay, parseDuration, parseNumber, round, toMetres, toMps, type Read } from './values'

/**
 * Every data row of a GPS file read into values in the units the import stores (metres, m/s,
 * minutes), with a message per column where a cell cannot be read. Reading depends only on the
 * column choices, units and date order, so it is cached per file: choosing players, session
 * types or the whole-session rows re-plans without re-reading 10,000 rows.
 */

export interface RowValues {
  minutes: number | null
  totalDistance: number | null
  hsr: number | null
  sprintDistance: number | null
  sprintCount: number | null
  maxVelocity: number | null
  accelerations: number | null
  decelerations: number | null
  effortsAt90: number | null
  effortsAt95: number | null
  rpe: number | null
}

export interface ParsedRow {
  line: number
  key: string
  label: string
  day: string | null
  dateText: string
  sessionKey: string
  sessionLabel: string | null
  typeKey: string | null
  typeLabel: string | null
  period: string | null
  values: RowValues
  /** Messages by column header. */
  errors: Record<string, string>
}

export interface ReadRows {
  rows: ParsedRow[]
  players: Map<string, { label: string; rows: number }>
  noPlayerLines: number[]
  summaryRows: number
  extraCells: boolean
}

export interface ReadOptions {
  columns: GpsSettings['columns']
  units: Partial<Record<GpsField, ResolvedUnit>>
  dateOrder: DateOrder | null
  needsChoice: boolean
  preambleDate: string | null
}

/** No athlete runs faster: the world record peak is about 12.4 m/s. */
export const FASTEST_HUMAN_MPS = 12.5

const cache = new WeakMap<GpsFile, { key: string; rows: ReadRows }>()

/** The column a field was read from, as the file names it (for messages by column). */
export function columnName(
  file: GpsFile,
  columns: GpsSettings['columns'],
  field: GpsField,
): string {
  const choice = columns[field]
  return choice ? file.headers[choice.index] || `column ${choice.index + 1}` : gpsFieldLabels[field]
}

const fmt = (value: number) => String(round(value, 1))

export function readRows(file: GpsFile, options: ReadOptions): ReadRows {
  const key = JSON.stringify({
    c: options.columns,
    u: Object.fromEntries(Object.entries(options.units).map(([f, u]) => [f, u?.unit ?? null])),
    d: options.dateOrder,
    n: options.needsChoice,
    p: options.preambleDate,
  })
  const known = cache.get(file)
  if (known?.key === key) return known.rows
  const rows = readUncached(file, options)
  cache.set(file, { key, rows })
  return rows
}

function readUncached(file: GpsFile, options: ReadOptions): ReadRows {
  const { columns, units, dateOrder, needsChoice, preambleDate } = options
  const header = (field: GpsField) => columnName(file, columns, field)
  const unitOf = (field: GpsField): GpsUnit | null => units[field]?.unit ?? null
  const index = (field: GpsField) => columns[field]?.index ?? -1
  const mappedIndexes = Object.values(columns).map((c) => c.index)
  const cell = (cells: readonly string[], field: GpsField): string | null => {
    const i = index(field)
    if (i < 0) return null
    const value = cells[i]
    return isMissing(value) ? null : value!.trim()
  }
  // Dates, names and labels repeat on thousands of rows: read each spelling once.
  const days = new Map<string, Read<string>>()
  const tidy = new Map<string, string>()
  const tidyOnce = (text: string) => {
    let value = tidy.get(text)
    if (value === undefined) {
      value = tidyLabel(text)
      tidy.set(text, value)
    }
    return value
  }
  const summary = new Map<string, boolean>()

  const out: ReadRows = {
    rows: [],
    players: new Map(),
    noPlayerLines: [],
    summaryRows: 0,
    extraCells: false,
  }
  const speedUnit = unitOf('maxVelocity')
  const durationUnit = unitOf('duration')

  for (const row of file.rows) {
    const cells = row.cells
    if (mappedIndexes.every((i) => isMissing(cells[i]))) continue
    if (!out.extraCells && cells.length > file.headers.length)
      out.extraCells = cells.slice(file.headers.length).some((c) => !isMissing(c))
    const first = cell(cells, 'player')
    const last = cell(cells, 'lastName')
    const label = tidyOnce(last ? `${first ?? ''} ${last}` : (first ?? ''))
    if (label === '') {
      if (columns.player) out.noPlayerLines.push(row.line)
      continue
    }
    let isSummary = summary.get(label)
    if (isSummary === undefined) {
      isSummary = isSummaryPlayer(label)
      summary.set(label, isSummary)
    }
    if (isSummary) {
      out.summaryRows += 1
      continue
    }
    const key = playerKey(label)
    const player = out.players.get(key)
    if (player) player.rows += 1
    else out.players.set(key, { label, rows: 1 })

    const errors: Record<string, string> = {}
    const error = (field: GpsField, message: string) => {
      errors[header(field)] ??= message
    }
    const number = (field: GpsField): number | null => {
      const raw = cell(cells, field)
      if (raw === null) return null
      const n = parseNumber(raw, file.decimalComma)
      if (n === null) {
        error(field, `“${clip(raw)}” is not a number.`)
        return null
      }
      if (n < 0) {
        error(field, `“${raw}”: cannot be negative.`)
        return null
      }
      return n
    }
    const distance = (field: GpsField) => {
      const n = number(field)
      const unit = unitOf(field)
      return n === null || unit === null ? null : toMetres(n, unit)
    }
    const countOf = (field: GpsField) => {
      const n = number(field)
      if (n === null) return null
      if (Math.abs(n - Math.round(n)) > 1e-6) {
        error(field, `“${cell(cells, field)}” is not a whole number.`)
        return null
      }
      return Math.round(n)
    }

    let maxVelocity: number | null = null
    const speed = number('maxVelocity')
    if (speed !== null && speedUnit !== null) {
      const mps = toMps(speed, speedUnit)
      if (mps > FASTEST_HUMAN_MPS)
        error(
          'maxVelocity',
          `${fmt(speed)} ${speedUnit} is ${fmt(mps)} m/s, faster than any sprinter. Check the unit of this column (mph or km/h?).`,
        )
      else maxVelocity = mps
    }
    let minutes: number | null = null
    const rawDuration = cell(cells, 'duration')
    if (rawDuration !== null && durationUnit !== null) {
      const read = parseDuration(rawDuration, durationUnit, file.decimalComma)
      if (read.ok) minutes = read.value
      else error('duration', read.message)
    }
    let rpe = number('rpe')
    if (rpe !== null && rpe > 10) {
      error('rpe', `“${cell(cells, 'rpe')}”: session RPE is on a 0–10 scale.`)
      rpe = null
    }
    let day: string | null = null
    const rawDate = columns.date ? cell(cells, 'date') : preambleDate
    if (rawDate === null) error('date', 'The date is missing.')
    else {
      let read = days.get(rawDate)
      if (!read) {
        read = parseDay(rawDate, dateOrder)
        days.set(rawDate, read)
      }
      if (read.ok) day = read.value
      else if (!needsChoice) error('date', read.message)
    }
    const sessionLabel = cell(cells, 'sessionName')
    const typeLabel = cell(cells, 'sessionType') ?? sessionLabel
    const period = cell(cells, 'period')
    out.rows.push({
      line: row.line,
      key,
      label,
      day,
      dateText: rawDate ?? '',
      sessionKey: sessionLabel ? foldText(sessionLabel) : '',
      sessionLabel: sessionLabel ? tidyOnce(sessionLabel) : null,
      typeKey: typeLabel ? foldText(typeLabel).slice(0, 200) : null,
      typeLabel: typeLabel ? tidyOnce(typeLabel) : null,
      period: period ? tidyOnce(period) : null,
      values: {
        minutes,
        totalDistance: distance('totalDistance'),
        hsr: distance('hsr'),
        sprintDistance: distance('sprintDistance'),
        sprintCount: countOf('sprintCount'),
        maxVelocity,
        accelerations: countOf('accelerations'),
        decelerations: countOf('decelerations'),
        effortsAt90: countOf('effortsAt90'),
        effortsAt95: countOf('effortsAt95'),
        rpe,
      },
      errors,
    })
  }
  return out
}
