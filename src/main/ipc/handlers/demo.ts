import { localDay } from '@shared/dates'
import { loadDemoSquad, removeDemoSquad } from '../../demo/load'
import type { HandlersFor } from './types'

export const demoHandlers: HandlersFor<'demo:load' | 'demo:remove'> = {
  // The demo's six weeks end today, by the injected clock.
  'demo:load': (deps) => loadDemoSquad(deps.repos, deps.db, localDay(deps.clock())),
  'demo:remove': (deps) => removeDemoSquad(deps.repos, deps.db),
}
