import type { IpcErrorCode } from '@shared/ipc/result'

/**
 * An error the user should see as it is: a missing record, a name already taken, a file that
 * could not be written. Anything else that escapes a handler is reported as an internal error
 * without details, so no health data reaches a log or the screen by accident.
 */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<IpcErrorCode, 'forbidden' | 'unknown_channel' | 'internal'>,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found. It may have been removed.`)
}
