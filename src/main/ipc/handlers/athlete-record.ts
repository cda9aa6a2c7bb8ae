import type { HandlersFor } from './types'

type Channels =
  | 'athletes:get'
  | 'athletes:setAvailability'
  | 'profiles:get'
  | 'profiles:save'
  | 'injuries:list'
  | 'injuries:create'
  | 'injuries:update'
  | 'injuries:setClosed'
  | 'injuries:remove'
  | 'demands:get'
  | 'demands:save'

export const athleteRecordHandlers: HandlersFor<Channels> = {
  'athletes:get': (deps, input) => deps.repos.athletes.get(input.id),
  'athletes:setAvailability': (deps, input) =>
    deps.repos.athletes.setAvailability(input.id, input.availability),
  'profiles:get': (deps, input) => deps.repos.profiles.get(input.athleteId),
  'profiles:save': (deps, input) => deps.repos.profiles.save(input.athleteId, input.profile),
  'injuries:list': (deps, input) => deps.repos.injuries.listByAthlete(input.athleteId),
  'injuries:create': (deps, input) =>
    deps.repos.injuries.create(input.athleteId, input.injury, input.closedOn ?? null),
  'injuries:update': (deps, input) => deps.repos.injuries.update(input.id, input.injury),
  'injuries:setClosed': (deps, input) => deps.repos.injuries.setClosed(input.id, input.closedOn),
  'injuries:remove': (deps, input) => {
    deps.repos.injuries.remove(input.id)
    return { removed: true }
  },
  'demands:get': (deps, input) => deps.repos.demands.get(input.athleteId),
  'demands:save': (deps, input) => deps.repos.demands.save(input.athleteId, input.profile),
}
