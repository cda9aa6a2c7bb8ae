import { localDay } from '@shared/dates'
import { squadBoard } from '../../board/squad-board'
import { loadAthleteCase } from '../../cases/athlete-case'
import type { HandlersFor } from './types'

export const boardHandlers: HandlersFor<'board:squad' | 'athletes:case' | 'settings:domain'> = {
  'board:squad': (deps, input) => {
    deps.repos.squads.get(input.squadId)
    return squadBoard(deps.repos, input.squadId, localDay(deps.clock()), {
      includeArchived: input.includeArchived ?? false,
    })
  },
  'athletes:case': (deps, input) => {
    deps.repos.athletes.get(input.athleteId)
    return loadAthleteCase(deps.repos, input.athleteId, localDay(deps.clock()))
  },
  'settings:domain': (deps) => deps.repos.settings.domain(),
}
