import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { GpsImportState, GpsSettings } from '@shared/schemas/gps-import'
import { AppError } from '../../errors'
import { CsvFileError, readCsv } from '../../import/csv'
import {
  GPS_CSV_LIMITS,
  GpsFileRefusal,
  layoutGpsFile,
  type GpsFile,
} from '../../import/gps/layout'
import {
  bestMapping,
  initialSettings,
  mappingToSave,
  type StoredMapping,
} from '../../import/gps/mapping'
import { planGpsImport, type PlanContext } from '../../import/gps/plan'
import type { HandlerDeps } from '../deps'
import type { HandlersFor } from './types'

/** A GPS export read once in main, kept between the preview and the commit. */
export interface PendingGpsFile {
  kind: 'gps'
  squadId: string
  fileName: string
  file: GpsFile
}

/** Lets other IPC calls and window events through between the heavy steps of a big file. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

const gone = () => new AppError('not_found', 'That file is no longer open. Choose it again.')

function readGpsFile(path: string): { file: GpsFile } | { refusal: string } {
  try {
    if (statSync(path).size > GPS_CSV_LIMITS.maxBytes) {
      return {
        refusal:
          'The file is larger than 20 MB. Export a shorter period, or fewer columns, and import it in parts.',
      }
    }
    return { file: layoutGpsFile(readCsv(readFileSync(path), GPS_CSV_LIMITS)) }
  } catch (error) {
    if (error instanceof CsvFileError || error instanceof GpsFileRefusal) {
      return { refusal: error.message }
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return { refusal: `The file could not be read (${code}).` }
  }
}

function savedMappings(deps: HandlerDeps): StoredMapping[] {
  return deps.repos.gpsMappings
    .list()
    .map(({ id, sourceName, mapping }) => ({ id, sourceName, mapping }))
}

function context(deps: HandlerDeps, pending: PendingGpsFile): PlanContext {
  return {
    fileName: pending.fileName,
    athletes: deps.repos.athletes
      .listBySquad(pending.squadId)
      .map((a) => ({ id: a.id, name: a.name, position: a.position })),
    savedMappings: savedMappings(deps),
    existingSessions: (athleteId, from, to) =>
      deps.repos.sessions.listByAthlete(athleteId, { from, to }),
    demandThresholds: (athleteId) => {
      const profile = deps.repos.demands.get(athleteId)
      if (!profile) return null
      return { hsrKmh: profile.thresholds.hsrKmh, sprintKmh: profile.thresholds.sprintKmh }
    },
  }
}

function plan(deps: HandlerDeps, pending: PendingGpsFile, settings: GpsSettings, token: string) {
  const started = performance.now()
  const result = planGpsImport(pending.file, settings, context(deps, pending))
  const state: GpsImportState = {
    status: 'ready',
    token,
    fileName: pending.fileName,
    ...result.state,
    elapsedMs: Math.round((performance.now() - started) * 10) / 10,
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
    const read = readGpsFile(path)
    const readMs = Math.round((performance.now() - started) * 10) / 10
    if ('refusal' in read) return { status: 'refused' as const, fileName, message: read.refusal }
    await breathe()
    const pending: PendingGpsFile = {
      kind: 'gps',
      squadId: input.squadId,
      fileName,
      file: read.file,
    }
    const token = deps.imports.put(pending)
    const settings = initialSettings(read.file, bestMapping(read.file, savedMappings(deps)))
    const { state } = plan(deps, pending, settings, token)
    return {
      ...state,
      columns: read.file.headers.map((header, index) => ({ index, header })),
      readMs,
    }
  },

  'gps:importPreview': (deps, input) => {
    const pending = pendingFor(deps, input.token)
    let settings = input.settings
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
      settings = initialSettings(pending.file, saved)
    }
    return plan(deps, pending, settings, input.token).state
  },

  'gps:importCommit': async (deps, input) => {
    const pending = pendingFor(deps, input.token)
    const { result, state } = plan(deps, pending, input.settings, input.token)
    if (state.blockers.length > 0) {
      throw new AppError('validation', `Nothing was imported. ${state.blockers[0]}`)
    }
    await breathe()
    // The file may have been committed by another call while this one waited.
    if (deps.imports.get(input.token) !== pending) throw gone()
    const sourceName = input.settings.sourceName.trim()
    const imported = [...result.toImport.values()].reduce((n, list) => n + list.length, 0)
    // One transaction: every session of every athlete in the file is saved, or none is.
    deps.db.transaction(() => {
      for (const [athleteId, sessions] of result.toImport) {
        deps.repos.sessions.createMany(athleteId, sessions, {
          source: 'gps-import',
          fileName: pending.fileName,
          sourceName,
        })
      }
      if (input.settings.remember) {
        const previous = deps.repos.gpsMappings.findByName(sourceName)
        const live = new Set(
          (previous?.mapping.players.matches ?? [])
            .map((m) => m.athleteId)
            .filter((id): id is string => id !== null && athleteExists(deps, id)),
        )
        deps.repos.gpsMappings.save(
          sourceName,
          mappingToSave(
            pending.file,
            input.settings,
            result.players,
            previous?.mapping ?? null,
            live,
          ),
        )
      }
      deps.repos.audit.record({
        actor: deps.repos.settings.actor(),
        action: 'gps.import',
        entityType: 'squad',
        entityId: pending.squadId,
        athleteId: null,
        // No file name here: it may name a player, and this row outlives any athlete's erasure.
        detail: {
          sourceName,
          sessions: imported,
          athletes: result.toImport.size,
          skippedDuplicates: result.duplicatesSkipped,
        },
      })
    })()
    deps.imports.delete(input.token)
    return {
      imported,
      athletes: result.toImport.size,
      skippedDuplicates: result.duplicatesSkipped,
      remembered: input.settings.remember,
    }
  },
}
