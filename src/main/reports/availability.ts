import { localDay } from '@shared/dates'
import type { BoardRow } from '@shared/schemas/board'
import { squadBoard } from '../board/squad-board'
import { AppError } from '../errors'
import type { HandlerDeps } from '../ipc/deps'
import { renderInWorker } from '../workers/pdf'

export interface AvailabilityRow extends BoardRow {
  /** The surgeon's restriction in force that lifts last, as "text until YYYY-MM-DD". */
  keyRestriction: { text: string; until: string } | null
}

export interface AvailabilityData {
  club: string | null
  preparedBy: string | null
  today: string
  generatedAt: Date
  appVersion: string
  pageSize: 'A4' | 'LETTER'
  squads: { name: string; demo: boolean; rows: AvailabilityRow[] }[]
}

/** The squads' boards plus each athlete's key restriction, for the availability report. */
export async function availabilityData(
  deps: HandlerDeps,
  squadIds: readonly string[] | null,
): Promise<AvailabilityData> {
  const now = deps.clock()
  const today = localDay(now)
  const app = deps.repos.settings.app()
  const all = deps.repos.squads.list()
  const chosen = squadIds === null ? all : squadIds.map((id) => deps.repos.squads.get(id))
  if (chosen.length === 0) throw new AppError('validation', 'There is no squad to print yet.')
  const squads: AvailabilityData['squads'] = []
  for (const squad of chosen) {
    const board = await squadBoard(deps.repos, squad.id, today)
    squads.push({
      name: squad.name,
      demo: squad.demo,
      rows: board.map((row) => {
        const restrictions = row.injury
          ? deps.repos.injuries.get(row.injury.id).surgeonRestrictions
          : []
        const active = restrictions
          .filter((r) => r.until > today)
          .sort((a, b) => b.until.localeCompare(a.until))
        const key = active[0]
        return { ...row, keyRestriction: key ? { text: key.restriction, until: key.until } : null }
      }),
    })
  }
  return {
    club: app.clubName,
    preparedBy: app.userName,
    today,
    generatedAt: now,
    appVersion: deps.appVersion,
    pageSize: app.pageSize,
    squads,
  }
}

/** The availability PDF, laid out in the PDF worker so the main process stays responsive. */
export function renderAvailability(data: AvailabilityData): Promise<Buffer> {
  return renderInWorker({ kind: 'availability', data })
}
