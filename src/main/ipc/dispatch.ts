import type { z } from 'zod'
import { channels, type Channel } from '@shared/ipc/channels'
import { contract } from '@shared/ipc/contract'
import type { IpcError, IpcResult } from '@shared/ipc/result'
import { AppError } from '../errors'
import type { HandlerDeps } from './deps'
import type { HandlerRegistry } from './handlers/types'

/** What main knows about the frame that sent a message. */
export interface SenderFrame {
  url: string
  isMainFrame: boolean
}

/** Only the app's own top-level page may call handlers; iframes and other origins may not. */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (!frame || !frame.isMainFrame || typeof frame.url !== 'string') return false
  let origin: string
  try {
    const url = new URL(frame.url)
    origin = url.protocol === 'app:' ? `app://${url.host}` : url.origin
  } catch {
    return false
  }
  return trustedOrigins.includes(origin)
}

export interface DispatcherOptions {
  handlers: HandlerRegistry
  deps: HandlerDeps
  trustedOrigins: readonly string[]
  /** Parse every handler's result with the contract's output schema (tests and development). */
  checkOutputs?: boolean
  /** Receives the channel and error kind of unexpected failures; never payloads or messages. */
  onUnexpectedError?: (channel: Channel, kind: string) => void
}

export type Dispatch = (
  sender: SenderFrame | null | undefined,
  channel: string,
  payload: unknown,
) => Promise<IpcResult<unknown>>

const knownChannels = new Set<string>(channels)

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error }
}

/** zod issues → one message per form field, named by its path (`name`, `baselines.0.value`). */
export function validationError(error: z.ZodError): IpcError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  const first = error.issues[0]?.message ?? 'Some of the values are not valid.'
  return { code: 'validation', message: first, fields }
}

function sqliteCode(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code.startsWith('SQLITE_') ? error.code : null
  }
  return null
}

/**
 * The single path from the renderer to the handlers: sender check, strict parsing against the
 * contract, the handler, and errors turned into values. Nothing runs when a check fails.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { handlers, deps, trustedOrigins } = options
  return async (sender, channel, payload) => {
    if (!isTrustedSender(sender, trustedOrigins)) {
      return failure({ code: 'forbidden', message: 'This request did not come from RTS Bridge.' })
    }
    if (!knownChannels.has(channel)) {
      return failure({ code: 'unknown_channel', message: 'Unknown request.' })
    }
    const name = channel as Channel
    const spec = contract[name]
    const parsed = spec.input.safeParse(payload)
    if (!parsed.success) return failure(validationError(parsed.error))
    try {
      const handler = handlers[name] as (deps: HandlerDeps, input: unknown) => unknown
      const data = await handler(deps, parsed.data)
      if (options.checkOutputs) spec.output.parse(data)
      return { ok: true, data }
    } catch (error) {
      if (error instanceof AppError) {
        return failure({
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        })
      }
      const code = sqliteCode(error)
      if (code === 'SQLITE_FULL') {
        return failure({
          code: 'io',
          message: 'The disk is full. Nothing was saved; free some space and try again.',
        })
      }
      if (code?.startsWith('SQLITE_CONSTRAINT')) {
        return failure({
          code: 'validation',
          message: 'That change breaks a rule of the data. Nothing was saved.',
        })
      }
      options.onUnexpectedError?.(
        name,
        code ?? (error instanceof Error ? error.name : typeof error),
      )
      return failure({ code: 'internal', message: 'Something went wrong. Nothing was saved.' })
    }
  }
}
