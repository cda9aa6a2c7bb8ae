import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { DateOrder } from '@shared/import/dates'
import { AppError } from '../../errors'
import { CsvFileError, readCsv, type CsvFile } from '../../import/csv'
import { previewRoster, ROSTER_CSV_LIMITS } from '../../import/roster'
import type { HandlerDeps } from '../deps'
import type { HandlersFor } from './types'

export interface PendingRosterFile {
  kind: 'roster'
  squadId: string
  fileName: string
  file: CsvFile | null
  fileError: string | null
  dateOrder: DateOrder | null
}

function readRosterFile(path: string): Pick<PendingRosterFile, 'file' | 'fileError'> {
  try {
    if (statSync(path).size > ROSTER_CSV_LIMITS.maxBytes) {
      return {
        file: null,
        fileError: 'The file is larger than 2 MB. A roster file is usually a few kilobytes.',
      }
    }
    return { file: readCsv(readFileSync(path), ROSTER_CSV_LIMITS), fileError: null }
  } catch (error) {
    if (error instanceof CsvFileError) return { file: null, fileError: error.message }
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    return { file: null, fileError: `The file could not be read (${code}).` }
  }
}

function preview(deps: HandlerDeps, pending: PendingRosterFile, token: string) {
  const existing = deps.repos.athletes.listBySquad(pending.squadId, { includeArchived: true })
  const result = pending.file
    ? previewRoster(pending.file, existing, pending.dateOrder)
    : { columns: [], dateOrder: { used: null, needsChoice: false }, fileErrors: [], rows: [] }
  const fileErrors = pending.fileError ? [pending.fileError] : result.fileErrors
  const counts = { new: 0, existing: 0, error: 0 }
  for (const row of result.rows) counts[row.status] += 1
  return {
    status: 'preview' as const,
    token,
    fileName: pending.fileName,
    columns: result.columns,
    dateOrder: result.dateOrder,
    fileErrors,
    rows: result.rows.map(({ values: _values, ...row }) => row),
    counts,
    valuesToImport: result.rows.flatMap((row) =>
      row.status === 'new' && row.values ? [row.values] : [],
    ),
  }
}

export const rosterImportHandlers: HandlersFor<'roster:importPreview' | 'roster:importCommit'> = {
  'roster:importPreview': async (deps, input) => {
    deps.repos.squads.get(input.squadId)
    let token = input.token
    let pending = token ? deps.imports.get(token) : null
    if (token && (!pending || pending.kind !== 'roster' || pending.squadId !== input.squadId)) {
      throw new AppError('not_found', 'That file is no longer open. Choose it again.')
    }
    if (!pending) {
      const path = await deps.dialogs.chooseOpenPath({
        title: 'Import roster',
        filters: [{ name: 'CSV file', extensions: ['csv', 'txt'] }],
      })
      if (path === null) return { status: 'cancelled' }
      pending = {
        kind: 'roster',
        squadId: input.squadId,
        fileName: basename(path),
        dateOrder: null,
        ...readRosterFile(path),
      }
      token = deps.imports.put(pending)
    }
    if (input.dateOrder !== undefined) (pending as PendingRosterFile).dateOrder = input.dateOrder
    const { valuesToImport: _values, ...result } = preview(
      deps,
      pending as PendingRosterFile,
      token!,
    )
    return result
  },

  'roster:importCommit': (deps, input) => {
    const pending = deps.imports.get(input.token)
    if (!pending || pending.kind !== 'roster') {
      throw new AppError('not_found', 'That file is no longer open. Choose it again.')
    }
    const result = preview(deps, pending, input.token)
    if (result.fileErrors.length > 0 || result.counts.error > 0) {
      throw new AppError(
        'validation',
        'Nothing was imported: fix the rows marked in red and choose the file again.',
      )
    }
    if (result.dateOrder.needsChoice) {
      throw new AppError('validation', 'Say whether dates are written day first or month first.')
    }
    // One transaction: every athlete of the file is added, or none is.
    deps.db.transaction(() => {
      for (const values of result.valuesToImport)
        deps.repos.athletes.create(pending.squadId, values)
      deps.repos.audit.record({
        actor: deps.repos.settings.actor(),
        action: 'roster.import',
        entityType: 'squad',
        entityId: pending.squadId,
        athleteId: null,
        detail: {
          fileName: pending.fileName,
          imported: result.valuesToImport.length,
          skipped: result.counts.existing,
        },
      })
    })()
    deps.imports.delete(input.token)
    return { imported: result.valuesToImport.length, skipped: result.counts.existing }
  },
}
