import { mpsToKmh, mphToMps } from '@shared/domain/units'
import { detectDateOrder, type DateOrder } from '@shared/import/dates'
import {
  exposureSessionInputSchema,
  type ExposureSessionFacts,
  type ExposureSessionInput,
} from '@shared/schemas/exposure-session'
import {
  gpsFieldLabels,
  gpsFields,
  type GpsField,
  type GpsImportState,
  type GpsPlayerRow,
  type GpsPreviewSession,
  type GpsSessionType,
  type GpsSettings,
  type GpsUnit,
} from '@shared/schemas/gps-import'
import { fieldStates, resolveUnits } from './columns'
import { dateFromPreamble, type GpsFile } from './layout'
import {
  bestMapping,
  headerThreshold,
  mappingFit,
  rememberedMatches,
  type StoredMapping,
} from './mapping'
import { dominantKind, reviewPlayers, type SquadAthlete } from './players'
import { FASTEST_HUMAN_MPS, readRows, type ParsedRow, type RowValues } from './rows'
import { clip, foldText, isMissing } from './text'
import { datePart, parseNumber, round } from './values'

/**
 * From a laid-out GPS file and the coach's settings to the sessions that would be imported, per
 * athlete, with every problem by row and column. Pure apart from the lookups in `PlanContext`,
 * so the preview and the commit compute exactly the same thing.
 */

export interface PlanContext {
  fileName: string
  athletes: readonly (SquadAthlete & { position: string | null })[]
  savedMappings: readonly StoredMapping[]
  /** Sessions already stored for an athlete between two days (inclusive). */
  existingSessions(
    athleteId: string,
    from: string,
    to: string,
  ): readonly {
    date: string
    dataSource: string | null
    device: string | null
    notes: string | null
  }[]
  /** The speed thresholds (km/h) of the athlete's sport demand, with their source. */
  demandThresholds(athleteId: string): {
    hsrKmh: { value: number; source: string } | null
    sprintKmh: { value: number; source: string } | null
  } | null
}

export type GpsPlanState = Omit<GpsImportState, 'status' | 'token' | 'fileName' | 'elapsedMs'>

export interface GpsPlan {
  state: GpsPlanState
  /** The sessions to write, per athlete (duplicates already left out when asked). */
  toImport: Map<string, ExposureSessionFacts[]>
  players: GpsPlayerRow[]
  duplicatesSkipped: number
}

/** Period / drill names that stand for the whole session. */
const TOTAL_PERIOD =
  /^(entire session|whole session|full session|session total|total session|session|total|totals|all|full match|match total|full game|game total|complete session|full training|training total|gesamt|gesamte einheit|ganze einheit|einheit gesamt|total sesion|sesion completa|sesion entera|partido completo|seance entiere|seance complete|total seance|match complet|sessione intera|intera sessione|totale|totale sessione|sessao completa|sessao inteira|jogo completo|total sessao)$/

export function isTotalPeriodName(name: string): boolean {
  return TOTAL_PERIOD.test(
    foldText(name)
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

const MATCH_WORDS =
  /\b(match|game|fixture|friendly|partido|amistoso|spiel|punktspiel|testspiel|partita|amichevole|jogo|rencontre|vs|v)\b/
const NOT_MATCH = /\b(pre|prep|preparation|warm|md ?[-+] ?\d|training|recovery|drill)\b/

function guessType(label: string): GpsSessionType | null {
  const folded = foldText(label).replace(/[^a-z0-9+ -]+/g, ' ')
  if (MATCH_WORDS.test(folded) && !NOT_MATCH.test(folded)) return 'match'
  return null
}

interface BuiltSession {
  rows: ParsedRow[]
  athleteId: string | null
  built: string
}

const METRIC_FIELDS = [
  'totalDistance',
  'hsr',
  'sprintDistance',
  'sprintCount',
  'maxVelocity',
  'accelerations',
  'decelerations',
  'effortsAt90',
  'effortsAt95',
] as const satisfies readonly GpsField[]

/** Where a schema issue on a session belongs in the file. */
const ISSUE_FIELD: Record<string, GpsField> = {
  minutes: 'duration',
  totalDistanceMetres: 'totalDistance',
  hsrMetres: 'hsr',
  sprintMetres: 'sprintDistance',
  sprintCount: 'sprintCount',
  peakVelocityMps: 'maxVelocity',
  effortsAt90PercentVmax: 'effortsAt90',
  effortsAt95PercentVmax: 'effortsAt95',
  accelerationCount: 'accelerations',
  decelerationCount: 'decelerations',
  rpe: 'rpe',
}

const MAX_ROW_ERRORS = 300
const MAX_SESSIONS_PER_ATHLETE = 100
const MAX_SESSIONS_SHOWN = 3_000

function thresholdKmh(
  value: number | null,
  unit: GpsSettings['thresholds']['unit'],
): number | null {
  if (value === null) return null
  return unit === 'km/h' ? value : mpsToKmh(unit === 'mph' ? mphToMps(value) : value)
}

function fmt(value: number, decimals = 1): string {
  return String(round(value, decimals))
}

export function planGpsImport(file: GpsFile, settings: GpsSettings, ctx: PlanContext): GpsPlan {
  const fileErrors: string[] = []
  const warnings: string[] = []
  const blockers: string[] = []

  // Columns: only indexes inside the file, each used once.
  const columns: GpsSettings['columns'] = {}
  const usedBy = new Map<number, GpsField>()
  for (const field of gpsFields) {
    const choice = settings.columns[field]
    if (!choice || choice.index >= file.headers.length) continue
    const other = usedBy.get(choice.index)
    if (other) {
      fileErrors.push(
        `The column “${file.headers[choice.index]}” is chosen for both ${gpsFieldLabels[other]} and ${gpsFieldLabels[field]}. Choose it once.`,
      )
      continue
    }
    usedBy.set(choice.index, field)
    columns[field] = choice
  }
  const units = resolveUnits(file, columns)
  const fields = fieldStates(file, columns, units)
  const header = (field: GpsField) => {
    const choice = columns[field]
    return choice
      ? file.headers[choice.index] || `column ${choice.index + 1}`
      : gpsFieldLabels[field]
  }
  const unitOf = (field: GpsField): GpsUnit | null => units[field]?.unit ?? null

  const preambleDate = columns.date ? null : dateFromPreamble(file)
  if (!columns.player) fileErrors.push('Choose the column that names the player.')
  if (!columns.date && !preambleDate)
    fileErrors.push('Choose the date column: every session needs its day.')
  if (!columns.duration)
    fileErrors.push('Choose the duration column: every session needs its minutes.')
  if (!METRIC_FIELDS.some((field) => columns[field]))
    fileErrors.push(
      'None of total distance, high-speed running, sprints, max velocity or accelerations is chosen: there would be nothing to import.',
    )
  for (const field of gpsFields) {
    if (columns[field] && units[field]?.needsUnit)
      blockers.push(`Choose the unit of ${gpsFieldLabels[field].toLowerCase()}.`)
  }
  const speedUnit = unitOf('maxVelocity')
  if (speedUnit === 'm/s' && columns.maxVelocity) {
    let fastest = 0
    for (const row of file.rows) {
      const n = parseNumber(row.cells[columns.maxVelocity.index] ?? '', file.decimalComma)
      if (n !== null && n > fastest) fastest = n
    }
    if (fastest > FASTEST_HUMAN_MPS)
      warnings.push(
        `Max velocity reaches ${fmt(fastest)} in this file: as m/s that is faster than any sprinter (about 12.4 m/s). The column is probably in mph or km/h: change its unit.`,
      )
  }

  // Thresholds.
  const t = settings.thresholds
  const hsrKmh = thresholdKmh(t.hsr, t.unit)
  const sprintKmh = thresholdKmh(t.sprint, t.unit)
  if (hsrKmh !== null && sprintKmh !== null && sprintKmh <= hsrKmh)
    fileErrors.push('The sprint threshold must be faster than the high-speed running threshold.')
  for (const [value, label] of [
    [hsrKmh, 'high-speed running'],
    [sprintKmh, 'sprint'],
  ] as const) {
    if (value !== null && (value < 10 || value > 40))
      warnings.push(
        `A ${label} threshold of ${fmt(value)} km/h is unusual (most systems use 14–30 km/h). Check the number and its unit.`,
      )
  }
  if (columns.hsr && t.hsr === null)
    warnings.push(
      'The high-speed running threshold is not given: the sessions will not say what speed their HSR was measured above, so comparing them with the sport demand is uncertain.',
    )
  if (columns.sprintDistance && t.sprint === null)
    warnings.push(
      'The sprint threshold is not given: comparing sprint distance with the sport demand is uncertain.',
    )

  // Dates.
  const dateCells: string[] = []
  if (columns.date) {
    for (const row of file.rows) {
      const cell = row.cells[columns.date.index]
      if (!isMissing(cell)) dateCells.push(datePart(cell!))
    }
  } else if (preambleDate) dateCells.push(datePart(preambleDate))
  const evidence = detectDateOrder(dateCells)
  let dateOrder: DateOrder | null = null
  let needsChoice = false
  if (evidence.kind === 'settled') dateOrder = evidence.order
  if (evidence.kind === 'ambiguous') {
    dateOrder = settings.dateOrder
    needsChoice = dateOrder === null
  }
  if (evidence.kind === 'conflict')
    fileErrors.push(
      'The dates mix day-first and month-first (one has a day above 12 first, another second). Export them all the same way, ideally YYYY-MM-DD.',
    )
  if (needsChoice) blockers.push('Say whether dates are written day first or month first.')

  // Rows: read once per column choice (cached), then split by the coach's player decisions.
  const rowErrors = new Map<number, { player: string; errors: Record<string, string> }>()
  const addError = (line: number, player: string, column: string, message: string) => {
    const entry = rowErrors.get(line) ?? { player, errors: {} }
    entry.errors[column] ??= message
    rowErrors.set(line, entry)
  }
  const read = readRows(file, { columns, units, dateOrder, needsChoice, preambleDate })
  for (const line of read.noPlayerLines)
    addError(line, '', header('player'), 'No player on this row.')
  const summaryRows = read.summaryRows
  if (read.extraCells)
    warnings.push(
      'Some rows have more values than the header has columns: the extra values were ignored.',
    )
  if (summaryRows > 0)
    warnings.push(
      `${summaryRows} team summary row${summaryRows === 1 ? '' : 's'} (average, total…) ${summaryRows === 1 ? 'was' : 'were'} left out: ${summaryRows === 1 ? 'it is' : 'they are'} not a player.`,
    )
  const playerRows = read.players

  const savedMapping = settings.savedMappingId
    ? (ctx.savedMappings.find((m) => m.id === settings.savedMappingId) ?? null)
    : null
  const players = reviewPlayers(
    [...playerRows].map(([key, p]) => ({ key, label: p.label, rows: p.rows })),
    ctx.athletes,
    settings.players,
    rememberedMatches(savedMapping?.mapping ?? null, [...playerRows.keys()]),
  ).sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true, sensitivity: 'base' }))
  const decisionOf = new Map(players.map((p) => [p.key, p.decision]))
  const athleteName = new Map(ctx.athletes.map((a) => [a.id, a.name]))

  const undecided = players.filter((p) => p.decision === null).length
  if (undecided > 0)
    blockers.push(
      `Choose an athlete, or Skip, for ${undecided} player${undecided === 1 ? '' : 's'} of the file.`,
    )
  const byAthleteKeys = new Map<string, string[]>()
  for (const p of players) {
    if (p.decision && p.decision !== 'skip')
      byAthleteKeys.set(p.decision, [...(byAthleteKeys.get(p.decision) ?? []), p.label])
  }
  for (const [athleteId, labels] of byAthleteKeys) {
    if (labels.length > 1)
      blockers.push(
        `${labels.map((l) => `“${l}”`).join(' and ')} are both matched to ${athleteName.get(athleteId) ?? 'one athlete'}. Match each athlete once.`,
      )
  }

  let skippedPlayerRows = 0
  const parsed: ParsedRow[] = []
  for (const row of read.rows) {
    if (decisionOf.get(row.key) === 'skip') skippedPlayerRows += 1
    else parsed.push(row)
  }

  // Periods: which names stand for the whole session.
  const periodCounts = new Map<string, { name: string; rows: number }>()
  for (const row of parsed) {
    if (row.period === null) continue
    const key = foldText(row.period)
    const entry = periodCounts.get(key)
    if (entry) entry.rows += 1
    else periodCounts.set(key, { name: row.period, rows: 1 })
  }
  const totalKeys = new Set(
    settings.totalRowNames !== null
      ? settings.totalRowNames.map(foldText)
      : [...periodCounts.keys()].filter((key) => isTotalPeriodName(key)),
  )
  const unticked = [...periodCounts]
    .filter(([key]) => isTotalPeriodName(key) && !totalKeys.has(key))
    .map(([, p]) => `“${p.name}”`)
  if (unticked.length > 0)
    warnings.push(
      `Rows named ${unticked.join(', ')} are now added to the drills of their day. If they hold the whole session, that counts it twice.`,
    )

  // Rows → sessions: the whole-session row where there is one, else the sum of the parts.
  const groups = new Map<string, ParsedRow[]>()
  for (const row of parsed) {
    const groupKey = `${row.key}\u0000${row.day ?? row.dateText}\u0000${row.sessionKey}`
    const group = groups.get(groupKey)
    if (group) group.push(row)
    else groups.set(groupKey, [row])
  }
  const built: BuiltSession[] = []
  let fromTotalRows = 0
  let summed = 0
  let singleRows = 0
  let drillRowsCovered = 0
  let repeatedWithoutPeriod = 0
  for (const rows of groups.values()) {
    const decision = decisionOf.get(rows[0]!.key) ?? null
    const athleteId = decision && decision !== 'skip' ? decision : null
    if (!columns.period) {
      if (rows.length > 1) repeatedWithoutPeriod += 1
      for (const row of rows) {
        built.push({ rows: [row], athleteId, built: 'one row' })
        singleRows += 1
      }
      continue
    }
    const named = rows.some((r) => r.period !== null && !totalKeys.has(foldText(r.period)))
    const isTotal = (r: ParsedRow) =>
      r.period === null ? named && rows.length > 1 : totalKeys.has(foldText(r.period))
    const totals = rows.filter(isTotal)
    const parts = rows.filter((r) => !isTotal(r))
    if (totals.length > 0) {
      for (const total of totals) {
        const name = total.period ? `“${clip(total.period, 30)}”` : 'without a drill name'
        const covered =
          parts.length > 0
            ? `, ${parts.length} drill row${parts.length === 1 ? '' : 's'} not added`
            : ''
        built.push({ rows: [total], athleteId, built: `whole-session row ${name}${covered}` })
        fromTotalRows += 1
      }
      drillRowsCovered += parts.length
    } else if (parts.length > 1) {
      const names = parts.map((p) => p.period ?? '—')
      built.push({
        rows: parts,
        athleteId,
        built: `sum of ${parts.length} parts: ${clip(names.join(' + '), 80)}`,
      })
      summed += 1
    } else {
      const only = parts[0]!
      built.push({
        rows: [only],
        athleteId,
        built: only.period ? `one row (“${clip(only.period, 30)}”)` : 'one row',
      })
      singleRows += 1
    }
  }
  if (repeatedWithoutPeriod > 0)
    warnings.push(
      `${repeatedWithoutPeriod} time${repeatedWithoutPeriod === 1 ? '' : 's'} a player has more than one row on the same day and no drill or period column says how they relate: each row is imported as its own session. If they are halves or drills of one session, choose the drill / period column.`,
    )

  // Session types.
  const labelCounts = new Map<string, { label: string; rows: number }>()
  for (const row of parsed) {
    if (!row.typeKey) continue
    const entry = labelCounts.get(row.typeKey)
    if (entry) entry.rows += 1
    else labelCounts.set(row.typeKey, { label: row.typeLabel!, rows: 1 })
  }
  const typeOf = (row: ParsedRow): GpsSessionType => {
    if (!row.typeKey) return settings.defaultType
    return settings.typeBySession[row.typeKey] ?? guessType(row.typeKey) ?? settings.defaultType
  }
  const sessionLabels = [...labelCounts].slice(0, 200).map(([key, entry]) => ({
    key,
    label: entry.label,
    rows: entry.rows,
    type: settings.typeBySession[key] ?? guessType(key) ?? settings.defaultType,
    guessed: settings.typeBySession[key] === undefined,
  }))

  // Sessions → inputs, checked with the session schema.
  const device = settings.sourceName.trim()
  const thresholdText = [
    columns.hsr
      ? t.hsr !== null
        ? `HSR > ${fmt(t.hsr)} ${t.unit}`
        : 'HSR threshold not given'
      : null,
    columns.sprintDistance
      ? t.sprint !== null
        ? `sprint > ${fmt(t.sprint)} ${t.unit}`
        : 'sprint threshold not given'
      : null,
  ]
    .filter(Boolean)
    .join(', ')
  const sum = (rows: ParsedRow[], key: keyof RowValues) => {
    const values = rows.map((r) => r.values[key]).filter((v): v is number => v !== null)
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0)
  }
  const combine = (rows: ParsedRow[]): RowValues => {
    if (rows.length === 1) return rows[0]!.values
    const rpes = new Set(rows.map((r) => r.values.rpe))
    const speeds = rows.map((r) => r.values.maxVelocity).filter((v): v is number => v !== null)
    return {
      minutes: sum(rows, 'minutes'),
      totalDistance: sum(rows, 'totalDistance'),
      hsr: sum(rows, 'hsr'),
      sprintDistance: sum(rows, 'sprintDistance'),
      sprintCount: sum(rows, 'sprintCount'),
      maxVelocity: speeds.length > 0 ? Math.max(...speeds) : null,
      accelerations: sum(rows, 'accelerations'),
      decelerations: sum(rows, 'decelerations'),
      effortsAt90: sum(rows, 'effortsAt90'),
      effortsAt95: sum(rows, 'effortsAt95'),
      rpe: rpes.size === 1 ? rows[0]!.values.rpe : null,
    }
  }

  let emptyRows = 0
  const planned: { athleteId: string; input: ExposureSessionFacts; preview: GpsPreviewSession }[] =
    []
  for (const session of built) {
    const rows = session.rows
    const first = rows[0]!
    if (rows.some((r) => Object.keys(r.errors).length > 0)) {
      for (const r of rows)
        for (const [column, message] of Object.entries(r.errors))
          addError(r.line, r.label, column, message)
      continue
    }
    if (first.day === null) continue
    const v = combine(rows)
    const running = [v.totalDistance, v.hsr, v.sprintDistance, v.sprintCount, v.maxVelocity]
    const nothing = (v.minutes ?? 0) === 0 && running.every((x) => x === null || x === 0)
    if (nothing) {
      emptyRows += rows.length
      continue
    }
    if (v.minutes === null) {
      for (const r of rows)
        if (r.values.minutes === null)
          addError(r.line, r.label, header('duration'), 'The duration is missing.')
      continue
    }
    const hasRunning =
      columns.totalDistance ||
      columns.hsr ||
      columns.sprintDistance ||
      columns.sprintCount ||
      columns.maxVelocity ||
      columns.effortsAt90 ||
      columns.effortsAt95
    const sessionLabel = first.sessionLabel
    const notes = clip(
      [
        `GPS import: ${clip(ctx.fileName, 120)}`,
        sessionLabel ? `“${clip(sessionLabel, 80)}”` : null,
        session.built,
        thresholdText || null,
      ]
        .filter(Boolean)
        .join(' · '),
      1000,
    )
    const input: ExposureSessionInput = {
      date: first.day,
      type: typeOf(first),
      minutes: round(v.minutes, 2),
      chaosLevel: null,
      running: hasRunning
        ? {
            totalDistanceMetres: v.totalDistance === null ? null : round(v.totalDistance, 1),
            hsrMetres: v.hsr === null ? null : round(v.hsr, 1),
            sprintMetres: v.sprintDistance === null ? null : round(v.sprintDistance, 1),
            sprintCount: v.sprintCount,
            peakVelocityMps: v.maxVelocity === null ? null : round(v.maxVelocity, 3),
            effortsAt90PercentVmax: v.effortsAt90,
            effortsAt95PercentVmax: v.effortsAt95,
            continuousRunMinutes: null,
          }
        : null,
      accelerationCount: v.accelerations,
      decelerationCount: v.decelerations,
      cod: [],
      contacts: [],
      longLeverLevel: 0,
      strength: [],
      rpe: v.rpe,
      painDuring: null,
      warningSigns: [],
      dataSource: settings.dataSource,
      device: device === '' ? null : device,
      dataQuality: 'good',
      notes,
    }
    const checked = exposureSessionInputSchema.safeParse(input)
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const path = issue.path.map(String)
        const field = ISSUE_FIELD[path.at(-1) ?? ''] ?? null
        const column = field ? header(field) : '_row'
        const where = rows.length > 1 ? ` (sum of lines ${rows.map((r) => r.line).join(', ')})` : ''
        addError(first.line, first.label, column, `${issue.message}${where}.`)
      }
      continue
    }
    if (session.athleteId === null) continue
    planned.push({
      athleteId: session.athleteId,
      input: checked.data,
      preview: {
        line: first.line,
        date: first.day,
        label: sessionLabel,
        type: checked.data.type as GpsSessionType,
        minutes: round(checked.data.minutes, 1),
        totalDistanceMetres: checked.data.running?.totalDistanceMetres ?? null,
        hsrMetres: checked.data.running?.hsrMetres ?? null,
        sprintMetres: checked.data.running?.sprintMetres ?? null,
        sprintCount: checked.data.running?.sprintCount ?? null,
        peakVelocityMps: checked.data.running?.peakVelocityMps ?? null,
        accelerationCount: checked.data.accelerationCount,
        decelerationCount: checked.data.decelerationCount,
        built: session.built,
        duplicate: false,
      },
    })
  }

  // Duplicates: a GPS/LPS session on the same day from the same source, or from this very file.
  const sourceKey = foldText(device)
  const fileMark = `GPS import: ${clip(ctx.fileName, 120)} ·`
  const byAthlete = new Map<string, typeof planned>()
  for (const p of planned) {
    const list = byAthlete.get(p.athleteId)
    if (list) list.push(p)
    else byAthlete.set(p.athleteId, [p])
  }
  let duplicates = 0
  for (const [athleteId, list] of byAthlete) {
    const days = list.map((p) => p.input.date).sort()
    const existing = ctx.existingSessions(athleteId, days[0]!, days.at(-1)!)
    const taken = new Set(
      existing
        .filter(
          (s) =>
            (s.dataSource === 'GPS' || s.dataSource === 'LPS') &&
            ((s.device !== null && sourceKey !== '' && foldText(s.device) === sourceKey) ||
              (s.notes?.startsWith(fileMark) ?? false)),
        )
        .map((s) => s.date),
    )
    for (const p of list) {
      if (taken.has(p.input.date)) {
        p.preview.duplicate = true
        duplicates += 1
      }
    }
  }

  // Row errors for the page, first lines first.
  const errorLines = [...rowErrors.keys()].sort((a, b) => a - b)
  const perColumn = new Map<string, number>()
  for (const entry of rowErrors.values())
    for (const column of Object.keys(entry.errors))
      perColumn.set(column, (perColumn.get(column) ?? 0) + 1)
  if (errorLines.length > 0)
    blockers.push(
      `Fix the ${errorLines.length} row${errorLines.length === 1 ? '' : 's'} with errors in the file (or skip their players), then choose it again.`,
    )
  if (device === '')
    blockers.push(
      'Name the source of the file (for example “Catapult Vector”): it is noted on each session and used to find duplicates.',
    )

  // Per athlete.
  const toImport = new Map<string, ExposureSessionFacts[]>()
  let shown = 0
  let sessionsToImport = 0
  let duplicatesSkipped = 0
  const athletesOut: GpsPlanState['byAthlete'] = []
  const sortedAthletes = [...byAthlete].sort((a, b) =>
    (athleteName.get(a[0]) ?? '').localeCompare(athleteName.get(b[0]) ?? '', 'en', {
      sensitivity: 'base',
    }),
  )
  for (const [athleteId, list] of sortedAthletes) {
    list.sort((a, b) => a.input.date.localeCompare(b.input.date) || a.preview.line - b.preview.line)
    const kept = list.filter((p) => !(settings.skipDuplicates && p.preview.duplicate))
    duplicatesSkipped += list.length - kept.length
    if (kept.length > 0)
      toImport.set(
        athleteId,
        kept.map((p) => p.input),
      )
    sessionsToImport += kept.length
    const room = Math.max(0, Math.min(MAX_SESSIONS_PER_ATHLETE, MAX_SESSIONS_SHOWN - shown))
    shown += Math.min(room, list.length)
    athletesOut.push({
      athleteId,
      name: athleteName.get(athleteId) ?? '',
      count: kept.length,
      duplicates: list.filter((p) => p.preview.duplicate).length,
      from: list[0]!.input.date,
      to: list.at(-1)!.input.date,
      sessions: list.slice(0, room).map((p) => p.preview),
      more: Math.max(0, list.length - room),
      thresholdNote: thresholdNote(ctx.demandThresholds(athleteId), hsrKmh, sprintKmh, columns),
    })
  }
  if (fileErrors.length === 0 && blockers.length === 0 && sessionsToImport === 0)
    blockers.push(
      duplicatesSkipped > 0
        ? 'Every session of this file is already imported from this source.'
        : 'There is no session to import.',
    )

  const hsrHeader = headerThreshold(file, columns, 'hsr')
  const sprintHeader = headerThreshold(file, columns, 'sprintDistance')
  const fit = (m: StoredMapping) => Math.round(mappingFit(file, m.mapping) * 100) / 100
  const state: GpsPlanState = {
    file: {
      rows: file.rows.length,
      columns: file.headers.length,
      headerLine: file.headerLine,
      delimiter: file.delimiter === '\t' ? 'tab' : file.delimiter,
      preamble: file.preamble,
    },
    settings: { ...settings, columns },
    fields,
    thresholds: {
      hsr: {
        value: t.hsr,
        source: t.hsr === null ? null : hsrHeader?.value === t.hsr ? 'header' : 'set',
      },
      sprint: {
        value: t.sprint,
        source: t.sprint === null ? null : sprintHeader?.value === t.sprint ? 'header' : 'set',
      },
    },
    dateOrder: {
      used: dateOrder,
      needsChoice,
      settled: evidence.kind === 'settled',
      fromPreamble: preambleDate,
    },
    fileErrors,
    warnings,
    periods: {
      mapped: Boolean(columns.period),
      names: [...periodCounts]
        .slice(0, 200)
        .map(([key, p]) => ({ name: p.name, rows: p.rows, isTotal: totalKeys.has(key) })),
    },
    sessionLabels,
    playerKind: dominantKind(players),
    players,
    athletes: ctx.athletes.map((a) => ({ id: a.id, name: a.name, position: a.position })),
    rowErrors: errorLines
      .slice(0, MAX_ROW_ERRORS)
      .map((line) => ({ line, ...rowErrors.get(line)! })),
    errorRowCount: errorLines.length,
    errorsByColumn: [...perColumn]
      .map(([column, rows]) => ({ column, rows }))
      .sort((a, b) => b.rows - a.rows),
    summary: {
      sessions: sessionsToImport,
      athletes: toImport.size,
      duplicates,
      fromTotalRows,
      summed,
      singleRows,
      drillRowsCovered,
      skippedPlayerRows,
      emptyRows,
      summaryRows,
    },
    byAthlete: athletesOut,
    blockers:
      fileErrors.length > 0
        ? ['Solve the problems with the file shown above.', ...blockers]
        : blockers,
    savedMappings: ctx.savedMappings
      .map((m) => ({ id: m.id, sourceName: m.sourceName, fit: fit(m) }))
      .sort((a, b) => b.fit - a.fit || a.sourceName.localeCompare(b.sourceName)),
  }
  return { state, toImport, players, duplicatesSkipped }
}

function thresholdNote(
  demand: ReturnType<PlanContext['demandThresholds']>,
  hsrKmh: number | null,
  sprintKmh: number | null,
  columns: GpsSettings['columns'],
): string | null {
  if (!demand) return null
  const notes: string[] = []
  const compare = (
    label: string,
    file: number | null,
    wanted: { value: number; source: string } | null,
    mapped: boolean,
  ) => {
    if (!mapped || !wanted) return
    if (file === null)
      notes.push(
        `${label}: the file's threshold is not given; the sport demand uses above ${fmt(wanted.value)} km/h (${clip(wanted.source, 60)}).`,
      )
    else if (Math.abs(file - wanted.value) > 0.05)
      notes.push(
        `${label} here is above ${fmt(file)} km/h; the sport demand uses above ${fmt(wanted.value)} km/h (${clip(wanted.source, 60)}). The two are not directly comparable.`,
      )
  }
  compare('High-speed running', hsrKmh, demand.hsrKmh, Boolean(columns.hsr))
  compare('Sprint distance', sprintKmh, demand.sprintKmh, Boolean(columns.sprintDistance))
  return notes.length > 0 ? notes.join(' ') : null
}

export { bestMapping }
