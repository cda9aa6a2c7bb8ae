import { createHash, randomBytes } from 'node:crypto'
import {
  gpsFields,
  type GpsField,
  type GpsPlayerRow,
  type GpsSettings,
  type SavedGpsMapping,
} from '@shared/schemas/gps-import'
import { recogniseColumns } from './columns'
import type { GpsFile } from './layout'
import { dateFromPreamble } from './layout'
import { foldText } from './text'

/**
 * Mappings remembered per source ("Catapult Vector", "Club LPS"): which column is what, units,
 * thresholds, how dates are written, which drill name is the whole session, session types and
 * the player matches. Matches are kept by a salted hash of the name as the file writes it, so
 * the stored mapping holds no athlete's name.
 */

export interface StoredMapping {
  id: string
  sourceName: string
  mapping: SavedGpsMapping
}

export function hashPlayerKey(salt: string, key: string): string {
  return createHash('sha256').update(`${salt}:${key}`).digest('hex')
}

const headerKey = (header: string) => foldText(header)

/** Share (0–1) of the saved mapping's columns that this file has, by header. */
export function mappingFit(file: GpsFile, mapping: SavedGpsMapping): number {
  const saved = Object.values(mapping.columns).map((c) => headerKey(c.header))
  if (saved.length === 0) return 0
  const present = new Set(file.headers.map(headerKey))
  return saved.filter((h) => present.has(h)).length / saved.length
}

/** The saved mapping that fits this file best, if it fits well (≥ 75 % of its columns). */
export function bestMapping(file: GpsFile, saved: readonly StoredMapping[]): StoredMapping | null {
  let best: StoredMapping | null = null
  let bestFit = 0.75
  for (const candidate of saved) {
    const fit = mappingFit(file, candidate.mapping)
    if (fit >= bestFit) {
      best = candidate
      bestFit = fit
    }
  }
  return best
}

/** Settings before the coach has touched anything: from a saved mapping, else from the headers. */
export function initialSettings(file: GpsFile, saved: StoredMapping | null): GpsSettings {
  const recognised = recogniseColumns(file)
  const thresholds = thresholdsFromHeaders(file, recognised)
  const base: GpsSettings = {
    sourceName: sourceFromPreamble(file) ?? '',
    dataSource: 'GPS',
    columns: recognised,
    thresholds,
    dateOrder: null,
    totalRowNames: null,
    defaultType: 'field',
    typeBySession: {},
    players: {},
    skipDuplicates: true,
    remember: true,
    savedMappingId: null,
  }
  if (!saved) return base
  const m = saved.mapping
  const columns: GpsSettings['columns'] = {}
  const byHeader = new Map<string, number>()
  file.headers.forEach((header, index) => {
    const key = headerKey(header)
    if (!byHeader.has(key)) byHeader.set(key, index)
  })
  for (const field of gpsFields) {
    const wanted = m.columns[field]
    const index = wanted ? byHeader.get(headerKey(wanted.header)) : undefined
    if (index !== undefined) columns[field] = { index, unit: wanted!.unit }
    else if (!wanted && recognised[field]) continue
    else if (recognised[field]) columns[field] = recognised[field]
  }
  return {
    ...base,
    sourceName: saved.sourceName,
    dataSource: m.dataSource,
    columns,
    thresholds: {
      hsr: m.thresholds.hsr ?? thresholds.hsr,
      sprint: m.thresholds.sprint ?? thresholds.sprint,
      unit:
        m.thresholds.hsr !== null || m.thresholds.sprint !== null
          ? m.thresholds.unit
          : thresholds.unit,
    },
    dateOrder: m.dateOrder,
    totalRowNames: m.totalRowNames,
    defaultType: m.defaultType,
    typeBySession: m.typeBySession,
    savedMappingId: saved.id,
  }
}

function thresholdsFromHeaders(
  file: GpsFile,
  columns: GpsSettings['columns'],
): GpsSettings['thresholds'] {
  const read = (field: GpsField) => {
    const choice = columns[field]
    return choice ? (file.readings[choice.index]?.threshold ?? null) : null
  }
  const hsr = read('hsr')
  const sprint = read('sprintDistance')
  const guessUnit = (t: { value: number; unit: string | null } | null) =>
    t ? (t.unit ?? (t.value > 12 ? 'km/h' : 'm/s')) : null
  const unit = (guessUnit(hsr) ?? guessUnit(sprint) ?? 'km/h') as GpsSettings['thresholds']['unit']
  const inUnit = (t: { value: number; unit: string | null } | null) => {
    if (!t) return null
    const own = guessUnit(t)
    if (own === unit) return t.value
    return null
  }
  return { hsr: inUnit(hsr), sprint: inUnit(sprint), unit }
}

function sourceFromPreamble(file: GpsFile): string | null {
  for (const { key, value } of file.preamble) {
    if (
      /^(device|system|source|vendor|export(ed)? from|tracking system|hardware)$/.test(
        foldText(key),
      )
    )
      return value.slice(0, 60)
  }
  return null
}

/** The threshold a header states, for the mapping step's "from the column name". */
export function headerThreshold(
  file: GpsFile,
  columns: GpsSettings['columns'],
  field: 'hsr' | 'sprintDistance',
) {
  const choice = columns[field]
  return choice ? (file.readings[choice.index]?.threshold ?? null) : null
}

/** What is stored for a source once the coach imports with "remember" on. */
export function mappingToSave(
  file: GpsFile,
  settings: GpsSettings,
  players: readonly GpsPlayerRow[],
  previous: SavedGpsMapping | null,
  liveAthletes: ReadonlySet<string>,
): SavedGpsMapping {
  const columns: SavedGpsMapping['columns'] = {}
  for (const field of gpsFields) {
    const choice = settings.columns[field]
    const header = choice ? file.headers[choice.index] : undefined
    if (choice && header) columns[field] = { header: header.slice(0, 500), unit: choice.unit }
  }
  const salt = previous?.players.salt ?? randomBytes(16).toString('hex')
  const matches = new Map<string, string | null>()
  for (const match of previous?.players.matches ?? []) {
    if (match.athleteId === null || liveAthletes.has(match.athleteId))
      matches.set(match.key, match.athleteId)
  }
  for (const player of players) {
    if (player.decision === null) continue
    matches.set(
      hashPlayerKey(salt, player.key),
      player.decision === 'skip' ? null : player.decision,
    )
  }
  return {
    version: 1,
    dataSource: settings.dataSource,
    columns,
    thresholds: settings.thresholds,
    dateOrder: settings.dateOrder,
    totalRowNames: settings.totalRowNames,
    defaultType: settings.defaultType,
    typeBySession: settings.typeBySession,
    players: {
      salt,
      matches: [...matches].slice(-5_000).map(([key, athleteId]) => ({ key, athleteId })),
    },
  }
}

/** Remembered matches of a mapping, by player key of this file. */
export function rememberedMatches(
  mapping: SavedGpsMapping | null,
  keys: readonly string[],
): Map<string, string | null> {
  const out = new Map<string, string | null>()
  if (!mapping) return out
  const byHash = new Map(mapping.players.matches.map((m) => [m.key, m.athleteId]))
  for (const key of keys) {
    const hash = hashPlayerKey(mapping.players.salt, key)
    if (byHash.has(hash)) out.set(key, byHash.get(hash)!)
  }
  return out
}

export { dateFromPreamble }
