import { daysBetween } from '@shared/dates'
import { assessAthlete } from '@shared/domain/assess'
import type { DimensionGap, GapStatus } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import type { Athlete } from '@shared/schemas/athlete'
import type { BoardRow } from '@shared/schemas/board'
import type { DemandDimension } from '@shared/schemas/sport-demand'
import { loadAthleteCase } from '../cases/athlete-case'
import type { Repositories } from '../db/repositories'

const severity: Record<GapStatus, number> = {
  red: 4,
  amber: 3,
  'not set': 2,
  green: 1,
  'not required': 0,
}

/** The worst status among some dimensions: one dot on the board stands for all of them. */
function worst(dimensions: readonly DimensionGap[], names: readonly DemandDimension[]): GapStatus {
  let result: GapStatus = 'not required'
  for (const d of dimensions) {
    if (names.includes(d.dimension) && severity[d.status] > severity[result]) result = d.status
  }
  return result
}

/** One board row: roster facts for everyone, the engine's view for athletes with an open injury. */
export function boardRow(
  repos: Repositories,
  athlete: Athlete,
  settings: Settings,
  today: string,
): BoardRow {
  const base: BoardRow = {
    athleteId: athlete.id,
    name: athlete.name,
    position: athlete.position,
    dateOfBirth: athlete.dateOfBirth,
    dominantLeg: athlete.dominantLeg,
    availability: athlete.availability,
    archived: athlete.archivedAt !== null,
    injury: null,
    phase: null,
    response: null,
    gap: null,
    nextGate: null,
    expectedFrom: null,
  }
  const athleteCase = loadAthleteCase(repos, athlete.id, today)
  if (!athleteCase) return base
  const { injury } = athleteCase
  const a = assessAthlete(athleteCase, settings)
  const latest = a.phases.latestResponse
  const firstBlocker = a.phases.blockers[0]
  return {
    ...base,
    injury: {
      id: injury.id,
      side: injury.side,
      muscle: injury.muscle,
      grade: injury.bamicGrade ?? injury.munichGrade ?? null,
      injuryDate: injury.injuryDate,
      daysSinceInjury: daysBetween(injury.injuryDate, today),
    },
    phase: {
      id: a.phases.currentPhase,
      name: a.phases.currentPhaseName,
      daysInPhase: a.phases.daysInPhase,
      status: a.phases.status,
      statusText: a.phases.statusText,
      locked: a.phases.locks.some((lock) => lock.active),
    },
    response: latest ? { light: latest.light, date: latest.date } : null,
    gap: {
      hasDemand: a.gap.hasDemand,
      sprint: worst(a.gap.dimensions, ['maxVelocity', 'sprintDistance']),
      cutting: worst(a.gap.dimensions, ['cutting']),
      contact: worst(a.gap.dimensions, ['contact']),
    },
    nextGate: {
      phase: a.phases.nextPhase,
      text: firstBlocker
        ? firstBlocker.text +
          (a.phases.blockers.length > 1 ? ` (+${a.phases.blockers.length - 1} more)` : '')
        : a.phases.statusText,
    },
    expectedFrom: a.expectedWindow?.typicalDay ?? null,
  }
}

/** Every athlete of a squad as a board row, in name order. */
export function squadBoard(
  repos: Repositories,
  squadId: string,
  today: string,
  options: { includeArchived?: boolean } = {},
): BoardRow[] {
  const settings = repos.settings.domain()
  return repos.athletes
    .listBySquad(squadId, options)
    .map((athlete) => boardRow(repos, athlete, settings, today))
}
