import type {
  GpsField,
  GpsImportOpen,
  GpsImportState,
  GpsPlayerKind,
  GpsPlayerStatus,
  GpsUnitSource,
} from '@shared/schemas/gps-import'

export type OpenedFile = Extract<GpsImportOpen, { status: 'ready' }>
export type ImportState = GpsImportState

/** The fields in the order a coach reads them, grouped for the mapping table. */
export const fieldGroups: { title: string; fields: GpsField[] }[] = [
  {
    title: 'Who and when',
    fields: ['player', 'lastName', 'date', 'sessionName', 'period', 'sessionType'],
  },
  {
    title: 'What the session exposed',
    fields: [
      'duration',
      'totalDistance',
      'hsr',
      'sprintDistance',
      'sprintCount',
      'maxVelocity',
      'accelerations',
      'decelerations',
      'effortsAt90',
      'effortsAt95',
      'rpe',
    ],
  },
]

export const requiredFields: ReadonlySet<GpsField> = new Set(['player', 'date', 'duration'])

export const fieldHints: Partial<Record<GpsField, string>> = {
  player: 'Name, first name, shirt number or id',
  lastName: 'Only when the file splits first and last names',
  period: 'Drill, half or period: whole-session rows are told apart',
  sessionType: 'A column saying match or training, if there is one',
  effortsAt90: 'Left blank unless the file counts them',
  effortsAt95: 'Left blank unless the file counts them',
}

export const unitSourceText: Record<GpsUnitSource, string> = {
  set: 'as you set it',
  header: 'from the column name',
  values: 'guessed from the values: check',
  assumed: 'assumed: check',
}

export const playerStatus: Record<GpsPlayerStatus, { color: string; label: string }> = {
  matched: { color: 'teal', label: 'Same name' },
  remembered: { color: 'indigo', label: 'Remembered' },
  suggested: { color: 'yellow', label: 'Suggested: check' },
  unmatched: { color: 'red', label: 'Choose' },
}

export const playerKindText: Record<GpsPlayerKind, string> = {
  name: 'full name',
  'first name': 'first name only',
  'shirt number': 'shirt number',
  id: 'an id',
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2026-03-09` → `9 Mar 2026`, spelled out so no one has to guess the order. */
export function showDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return dayFormat.format(new Date(Date.UTC(y!, m! - 1, d!)))
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })

export function metres(value: number | null): string {
  return value === null ? '—' : `${number.format(value)} m`
}

export function count(value: number | null): string {
  return value === null ? '—' : number.format(value)
}

export function minutes(value: number): string {
  return `${oneDecimal.format(value)} min`
}

/** A speed stored in m/s, shown in the unit the coach chose in Settings. */
export function speed(mps: number | null, unit: 'km/h' | 'm/s'): string {
  if (mps === null) return '—'
  return unit === 'km/h' ? `${oneDecimal.format(mps * 3.6)} km/h` : `${oneDecimal.format(mps)} m/s`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${number.format(n)} ${n === 1 ? one : many}`
}
