import type { HandlersFor } from './types'

type Channels =
  'templates:listClub' | 'templates:createClub' | 'templates:updateClub' | 'templates:removeClub'

/** The club's own sport templates; names are unique (a clash is a field error on `name`). */
export const templateHandlers: HandlersFor<Channels> = {
  'templates:listClub': (deps) => deps.repos.clubTemplates.list(),
  'templates:createClub': (deps, input) =>
    deps.repos.clubTemplates.create(input.name, input.basedOn, input.profile),
  'templates:updateClub': (deps, input) =>
    deps.repos.clubTemplates.update(input.id, input.name, input.profile),
  'templates:removeClub': (deps, input) => {
    deps.repos.clubTemplates.remove(input.id)
    return { removed: true }
  },
}
