import { compareNames } from '@shared/collation'
import { detectDateOrder, parseWrittenDay, type DateOrder } from '@shared/import/dates'
import { athleteFieldsSchema, type Athlete } from '@shared/schemas/athlete'
import type { RosterColumn, RosterImportRow } from '@shared/schemas/roster-import'
import type { AthleteFieldValues } from '../db/repositories/athletes'
import type { CsvFile, CsvLimits } from './csv'

export const ROSTER_CSV_LIMITS: CsvLimits = {
  maxBytes: 2 * 1_048_576,
  maxRecords: 5_000,
  maxColumns: 60,
  maxFieldLength: 500,
}

/** Header spellings seen in club spreadsheets, compared without case, spaces or punctuation. */
const HEADER_ALIASES: Record<RosterColumn, string[]> = {
  name: ['name', 'fullname', 'athlete', 'athletename', 'player', 'playername'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  position: ['position', 'pos', 'role', 'playingposition'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday', 'born', 'dateofbirthyyyymmdd'],
  dominantLeg: [
    'dominantleg',
    'dominantfoot',
    'foot',
    'leg',
    'preferredfoot',
    'strongfoot',
    'footedness',
    'kickingleg',
  ],
}

const FIELD_LABELS: Record<RosterColumn, string> = {
  name: 'name',
  firstName: 'first name',
  lastName: 'last name',
  position: 'position',
  dateOfBirth: 'date of birth',
  dominantLeg: 'dominant leg',
}

const LEG_WORDS: Record<string, AthleteFieldValues['dominantLeg']> = {
  left: 'left',
  l: 'left',
  right: 'right',
  r: 'right',
  both: 'both',
  either: 'both',
  twofooted: 'both',
  ambidextrous: 'both',
  b: 'both',
}

const squash = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

function fieldForHeader(header: string): RosterColumn | null {
  const key = squash(header)
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [RosterColumn, string[]][]) {
    if (aliases.includes(key)) return field
  }
  return null
}

export interface RosterPreviewRow extends RosterImportRow {
  /** The validated values, present when the row is `new`. */
  values: AthleteFieldValues | null
}

export interface RosterPreview {
  columns: { header: string; field: RosterColumn | null }[]
  dateOrder: { used: DateOrder | null; needsChoice: boolean }
  fileErrors: string[]
  rows: RosterPreviewRow[]
}

function sameAthlete(
  a: { name: string; dateOfBirth: string | null },
  b: { name: string; dateOfBirth: string | null },
): boolean {
  if (compareNames(a.name, b.name) !== 0) return false
  return a.dateOfBirth === null || b.dateOfBirth === null || a.dateOfBirth === b.dateOfBirth
}

/**
 * Reads a roster CSV into rows the coach can check before anything is saved: each row is new,
 * already in the squad (skipped), or has errors by column. Dates written 03/04/2001 are read in
 * the order the data settles, or the one the user chose; never guessed.
 */
export function previewRoster(
  file: CsvFile,
  existing: readonly Athlete[],
  chosenOrder: DateOrder | null,
): RosterPreview {
  const [headerRecord, ...body] = file.records
  if (!headerRecord) {
    return {
      columns: [],
      dateOrder: { used: null, needsChoice: false },
      fileErrors: ['The file has no rows.'],
      rows: [],
    }
  }
  const headers = headerRecord.cells.map((cell) => cell.trim())
  const columns = headers.map((header) => ({ header, field: fieldForHeader(header) }))
  const fileErrors: string[] = []

  const seenHeaders = new Map<string, string>()
  for (const header of headers) {
    if (header === '') continue
    const key = header.toLowerCase()
    if (seenHeaders.has(key))
      fileErrors.push(`The column “${header}” appears twice. Keep one of them.`)
    seenHeaders.set(key, header)
  }
  const index: Partial<Record<RosterColumn, number>> = {}
  columns.forEach((column, i) => {
    if (!column.field) return
    if (index[column.field] !== undefined) {
      fileErrors.push(
        `Two columns look like the ${FIELD_LABELS[column.field]}: “${headers[index[column.field]!]}” and “${column.header}”. Keep one of them.`,
      )
    } else {
      index[column.field] = i
    }
  })
  const hasName =
    index.name !== undefined || (index.firstName !== undefined && index.lastName !== undefined)
  if (!hasName) {
    fileErrors.push(
      'No name column was found. Name it “Name” (or use “First name” and “Last name”).',
    )
  }
  if (body.length === 0) fileErrors.push('The file has a header row but no athletes.')

  const cell = (cells: string[], field: RosterColumn) => {
    const i = index[field]
    return i === undefined ? '' : (cells[i] ?? '').trim()
  }

  const evidence = detectDateOrder(body.map((record) => cell(record.cells, 'dateOfBirth')))
  let used: DateOrder | null = evidence.kind === 'settled' ? evidence.order : null
  let needsChoice = false
  if (evidence.kind === 'ambiguous') {
    needsChoice = chosenOrder === null
    used = chosenOrder
  }
  if (evidence.kind === 'conflict') {
    fileErrors.push(
      'The dates of birth mix day-first and month-first formats. Write them all the same way, ideally YYYY-MM-DD.',
    )
  }

  const accepted: { line: number; name: string; dateOfBirth: string | null }[] = []
  const rows: RosterPreviewRow[] = body.map((record) => {
    const name =
      index.name !== undefined
        ? cell(record.cells, 'name')
        : `${cell(record.cells, 'firstName')} ${cell(record.cells, 'lastName')}`.trim()
    const rawDob = cell(record.cells, 'dateOfBirth')
    const rawLeg = cell(record.cells, 'dominantLeg')
    const errors: Record<string, string> = {}
    if (
      record.cells.length > headers.length &&
      record.cells.slice(headers.length).some((c) => c.trim() !== '')
    ) {
      errors['_row'] =
        `This row has ${record.cells.length} values but the header has ${headers.length} columns.`
    }

    let dateOfBirth: string | null = null
    if (rawDob !== '') {
      dateOfBirth = parseWrittenDay(rawDob, used)
      if (dateOfBirth === null) {
        errors['dateOfBirth'] = needsChoice
          ? 'Say above whether dates are written day first or month first.'
          : /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(rawDob)
            ? `“${rawDob}” is not a day on the calendar.`
            : `“${rawDob}” is not a date. Write it as YYYY-MM-DD, for example 2004-03-17.`
      }
    }
    const leg = rawLeg === '' ? undefined : LEG_WORDS[squash(rawLeg)]
    if (rawLeg === '')
      errors['dominantLeg'] = 'The dominant leg is missing: write left, right or both.'
    else if (!leg) errors['dominantLeg'] = `“${rawLeg}” is not a leg: write left, right or both.`

    const parsed = athleteFieldsSchema.safeParse({
      name,
      position: cell(record.cells, 'position'),
      dateOfBirth: dateOfBirth ?? '',
      dominantLeg: leg ?? 'left',
    })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_row')
        errors[key] ??= issue.message
      }
    }

    const shown = {
      line: record.line,
      name,
      position: cell(record.cells, 'position') || null,
      dateOfBirth: dateOfBirth ?? (rawDob || null),
      dominantLeg: leg ?? (rawLeg || null),
    }
    if (Object.keys(errors).length > 0 || !parsed.success) {
      return { ...shown, status: 'error', errors, values: null }
    }
    const values = parsed.data
    const twin = accepted.find((other) => sameAthlete(other, values))
    if (twin) {
      return {
        ...shown,
        status: 'error',
        errors: { name: `The same athlete as line ${twin.line}.` },
        values: null,
      }
    }
    accepted.push({ line: record.line, name: values.name, dateOfBirth: values.dateOfBirth })
    if (existing.some((athlete) => sameAthlete(athlete, values))) {
      return { ...shown, status: 'existing', errors: {}, values: null }
    }
    return { ...shown, status: 'new', errors: {}, values }
  })

  return { columns, dateOrder: { used, needsChoice }, fileErrors, rows }
}
