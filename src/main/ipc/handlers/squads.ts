import type { HandlersFor } from './types'

export const squadHandlers: HandlersFor<'squads:list' | 'squads:create' | 'squads:rename'> = {
  'squads:list': (deps) => deps.repos.squads.list(),
  'squads:create': (deps, input) => deps.repos.squads.create(input.name),
  'squads:rename': (deps, input) => deps.repos.squads.rename(input.id, input.name),
}
