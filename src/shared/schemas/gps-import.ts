import { z } from 'zod'
import { dateOrders } from '../import/dates'
import { idSchema } from './common'

/**
 * The GPS / LPS import: a summary export (one row per player per session, half or drill) mapped
 * column by column onto sessions. The file stays in main; the page edits the settings below and
 * sees what would be imported before anything is saved.
 */

/** What a column of the file can be read as. */
export const gpsFields = [
  'player',
  'lastName',
  'date',
  'sessionName',
  'period',
  'sessionType',
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
] as const
export type GpsField = (typeof gpsFields)[number]

export const gpsFieldLabels: Record<GpsField, string> = {
  player: 'Player',
  lastName: 'Last name (if separate)',
  date: 'Date',
  sessionName: 'Session name',
  period: 'Drill / period / half',
  sessionType: 'Session type (match or training)',
  duration: 'Duration',
  totalDistance: 'Total distance',
  hsr: 'High-speed running',
  sprintDistance: 'Sprint distance',
  sprintCount: 'Sprints',
  maxVelocity: 'Max velocity',
  accelerations: 'Accelerations',
  decelerations: 'Decelerations',
  effortsAt90: 'Efforts ≥ 90 % of max speed',
  effortsAt95: 'Efforts ≥ 95 % of max speed',
  rpe: 'Session RPE (0–10)',
}

export const gpsSpeedUnits = ['m/s', 'km/h', 'mph'] as const
export const gpsDistanceUnits = ['m', 'km', 'yd'] as const
export const gpsDurationUnits = ['s', 'min', 'h:mm:ss', 'mm:ss'] as const
export const gpsUnits = [...gpsSpeedUnits, ...gpsDistanceUnits, ...gpsDurationUnits] as const
export type GpsUnit = (typeof gpsUnits)[number]
export type GpsUnitKind = 'speed' | 'distance' | 'duration'

export const gpsUnitsByKind: Record<GpsUnitKind, readonly GpsUnit[]> = {
  speed: gpsSpeedUnits,
  distance: gpsDistanceUnits,
  duration: gpsDurationUnits,
}

export const gpsUnitLabels: Record<GpsUnit, string> = {
  'm/s': 'm/s',
  'km/h': 'km/h',
  mph: 'mph',
  m: 'metres',
  km: 'kilometres',
  yd: 'yards',
  s: 'seconds',
  min: 'minutes',
  'h:mm:ss': 'h:mm:ss',
  'mm:ss': 'mm:ss (minutes:seconds)',
}

/** Which fields carry a unit the coach confirms. */
export const gpsFieldUnitKind: Partial<Record<GpsField, GpsUnitKind>> = {
  duration: 'duration',
  totalDistance: 'distance',
  hsr: 'distance',
  sprintDistance: 'distance',
  maxVelocity: 'speed',
}

export const gpsThresholdUnits = ['km/h', 'm/s', 'mph'] as const
export type GpsThresholdUnit = (typeof gpsThresholdUnits)[number]

export const gpsSessionTypes = ['field', 'match'] as const
export type GpsSessionType = (typeof gpsSessionTypes)[number]

export const gpsDataSources = ['GPS', 'LPS'] as const

const MAX_KEYS = 2_000
const boundedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z
    .record(z.string().max(200), value)
    .refine((record) => Object.keys(record).length <= max, `At most ${max} entries`)

export const gpsColumnChoiceSchema = z.strictObject({
  /** 0-based column of the file. */
  index: z.int().min(0).max(9_999),
  /** The unit the coach set; null: read it from the header or the values. */
  unit: z.enum(gpsUnits).nullable(),
})
export type GpsColumnChoice = z.output<typeof gpsColumnChoiceSchema>

const thresholdValue = z
  .number({ error: 'The threshold must be a number' })
  .min(0, 'The threshold must be between 0 and 50')
  .max(50, 'The threshold must be between 0 and 50')
  .nullable()

/** Everything the coach decides about one file. Sent whole with every preview. */
export const gpsSettingsSchema = z.strictObject({
  /** The system the file comes from (stored as the sessions' device; mappings are kept per source). */
  sourceName: z.string().max(60, 'The source name can be at most 60 characters'),
  dataSource: z.enum(gpsDataSources),
  /** A missing field is not imported. */
  columns: z.partialRecord(z.enum(gpsFields), gpsColumnChoiceSchema),
  /** The speeds the file's HSR and sprint columns were measured above. */
  thresholds: z.strictObject({
    hsr: thresholdValue,
    sprint: thresholdValue,
    unit: z.enum(gpsThresholdUnits),
  }),
  /** How 03/04/2026 is read; null: settled by the data, or still to be chosen. */
  dateOrder: z.enum(dateOrders).nullable(),
  /** Drill / period names that stand for the whole session; null: recognised automatically. */
  totalRowNames: z.array(z.string().max(200)).max(500).nullable(),
  defaultType: z.enum(gpsSessionTypes),
  /** Type per session name (folded); names not listed are guessed from their words. */
  typeBySession: boundedRecord(z.enum(gpsSessionTypes), MAX_KEYS),
  /** The coach's choice per player of the file (folded key): an athlete of the squad, or skip. */
  players: boundedRecord(z.union([idSchema, z.literal('skip')]), MAX_KEYS),
  skipDuplicates: z.boolean(),
  /** Remember this mapping and the player matches for the source. */
  remember: z.boolean(),
  /** The saved mapping whose remembered player matches apply. */
  savedMappingId: idSchema.nullable(),
})
export type GpsSettings = z.output<typeof gpsSettingsSchema>

export const gpsImportOpenInput = z.strictObject({ squadId: idSchema })
export const gpsImportPreviewInput = z.strictObject({
  token: z.uuid(),
  settings: gpsSettingsSchema,
  /** Start again from a saved mapping (null: from what the columns are called). */
  useSavedMapping: idSchema.nullable().optional(),
})
export const gpsImportCommitInput = z.strictObject({
  token: z.uuid(),
  settings: gpsSettingsSchema,
})

export const gpsUnitSources = ['set', 'header', 'values', 'assumed'] as const
export type GpsUnitSource = (typeof gpsUnitSources)[number]

export const gpsPlayerStatuses = ['matched', 'remembered', 'suggested', 'unmatched'] as const
export type GpsPlayerStatus = (typeof gpsPlayerStatuses)[number]
export const gpsPlayerKinds = ['name', 'first name', 'shirt number', 'id'] as const
export type GpsPlayerKind = (typeof gpsPlayerKinds)[number]

const fieldStateSchema = z.object({
  field: z.enum(gpsFields),
  index: z.int().nullable(),
  header: z.string().nullable(),
  unit: z.enum(gpsUnits).nullable(),
  unitSource: z.enum(gpsUnitSources).nullable(),
  /** The unit cannot be told from the header or the values: the coach must choose. */
  needsUnit: z.boolean(),
  /** Why the unit was guessed, or what to check. */
  note: z.string().nullable(),
  /** Other columns that look like the same thing (near-duplicate headers). */
  alternatives: z.array(z.int()),
  /** The first few values of the column, as written. */
  sample: z.array(z.string()),
})
export type GpsFieldState = z.infer<typeof fieldStateSchema>

const thresholdStateSchema = z.object({
  value: z.number().nullable(),
  source: z.enum(['set', 'header']).nullable(),
})

export const gpsPlayerRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(gpsPlayerKinds),
  rows: z.int(),
  status: z.enum(gpsPlayerStatuses),
  /** The athlete the status points to (matched, remembered or suggested). */
  athleteId: idSchema.nullable(),
  /** What will happen: an athlete, 'skip', or null (still to decide). */
  decision: z.union([idSchema, z.literal('skip')]).nullable(),
})
export type GpsPlayerRow = z.infer<typeof gpsPlayerRowSchema>

export const gpsPreviewSessionSchema = z.object({
  line: z.int(),
  date: z.string(),
  label: z.string().nullable(),
  type: z.enum(gpsSessionTypes),
  minutes: z.number(),
  totalDistanceMetres: z.number().nullable(),
  hsrMetres: z.number().nullable(),
  sprintMetres: z.number().nullable(),
  sprintCount: z.number().nullable(),
  peakVelocityMps: z.number().nullable(),
  accelerationCount: z.number().nullable(),
  decelerationCount: z.number().nullable(),
  /** How the row(s) became this session: one row, the whole-session row, or a sum of parts. */
  built: z.string(),
  duplicate: z.boolean(),
})
export type GpsPreviewSession = z.infer<typeof gpsPreviewSessionSchema>

export const gpsImportStateSchema = z.object({
  status: z.literal('ready'),
  token: z.uuid(),
  fileName: z.string(),
  file: z.object({
    rows: z.int(),
    columns: z.int(),
    headerLine: z.int(),
    delimiter: z.string(),
    /** Key/value lines above the header row (team, device, export date…). */
    preamble: z.array(z.object({ key: z.string(), value: z.string() })),
  }),
  settings: gpsSettingsSchema,
  fields: z.array(fieldStateSchema),
  thresholds: z.object({ hsr: thresholdStateSchema, sprint: thresholdStateSchema }),
  dateOrder: z.object({
    used: z.enum(dateOrders).nullable(),
    needsChoice: z.boolean(),
    /** True when some date of the file settles the order (nothing to ask). */
    settled: z.boolean(),
    /** A single date for every row, read from the lines above the header. */
    fromPreamble: z.string().nullable(),
  }),
  /** Problems with the file as a whole: nothing can be imported until they are solved. */
  fileErrors: z.array(z.string()),
  /** Worth knowing, but the import can go ahead. */
  warnings: z.array(z.string()),
  periods: z.object({
    mapped: z.boolean(),
    names: z.array(z.object({ name: z.string(), rows: z.int(), isTotal: z.boolean() })),
  }),
  sessionLabels: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      rows: z.int(),
      type: z.enum(gpsSessionTypes),
      guessed: z.boolean(),
    }),
  ),
  playerKind: z.enum(gpsPlayerKinds).nullable(),
  players: z.array(gpsPlayerRowSchema),
  athletes: z.array(z.object({ id: idSchema, name: z.string(), position: z.string().nullable() })),
  rowErrors: z.array(
    z.object({
      line: z.int(),
      player: z.string(),
      /** Messages by column header (`_row` for the row as a whole). */
      errors: z.record(z.string(), z.string()),
    }),
  ),
  errorRowCount: z.int(),
  errorsByColumn: z.array(z.object({ column: z.string(), rows: z.int() })),
  summary: z.object({
    sessions: z.int(),
    athletes: z.int(),
    duplicates: z.int(),
    fromTotalRows: z.int(),
    summed: z.int(),
    singleRows: z.int(),
    drillRowsCovered: z.int(),
    skippedPlayerRows: z.int(),
    emptyRows: z.int(),
    summaryRows: z.int(),
  }),
  byAthlete: z.array(
    z.object({
      athleteId: idSchema,
      name: z.string(),
      count: z.int(),
      duplicates: z.int(),
      from: z.string(),
      to: z.string(),
      /** The sessions, oldest first (long lists are cut; `more` says how many are not shown). */
      sessions: z.array(gpsPreviewSessionSchema),
      more: z.int(),
      /** Set when the file's thresholds differ from the athlete's sport demand. */
      thresholdNote: z.string().nullable(),
    }),
  ),
  /** Why the import button is off, in the coach's words (empty: ready to import). */
  blockers: z.array(z.string()),
  savedMappings: z.array(z.object({ id: idSchema, sourceName: z.string(), fit: z.number() })),
  /** Milliseconds main spent on this preview (shown nowhere; measured by tests). */
  elapsedMs: z.number(),
})
export type GpsImportState = z.infer<typeof gpsImportStateSchema>

export const gpsImportOpenSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('refused'), fileName: z.string(), message: z.string() }),
  gpsImportStateSchema.extend({
    columns: z.array(z.object({ index: z.int(), header: z.string() })),
    readMs: z.number(),
  }),
])
export type GpsImportOpen = z.infer<typeof gpsImportOpenSchema>

export const gpsImportResultSchema = z.object({
  imported: z.int(),
  athletes: z.int(),
  skippedDuplicates: z.int(),
  remembered: z.boolean(),
})
export type GpsImportResult = z.infer<typeof gpsImportResultSchema>

/** A mapping remembered for a source, stored as JSON in `gps_mappings.mapping`. */
export const savedGpsMappingSchema = z.strictObject({
  version: z.literal(1),
  dataSource: z.enum(gpsDataSources),
  columns: z.partialRecord(
    z.enum(gpsFields),
    z.strictObject({ header: z.string().max(500), unit: z.enum(gpsUnits).nullable() }),
  ),
  thresholds: z.strictObject({
    hsr: z.number().min(0).max(50).nullable(),
    sprint: z.number().min(0).max(50).nullable(),
    unit: z.enum(gpsThresholdUnits),
  }),
  dateOrder: z.enum(dateOrders).nullable(),
  totalRowNames: z.array(z.string().max(200)).max(500).nullable(),
  defaultType: z.enum(gpsSessionTypes),
  typeBySession: z.record(z.string().max(200), z.enum(gpsSessionTypes)),
  /**
   * Player matches, keyed by a salted hash of the name as the file writes it: the mapping keeps
   * no athlete's name, so erasing an athlete leaves nothing readable behind here.
   */
  players: z.strictObject({
    salt: z.string().regex(/^[0-9a-f]{32}$/),
    matches: z
      .array(
        z.strictObject({ key: z.string().regex(/^[0-9a-f]{64}$/), athleteId: idSchema.nullable() }),
      )
      .max(5_000),
  }),
})
export type SavedGpsMapping = z.output<typeof savedGpsMappingSchema>
