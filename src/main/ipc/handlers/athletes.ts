import type { HandlersFor } from './types'

export const athleteHandlers: HandlersFor<
  'athletes:list' | 'athletes:create' | 'athletes:update' | 'athletes:archive'
> = {
  'athletes:list': (deps, input) =>
    deps.repos.athletes.listBySquad(input.squadId, {
      includeArchived: input.includeArchived ?? false,
    }),
  'athletes:create': (deps, { squadId, ...fields }) => deps.repos.athletes.create(squadId, fields),
  'athletes:update': (deps, { id, ...fields }) => deps.repos.athletes.update(id, fields),
  'athletes:archive': (deps, input) => deps.repos.athletes.setArchived(input.id, input.archived),
}
