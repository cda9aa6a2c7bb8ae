import type { Channel } from '@shared/ipc/channels'
import type { HandlerDeps } from '../deps'
import type { HandlersFor } from './types'

type Names =
  'sessions' | 'responses' | 'assessments' | 'phases' | 'overrides' | 'observations' | 'checkins'
type Verb = 'list' | 'create' | 'update' | 'remove'
type TrainingChannel = Extract<Channel, `${Names}:${Verb}`>

const tableOf = {
  sessions: 'sessions',
  responses: 'responseChecks',
  assessments: 'assessments',
  phases: 'phaseRecords',
  overrides: 'overrides',
  observations: 'observations',
  checkins: 'checkIns',
} as const satisfies Record<Names, keyof HandlerDeps['repos']>

type AnyTable = {
  listByAthlete(athleteId: string, range: { from?: string; to?: string }): unknown
  create(athleteId: string, input: never): unknown
  update(id: string, input: never): unknown
  remove(id: string): void
}

/** The same four handlers for every kind of dated record, each going to its repository. */
function recordHandlers(name: Names) {
  const table = (deps: HandlerDeps) => deps.repos[tableOf[name]] as unknown as AnyTable
  return {
    [`${name}:list`]: (
      deps: HandlerDeps,
      input: { athleteId: string; from?: string; to?: string },
    ) => {
      deps.repos.athletes.get(input.athleteId)
      return table(deps).listByAthlete(input.athleteId, {
        ...(input.from ? { from: input.from } : {}),
        ...(input.to ? { to: input.to } : {}),
      })
    },
    [`${name}:create`]: (deps: HandlerDeps, input: { athleteId: string; record: never }) =>
      table(deps).create(input.athleteId, input.record),
    [`${name}:update`]: (deps: HandlerDeps, input: { id: string; record: never }) =>
      table(deps).update(input.id, input.record),
    [`${name}:remove`]: (deps: HandlerDeps, input: { id: string }) => {
      table(deps).remove(input.id)
      return { removed: true as const }
    },
  }
}

export const trainingHandlers = {
  ...recordHandlers('sessions'),
  ...recordHandlers('responses'),
  ...recordHandlers('assessments'),
  ...recordHandlers('phases'),
  ...recordHandlers('overrides'),
  ...recordHandlers('observations'),
  ...recordHandlers('checkins'),
} as unknown as HandlersFor<TrainingChannel>
