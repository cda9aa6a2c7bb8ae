import type { HandlersFor } from './types'

export const settingsHandlers: HandlersFor<'settings:get' | 'settings:update'> = {
  'settings:get': (deps) => deps.repos.settings.app(),
  'settings:update': (deps, input) => {
    deps.repos.settings.set('app', input)
    return deps.repos.settings.app()
  },
}
