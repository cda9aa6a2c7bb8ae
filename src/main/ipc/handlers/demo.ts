import { localDay } from '@shared/dates'
import { loadDemoSquad, removeDemoSquad } from '../../demo/load'
import type { HandlersFor } from './types'

export const demoHandlers: HandlersFor<'demo:load' | 'demo:remove'> = {
  // The demo's six weeks end today, by the injected clock.
  'demo:load': (deps) => loadDemoSquad(deps.repos, deps.db, localDay(deps.clock())),
  // Erasure leaves the old pages in the WAL: emptied in a worker, as after any erasure.
  'demo:remove': (deps) =>
    deps.data.exclusively(async () => {
      const removed = removeDemoSquad(deps.repos, deps.db)
      if (removed.removed) await deps.data.emptyWal()
      return removed
    }),
}
