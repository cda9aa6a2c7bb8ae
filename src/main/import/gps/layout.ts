import type { GpsField } from '@shared/schemas/gps-import'
import type { CsvFile, CsvLimits, CsvRecord } from '../csv'
import { readHeader, type HeaderReading } from './headers'
import { clip, foldText, isMissing } from './text'
import { usesDecimalComma } from './values'

/** GPS exports are wide and long: a season of drills for a squad, hundreds of vendor columns. */
export const GPS_CSV_LIMITS: CsvLimits = {
  maxBytes: 20 * 1_048_576,
  maxRecords: 50_000,
  maxColumns: 5_000,
  maxFieldLength: 1_000,
}

/** How far down the header row may be (the key/value lines some systems write above it). */
const HEADER_SEARCH_ROWS = 60

/** A GPS export read once: where its header is, what each column looks like, its data rows. */
export interface GpsFile {
  delimiter: CsvFile['delimiter']
  headerLine: number
  headers: string[]
  readings: (HeaderReading | null)[]
  preamble: { key: string; value: string }[]
  rows: CsvRecord[]
  decimalComma: boolean
}

/** Nothing in the file can be imported, and why. */
export class GpsFileRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'GpsFileRefusal'
  }
}

function recognisedFields(cells: readonly string[]): Set<GpsField> {
  const fields = new Set<GpsField>()
  for (const cell of cells) {
    const reading = readHeader(cell)
    if (reading) fields.add(reading.field)
  }
  return fields
}

/**
 * The header row: among the first lines, the one naming the most known columns (at least two).
 * Lines above it are the export's preamble (team, device, date range), kept as key/value pairs.
 */
export function findHeaderRow(records: readonly CsvRecord[]): number | null {
  let best = -1
  let bestCount = 1
  const limit = Math.min(records.length, HEADER_SEARCH_ROWS)
  for (let i = 0; i < limit; i += 1) {
    const count = recognisedFields(records[i]!.cells).size
    if (count > bestCount) {
      best = i
      bestCount = count
    }
  }
  return best >= 0 ? best : null
}

function preambleOf(records: readonly CsvRecord[]): GpsFile['preamble'] {
  const pairs: GpsFile['preamble'] = []
  for (const record of records) {
    const cells = record.cells.map((cell) => cell.trim()).filter((cell) => !isMissing(cell))
    if (cells.length === 0) continue
    let [key, ...rest] = cells as [string, ...string[]]
    // "Team: Riverside FC" in a single cell.
    const colon = /^([^:]{1,60}):\s*(.+)$/.exec(key)
    if (rest.length === 0 && colon) {
      key = colon[1]!
      rest = [colon[2]!]
    }
    pairs.push({ key: clip(key.replace(/:\s*$/, ''), 60), value: clip(rest.join(' '), 120) })
    if (pairs.length >= 30) break
  }
  return pairs
}

const TIME_HEADER =
  /^(time|timestamp|time stamp|elapsed|elapsed time|elapsed seconds|seconds|epoch|utc|gps time|unix time|sample|sample time|frame|t|zeit|tiempo|temps|tempo|hora)$/
const SAMPLE_HEADER =
  /^(lat|latitude|lon|lng|long|longitude|x|y|z|pos x|pos y|position x|position y|speed|velocity|instantaneous speed|acceleration|accel x|accel y|heart rate|hr|odometer|altitude|elevation|geschwindigkeit|velocidad|vitesse|velocita|velocidade|vel)$/
const SUMMARY_FIELDS: readonly GpsField[] = [
  'totalDistance',
  'hsr',
  'sprintDistance',
  'sprintCount',
  'maxVelocity',
  'accelerations',
  'decelerations',
  'duration',
]

function bareHeader(header: string): string {
  return foldText(header)
    .replace(/[([][^()[\]]*[)\]]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** Seconds from "10:15:03.1", "03.1", "1741771200.5" or an ISO time. */
function secondsOf(raw: string): number | null {
  const value = raw.trim()
  const clock = /(?:^|[ T])(\d{1,2}):(\d{2}):(\d{2}(?:[.,]\d+)?)/.exec(value)
  if (clock)
    return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]!.replace(',', '.'))
  const minutes = /^(\d{1,4}):(\d{2}(?:[.,]\d+)?)$/.exec(value)
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]!.replace(',', '.'))
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'))
  return null
}

/**
 * Raw sample files (one row per 0.01–1 s of one player) are not session summaries. They are
 * recognised by their columns (a clock next to positions or instant speed, no totals) or by
 * their rows (a time column stepping by a second or less), and refused with a clear message.
 */
export function rawSampleMessage(
  file: Pick<GpsFile, 'headers' | 'readings' | 'rows'>,
): string | null {
  const bare = file.headers.map(bareHeader)
  const timeColumn = bare.findIndex((h) => TIME_HEADER.test(h))
  const sampleColumns = bare.filter((h) => SAMPLE_HEADER.test(h)).length
  const summaries = file.readings.filter((r) => r && SUMMARY_FIELDS.includes(r.field)).length

  // Consecutive rows of the same player stepping by a second or less: a sampled trace.
  let stepSeconds: number | null = null
  let sampled = false
  if (timeColumn >= 0 && file.rows.length >= 50) {
    const playerColumn = file.readings.findIndex((r) => r?.field === 'player')
    const previous = new Map<string, number>()
    const small: number[] = []
    let pairs = 0
    for (const row of file.rows.slice(0, 5_000)) {
      const seconds = secondsOf(row.cells[timeColumn] ?? '')
      if (seconds === null) continue
      const who = playerColumn >= 0 ? (row.cells[playerColumn] ?? '').trim() : ''
      const before = previous.get(who)
      previous.set(who, seconds)
      if (before === undefined) continue
      pairs += 1
      const step = seconds - before
      if (step > 0 && step <= 1.0001) small.push(step)
    }
    if (pairs >= 40 && small.length >= 0.8 * pairs) {
      small.sort((a, b) => a - b)
      stepSeconds = small[Math.floor(small.length / 2)]!
      sampled = true
    }
  }
  const shaped = timeColumn >= 0 && sampleColumns >= 1 && summaries === 0
  if (!sampled && !shaped) return null
  const rate =
    stepSeconds !== null && stepSeconds > 0
      ? stepSeconds < 0.995
        ? ` (about ${Math.round(1 / stepSeconds)} rows per second)`
        : ' (one row per second)'
      : ''
  return (
    `This is a raw sample file${rate}, not a session summary: each row is one moment of one ` +
    'player, not a session. Export the session or drill report instead (one row per player per ' +
    'session, half or drill, with total distance, high-speed running, sprints and max velocity).'
  )
}

function preambleDate(preamble: GpsFile['preamble']): string | null {
  for (const { key, value } of preamble) {
    if (/^(session )?(date|datum|fecha|data|day)\b/.test(foldText(key))) return value
  }
  return null
}

/** The single date written above the header, if the rows carry none. */
export function dateFromPreamble(file: GpsFile): string | null {
  return preambleDate(file.preamble)
}

/**
 * Lays out a parsed CSV as a GPS export: finds the header row below any preamble, reads what
 * each header names, and refuses raw sample files and files without a recognisable header.
 */
export function layoutGpsFile(csv: CsvFile): GpsFile {
  if (csv.records.length === 0) throw new GpsFileRefusal('The file has no rows.')
  const headerIndex = findHeaderRow(csv.records)
  const fallbackHeaders = csv.records[0]!.cells.map((c) => c.trim())
  if (headerIndex === null) {
    const raw = rawSampleMessage({
      headers: fallbackHeaders,
      readings: fallbackHeaders.map(() => null),
      rows: csv.records.slice(1),
    })
    if (raw) throw new GpsFileRefusal(raw)
    throw new GpsFileRefusal(
      'No header row was found: none of the first lines names columns such as Player, Date, ' +
        'Total Distance or Max Velocity. Export the session summary report with its column names.',
    )
  }
  const headerRecord = csv.records[headerIndex]!
  // Padding after the last named column is not data.
  let width = headerRecord.cells.length
  while (width > 0 && headerRecord.cells[width - 1]!.trim() === '') width -= 1
  const headers = headerRecord.cells.slice(0, width).map((cell) => cell.trim())
  const rows = csv.records.slice(headerIndex + 1)
  const file: GpsFile = {
    delimiter: csv.delimiter,
    headerLine: headerRecord.line,
    headers,
    readings: headers.map(readHeader),
    preamble: preambleOf(csv.records.slice(0, headerIndex)),
    rows,
    decimalComma: false,
  }
  const raw = rawSampleMessage(file)
  if (raw) throw new GpsFileRefusal(raw)
  if (rows.length === 0) throw new GpsFileRefusal('The file has a header row but no data rows.')
  file.decimalComma = usesDecimalComma(
    (function* () {
      for (const row of rows.slice(0, 2_000)) yield* row.cells.slice(0, width)
    })(),
  )
  return file
}
