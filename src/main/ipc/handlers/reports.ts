import { localDay } from '@shared/dates'
import { AppError } from '../../errors'
import { writeFileAtomic } from '../../files/atomic-write'
import { safeFileName } from '../../files/safe-file-name'
import { renderSquadList } from '../../reports/squad-list'
import type { HandlerDeps } from '../deps'
import type { HandlersFor } from './types'

/**
 * Asks where to save (in main, never a path from the page) and writes the bytes atomically.
 * The PDF is rendered before the dialog opens so a rendering error never leaves an empty file.
 */
export async function saveWithDialog(
  deps: HandlerDeps,
  bytes: Uint8Array,
  dialog: { title: string; defaultFileName: string; filterName: string; extension: string },
): Promise<{ status: 'saved'; fileName: string } | { status: 'cancelled' }> {
  const path = await deps.dialogs.chooseSavePath({
    title: dialog.title,
    defaultFileName: dialog.defaultFileName,
    filters: [{ name: dialog.filterName, extensions: [dialog.extension] }],
  })
  if (path === null) return { status: 'cancelled' }
  try {
    writeFileAtomic(path, bytes)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new AppError('io', `The file could not be saved there (${reason}). Try another folder.`)
  }
  return { status: 'saved', fileName: path.split(/[\\/]/).pop() ?? path }
}

export const reportHandlers: HandlersFor<'reports:squadList'> = {
  'reports:squadList': async (deps, input) => {
    const squad = deps.repos.squads.get(input.squadId)
    const athletes = deps.repos.athletes.listBySquad(squad.id)
    const settings = deps.repos.settings.app()
    const now = deps.clock()
    const today = localDay(now)
    const bytes = await renderSquadList({
      squadName: squad.name,
      athletes,
      today,
      generatedAt: now,
      appVersion: deps.appVersion,
      pageSize: settings.pageSize,
    })
    return saveWithDialog(deps, bytes, {
      title: 'Save squad list',
      defaultFileName: safeFileName(`Squad list ${squad.name} ${today}`, 'pdf', 'Squad list'),
      filterName: 'PDF document',
      extension: 'pdf',
    })
  },
}
