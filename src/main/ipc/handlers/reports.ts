import { localDay } from '@shared/dates'
import { AppError } from '../../errors'
import { writeFileAtomic } from '../../files/atomic-write'
import { safeFileName } from '../../files/safe-file-name'
import { renderPdf } from '../../pdf/render'
import { squadListDocument } from '../../pdf/squad-list'
import type { HandlersFor } from './types'

export const reportHandlers: HandlersFor<'reports:squadList'> = {
  'reports:squadList': async (deps, input) => {
    const squad = deps.repos.squads.get(input.squadId)
    const athletes = deps.repos.athletes.listBySquad(squad.id)
    const now = deps.clock()
    const today = localDay(now)
    const bytes = await renderPdf(
      squadListDocument({
        squadName: squad.name,
        athletes,
        today,
        generatedAt: now,
        appVersion: deps.appVersion,
        pageSize: 'A4',
      }),
    )
    const path = await deps.dialogs.chooseSavePath({
      title: 'Save squad list',
      defaultFileName: safeFileName(`Squad list ${squad.name} ${today}`, 'pdf', 'Squad list'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    })
    if (path === null) return { status: 'cancelled' }
    try {
      writeFileAtomic(path, bytes)
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error'
      throw new AppError('io', `The PDF could not be saved there (${reason}). Try another folder.`)
    }
    return { status: 'saved', fileName: path.split(/[\\/]/).pop() ?? path }
  },
}
