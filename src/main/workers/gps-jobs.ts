import type { ExposureSessionFacts } from '@shared/schemas/exposure-session'
import type { GpsSettings, SavedGpsMapping } from '@shared/schemas/gps-import'
import { CsvFileError, readCsv } from '../import/csv'
import { GPS_CSV_LIMITS, GpsFileRefusal, layoutGpsFile, type GpsFile } from '../import/gps/layout'
import {
  bestMapping,
  initialSettings,
  mappingToSave,
  type StoredMapping,
} from '../import/gps/mapping'
import { planGpsImport, type GpsPlanState, type PlanContext } from '../import/gps/plan'

/**
 * The GPS import's work off the main thread (quality D12): reading and laying out the CSV
 * (csv-parse alone held the main process for a quarter of a second on a 10,000-row export) and
 * planning the import (matching players to a 1,000-athlete academy took another half second).
 * The worker keeps each file it read, so previews do not read it again; the database stays in
 * main, which sends the squad (athletes, sport demand thresholds) with each job and answers the
 * plan's lookups of sessions already stored between two passes of the plan.
 */

export const GPS_WORKER_ROLE = 'rts-bridge-gps'

/** A stored session as the duplicate check needs it. */
export interface ExistingSession {
  date: string
  dataSource: string | null
  device: string | null
  notes: string | null
}

export type DemandThresholds = ReturnType<PlanContext['demandThresholds']>

/** The sessions the plan asked the database for: per athlete, between two days. */
export interface GpsNeeds {
  existing: { athleteId: string; from: string; to: string }[]
}

/** The database's answers, by athlete id: only GPS and LPS sessions (the others never count). */
export interface GpsLookups {
  existing: Record<string, ExistingSession[]>
}

export interface GpsPlanJob {
  kind: 'plan'
  key: string
  /** The coach's settings, or where to start from: the best saved mapping, or this one. */
  settings: GpsSettings | { from: 'best' } | { from: 'saved'; mapping: StoredMapping | null }
  fileName: string
  athletes: PlanContext['athletes']
  savedMappings: StoredMapping[]
  /** The speed thresholds of each athlete's sport demand, by athlete id. */
  thresholds: Record<string, DemandThresholds>
  /** For a commit: the sessions to write, and the mapping to remember when asked. */
  commit?: { remember: { previous: SavedGpsMapping | null; live: string[] } | null }
}

export type GpsJob =
  { kind: 'read'; key: string; bytes: Uint8Array } | GpsPlanJob | { kind: 'forget'; key: string }

export type GpsReadResult = { headers: string[] } | { refusal: string }

export interface GpsPlanResult {
  state: GpsPlanState
  /** Commit only: the sessions to write per athlete, and the mapping to remember. */
  toImport?: [athleteId: string, sessions: ExposureSessionFacts[]][]
  duplicatesSkipped: number
  mapping?: SavedGpsMapping
}

export type GpsToWorker =
  { id: number; type: 'job'; job: GpsJob } | { id: number; type: 'lookups'; lookups: GpsLookups }

export type GpsFromWorker =
  | { id: number; type: 'needs'; needs: GpsNeeds }
  | { id: number; type: 'done'; result: unknown }
  /** The worker does not hold that file (it was restarted): read it again. */
  | { id: number; type: 'missing' }
  | { id: number; type: 'failed'; message: string }

/** Files read, by key: the latest few, as many as main keeps pending. */
export class GpsFiles {
  private readonly files = new Map<string, GpsFile>()

  constructor(private readonly max = 8) {}

  put(key: string, file: GpsFile): void {
    this.files.delete(key)
    this.files.set(key, file)
    while (this.files.size > this.max) {
      const oldest = this.files.keys().next().value
      if (oldest === undefined) break
      this.files.delete(oldest)
    }
  }

  get(key: string): GpsFile | null {
    return this.files.get(key) ?? null
  }

  delete(key: string): void {
    this.files.delete(key)
  }
}

export function readGpsBytes(bytes: Uint8Array): { file: GpsFile } | { refusal: string } {
  try {
    return { file: layoutGpsFile(readCsv(bytes, GPS_CSV_LIMITS)) }
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof GpsFileRefusal) {
      return { refusal: error.message }
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return { refusal: `The file could not be read (${code}).` }
  }
}

function settingsFor(file: GpsFile, job: GpsPlanJob): GpsSettings {
  const given = job.settings
  if (!('from' in given)) return given
  return initialSettings(
    file,
    given.from === 'best' ? bestMapping(file, job.savedMappings) : given.mapping,
  )
}

/**
 * Plans an import in up to two passes: the first notes which stored sessions the plan looks up
 * for duplicates (their answers do not change which), `lookup` answers them, and only when an
 * athlete has GPS or LPS sessions on those days does a second pass plan with them.
 */
export async function planInTwoPasses(
  file: GpsFile,
  job: GpsPlanJob,
  lookup: (needs: GpsNeeds) => Promise<GpsLookups>,
): Promise<GpsPlanResult> {
  const settings = settingsFor(file, job)
  const needs: GpsNeeds = { existing: [] }
  const context = (existing: PlanContext['existingSessions']): PlanContext => ({
    fileName: job.fileName,
    athletes: job.athletes,
    savedMappings: job.savedMappings,
    existingSessions: existing,
    demandThresholds: (athleteId) => job.thresholds[athleteId] ?? null,
  })
  let plan = planGpsImport(
    file,
    settings,
    context((athleteId, from, to) => {
      needs.existing.push({ athleteId, from, to })
      return []
    }),
  )
  const answers = needs.existing.length > 0 ? await lookup(needs) : { existing: {} }
  if (Object.values(answers.existing).some((list) => list.length > 0)) {
    plan = planGpsImport(
      file,
      settings,
      context((athleteId, from, to) =>
        (answers.existing[athleteId] ?? []).filter((s) => s.date >= from && s.date <= to),
      ),
    )
  }
  if (!job.commit) return { state: plan.state, duplicatesSkipped: plan.duplicatesSkipped }
  const remember = job.commit.remember
  return {
    state: plan.state,
    toImport: [...plan.toImport],
    duplicatesSkipped: plan.duplicatesSkipped,
    ...(remember
      ? {
          mapping: mappingToSave(
            file,
            settings,
            plan.players,
            remember.previous,
            new Set(remember.live),
          ),
        }
      : {}),
  }
}
