import { randomUUID } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { GpsImportState } from '@shared/schemas/gps-import'
import { AppError } from '../../errors'
import { GPS_CSV_LIMITS } from '../../import/gps/layout'
import type { StoredMapping } from '../../import/gps/mapping'
import { oneImportAtATime, writeSessionsInSlices } from '../../import/staged-commit'
import {
  forgetGpsInWorker,
  GpsFileMissing,
  planGpsInWorker,
  readGpsInWorker,
} from '../../workers/gps'
import type { GpsLookups, GpsNeeds, GpsPlanJob, GpsPlanResult } from '../../workers/gps-jobs'
import type { HandlerDeps } from '../deps'
import type { HandlersFor } from './types'

/**
 * A GPS export chosen in main and read in the GPS worker, which keeps it between the preview
 * and the commit (under `key`); main keeps its bytes to read it again if the worker restarted.
 */
export interface PendingGpsFile {
  kind: 'gps'
  squadId: string
  fileName: string
  key: string
  bytes: Uint8Array
}

/** Lets other IPC calls and window events through between the heavy steps of a big file. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Athletes looked up between two breaths while answering a plan's lookups. */
const LOOKUPS_PER_BREATH = 100

const gone = () => new AppError('not_found', 'That file is no longer open. Choose it again.')

const ms = (started: number) => Math.round((performance.now() - started) * 10) / 10

function readBytes(path: string): { bytes: Uint8Array } | { refusal: string } {
  try {
    if (statSync(path).size > GPS_CSV_LIMITS.maxBytes) {
      return {
        refusal:
          'The file is larger than 20 MB. Export a shorter period, or fewer columns, and import it in parts.',
      }
    }
    return { bytes: readFileSync(path) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return { refusal: `The file could not be read (${code}).` }
  }
}

function savedMappings(deps: HandlerDeps): StoredMapping[] {
  return deps.repos.gpsMappings
    .list()
    .map(({ id, sourceName, mapping }) => ({ id, sourceName, mapping }))
}

/** GPS and LPS sessions already stored on the days the plan asks about, a hundred athletes at a time. */
async function lookups(deps: HandlerDeps, needs: GpsNeeds): Promise<GpsLookups> {
  const answers: GpsLookups = { existing: {} }
  let done = 0
  for (const { athleteId, from, to } of needs.existing) {
    answers.existing[athleteId] = deps.repos.sessions
      .listByAthlete(athleteId, { from, to })
      .filter((s) => s.dataSource === 'GPS' || s.dataSource === 'LPS')
      .map((s) => ({ date: s.date, dataSource: s.dataSource, device: s.device, notes: s.notes }))
    done += 1
    if (done % LOOKUPS_PER_BREATH === 0) await breathe()
  }
  return answers
}

/** The squad's athletes and the speed thresholds of their sport demands. */
async function squadContext(deps: HandlerDeps, squadId: string) {
  const athletes = deps.repos.athletes
    .listBySquad(squadId)
    .map((a) => ({ id: a.id, name: a.name, position: a.position }))
  const thresholds: GpsPlanJob['thresholds'] = {}
  let done = 0
  for (const { id } of athletes) {
    const profile = deps.repos.demands.get(id)
    thresholds[id] = profile
      ? { hsrKmh: profile.thresholds.hsrKmh, sprintKmh: profile.thresholds.sprintKmh }
      : null
    done += 1
    if (done % LOOKUPS_PER_BREATH === 0) await breathe()
  }
  return { athletes, thresholds }
}

async function planInWorker(
  deps: HandlerDeps,
  pending: PendingGpsFile,
  settings: GpsPlanJob['settings'],
  commit?: GpsPlanJob['commit'],
): Promise<GpsPlanResult> {
  const job = {
    key: pending.key,
    settings,
    fileName: pending.fileName,
    ...(await squadContext(deps, pending.squadId)),
    savedMappings: savedMappings(deps),
    ...(commit ? { commit } : {}),
  }
  try {
    return await planGpsInWorker(job, (needs) => lookups(deps, needs))
  } catch (error) {
    if (!(error instanceof GpsFileMissing)) throw error
    // The worker was restarted (it idles out): read the file again, once.
    const read = await readGpsInWorker(pending.key, pending.bytes)
    if ('refusal' in read) throw gone()
    return planGpsInWorker(job, (needs) => lookups(deps, needs))
  }
}

async function plan(
  deps: HandlerDeps,
  pending: PendingGpsFile,
  settings: GpsPlanJob['settings'],
  token: string,
  commit?: GpsPlanJob['commit'],
) {
  const started = performance.now()
  const result = await planInWorker(deps, pending, settings, commit)
  const state: GpsImportState = {
    status: 'ready',
    token,
    fileName: pending.fileName,
    ...result.state,
    elapsedMs: ms(started),
  }
  return { result, state }
}

function athleteExists(deps: HandlerDeps, id: string): boolean {
  try {
    deps.repos.athletes.get(id)
    return true
  } catch {
    return false
  }
}

function pendingFor(deps: HandlerDeps, token: string): PendingGpsFile {
  const pending = deps.imports.get(token)
  if (!pending || pending.kind !== 'gps') throw gone()
  return pending
}

export const gpsImportHandlers: HandlersFor<
  'gps:importOpen' | 'gps:importPreview' | 'gps:importCommit'
> = {
  'gps:importOpen': async (deps, input) => {
    deps.repos.squads.get(input.squadId)
    const path = await deps.dialogs.chooseOpenPath({
      title: 'Import GPS / LPS export',
      filters: [{ name: 'CSV export', extensions: ['csv', 'txt', 'tsv'] }],
    })
    if (path === null) return { status: 'cancelled' as const }
    const fileName = basename(path)
    const started = performance.now()
    const bytes = readBytes(path)
    if ('refusal' in bytes) return { status: 'refused' as const, fileName, message: bytes.refusal }
    const key = randomUUID()
    const read = await readGpsInWorker(key, bytes.bytes)
    const readMs = ms(started)
    if ('refusal' in read) return { status: 'refused' as const, fileName, message: read.refusal }
    const pending: PendingGpsFile = {
      kind: 'gps',
      squadId: input.squadId,
      fileName,
      key,
      bytes: bytes.bytes,
    }
    const token = deps.imports.put(pending)
    const { state } = await plan(deps, pending, { from: 'best' }, token)
    return {
      ...state,
      columns: read.headers.map((header, index) => ({ index, header })),
      readMs,
    }
  },

  'gps:importPreview': async (deps, input) => {
    const pending = pendingFor(deps, input.token)
    let settings: GpsPlanJob['settings'] = input.settings
    if (input.useSavedMapping !== undefined) {
      const saved =
        input.useSavedMapping === null
          ? null
          : (savedMappings(deps).find((m) => m.id === input.useSavedMapping) ?? null)
      if (input.useSavedMapping !== null && !saved) {
        throw new AppError(
          'not_found',
          'That saved mapping was not found. It may have been removed.',
        )
      }
      settings = { from: 'saved', mapping: saved }
    }
    return (await plan(deps, pending, settings, input.token)).state
  },

  'gps:importCommit': (deps, input) =>
    // One import at a time: the next one plans once this one is written, so it sees its
    // sessions as duplicates, and never takes its hidden rows for an abandoned import's.
    oneImportAtATime(deps.db, async () => {
      const pending = pendingFor(deps, input.token)
      const sourceName = input.settings.sourceName.trim()
      const previous = input.settings.remember
        ? deps.repos.gpsMappings.findByName(sourceName)
        : null
      const live = (previous?.mapping.players.matches ?? [])
        .map((m) => m.athleteId)
        .filter((id): id is string => id !== null && athleteExists(deps, id))
      const { result, state } = await plan(deps, pending, input.settings, input.token, {
        remember: input.settings.remember ? { previous: previous?.mapping ?? null, live } : null,
      })
      if (state.blockers.length > 0) {
        throw new AppError('validation', `Nothing was imported. ${state.blockers[0]}`)
      }
      // The file may have been committed by another call while this one was planned.
      if (deps.imports.get(input.token) !== pending) throw gone()
      const toImport = new Map(result.toImport ?? [])
      const imported = [...toImport.values()].reduce((n, list) => n + list.length, 0)
      // Written in slices, shown all at once: every session of every athlete in the file is
      // saved, or none is (see staged-commit.ts).
      await writeSessionsInSlices(deps, toImport, {
        finish: (importId) => {
          if (result.mapping) deps.repos.gpsMappings.save(sourceName, result.mapping)
          deps.repos.audit.record({
            actor: deps.repos.settings.actor(),
            action: 'gps.import',
            entityType: 'squad',
            entityId: pending.squadId,
            athleteId: null,
            // No file name here: it may name a player, and this row outlives any athlete's erasure.
            detail: {
              importId,
              sourceName,
              sessions: imported,
              athletes: toImport.size,
              skippedDuplicates: result.duplicatesSkipped,
            },
          })
        },
      })
      deps.imports.delete(input.token)
      void forgetGpsInWorker(pending.key).catch(() => undefined)
      return {
        imported,
        athletes: toImport.size,
        skippedDuplicates: result.duplicatesSkipped,
        remembered: input.settings.remember,
      }
    }),
}
