import type { Channel } from '@shared/ipc/channels'
import { RECOVERY_MESSAGE } from '../../data-safety/app-data'
import { AppError } from '../../errors'
import type { HandlerDeps } from '../deps'
import { RECOVERY_CHANNELS } from './data'
import type { HandlerRegistry } from './types'

/**
 * Channels that only read: they answer at once while the start-up health check still runs in the
 * background, so the squad board shows without waiting for it. Every other channel waits for the
 * check and runs only when the file passed it. A channel wrongly listed here could still not
 * change the file: the connection is `query_only` until the check passes.
 */
export const READ_ONLY_CHANNELS: ReadonlySet<string> = new Set<Channel>([
  'app:info',
  'squads:list',
  'athletes:list',
  'athletes:get',
  'athletes:case',
  'profiles:get',
  'injuries:list',
  'demands:get',
  'templates:listClub',
  'board:squad',
  'settings:domain',
  'settings:get',
  'sessions:list',
  'responses:list',
  'assessments:list',
  'phases:list',
  'overrides:list',
  'observations:list',
  'checkins:list',
  'reports:squadList',
  'reports:availability',
  'handover:list',
  'data:athletes',
  'audit:list',
])

/**
 * While the data file cannot be opened, only the recovery screen's channels run; every other
 * call is answered with a typed error before its handler starts (no dialog opens, nothing runs
 * half-way against a missing database). While the background health check runs, reads answer at
 * once and every other call waits for it: when the file fails the check, the waiting call gets
 * the recovery error and its handler never runs.
 */
export function guardForRecovery(registry: HandlerRegistry): HandlerRegistry {
  const guarded: Record<string, unknown> = {}
  for (const [channel, handler] of Object.entries(registry)) {
    const run = handler as (deps: HandlerDeps, input: unknown) => unknown
    if (RECOVERY_CHANNELS.has(channel)) {
      guarded[channel] = handler
    } else if (READ_ONLY_CHANNELS.has(channel)) {
      guarded[channel] = (deps: HandlerDeps, input: unknown) => {
        if (deps.data.mode !== 'ready') throw new AppError('io', RECOVERY_MESSAGE)
        return run(deps, input)
      }
    } else {
      guarded[channel] = async (deps: HandlerDeps, input: unknown) => {
        if (deps.data.healthCheckPending) await deps.data.whenWritable()
        if (deps.data.mode !== 'ready') throw new AppError('io', RECOVERY_MESSAGE)
        try {
          return await run(deps, input)
        } finally {
          deps.data.afterWrite()
        }
      }
    }
  }
  return guarded as HandlerRegistry
}
