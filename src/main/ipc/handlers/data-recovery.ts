import { RECOVERY_MESSAGE } from '../../data-safety/app-data'
import { AppError } from '../../errors'
import type { HandlerDeps } from '../deps'
import { RECOVERY_CHANNELS } from './data'
import type { HandlerRegistry } from './types'

/**
 * While the data file cannot be opened, only the recovery screen's channels run; every other
 * call is answered with a typed error before its handler starts (no dialog opens, nothing runs
 * half-way against a missing database).
 */
export function guardForRecovery(registry: HandlerRegistry): HandlerRegistry {
  const guarded: Record<string, unknown> = {}
  for (const [channel, handler] of Object.entries(registry)) {
    guarded[channel] = RECOVERY_CHANNELS.has(channel)
      ? handler
      : (deps: HandlerDeps, input: unknown) => {
          if (deps.data.mode !== 'ready') throw new AppError('io', RECOVERY_MESSAGE)
          return (handler as (deps: HandlerDeps, input: unknown) => unknown)(deps, input)
        }
  }
  return guarded as HandlerRegistry
}
