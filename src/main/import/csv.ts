import { CsvError, parse } from 'csv-parse/sync'

/** Bounds checked before and while parsing, so a huge or hostile file cannot exhaust memory. */
export interface CsvLimits {
  maxBytes: number
  maxRecords: number
  maxColumns: number
  maxFieldLength: number
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts, as a spreadsheet would number it. */
  line: number
  cells: string[]
}

export interface CsvFile {
  delimiter: ',' | ';' | '\t'
  records: CsvRecord[]
}

/** A problem with the file as a whole; nothing in it is used. */
export class CsvFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvFileError'
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    throw new CsvFileError(
      'The file is not saved as UTF-8 text, so names with accents could come out wrong. In Excel, use “Save as” → “CSV UTF-8”.',
    )
  }
}

/** Comma, semicolon (Excel in many European locales) or tab: whichever the first lines use most. */
function detectDelimiter(text: string): CsvFile['delimiter'] {
  const sample = text.split('\n', 20).join('\n')
  const counts = ([',', ';', '\t'] as const).map((d) => [d, sample.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] === 0 ? ',' : best[0]
}

function describeParseError(error: CsvError): string {
  const line = (error as CsvError & { lines?: number }).lines
  const where = line ? `Line ${line}: ` : ''
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}a quoted value is never closed. Check for a stray " character.`
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'INVALID_OPENING_QUOTE':
      return `${where}a " character is in the wrong place. Values with quotes must be fully quoted.`
    case 'CSV_MAX_RECORD_SIZE':
      return `${where}the row is far longer than expected.`
    default:
      return `${where}the file could not be read as CSV.`
  }
}

/**
 * Reads CSV bytes: strict UTF-8 (a byte-order mark is fine), CRLF, LF or CR line endings in any
 * mix, comma/semicolon/tab. Limits are checked before parsing; malformed quoting is reported
 * with its line. Empty lines are skipped; cells are returned as written, untrimmed.
 */
export function readCsv(bytes: Uint8Array, limits: CsvLimits): CsvFile {
  if (bytes.byteLength > limits.maxBytes) {
    const mb = (limits.maxBytes / 1_048_576).toFixed(0)
    throw new CsvFileError(`The file is larger than ${mb} MB. Split it or export fewer columns.`)
  }
  if (bytes.byteLength === 0) throw new CsvFileError('The file is empty.')
  const text = decode(bytes)
  let newlines = 0
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) newlines += 1
  if (newlines > limits.maxRecords + 50) {
    throw new CsvFileError(`The file has more than ${limits.maxRecords} rows.`)
  }
  const delimiter = detectDelimiter(text)
  let parsed: { record: string[]; info: { lines: number } }[]
  try {
    parsed = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: limits.maxColumns * (limits.maxFieldLength + 3),
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(describeParseError(error))
    throw error
  }
  if (parsed.length > limits.maxRecords + 1) {
    throw new CsvFileError(`The file has more than ${limits.maxRecords} rows.`)
  }
  const records: CsvRecord[] = []
  for (const { record, info } of parsed) {
    if (record.every((cell) => cell.trim() === '')) continue
    if (record.length > limits.maxColumns) {
      throw new CsvFileError(`Line ${info.lines} has more than ${limits.maxColumns} columns.`)
    }
    const long = record.findIndex((cell) => cell.length > limits.maxFieldLength)
    if (long >= 0) {
      throw new CsvFileError(
        `Line ${info.lines}, column ${long + 1}: a value is longer than ${limits.maxFieldLength} characters.`,
      )
    }
    // csv-parse reports the line a record ends on; a quoted cell may span several lines.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0)
    records.push({ line: info.lines - spanned, cells: record })
  }
  return { delimiter, records }
}
