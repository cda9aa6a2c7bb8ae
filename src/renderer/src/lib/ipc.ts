import type { IpcError, IpcResult } from '@shared/ipc/result'

/** A failed IPC call as an exception, so TanStack Query and forms can handle it in one place. */
export class IpcFailure extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
    this.name = 'IpcFailure'
  }
}

/** Unwraps `{ ok, data }`, throwing IpcFailure for `{ ok: false }`. */
export async function unwrap<T>(call: Promise<IpcResult<T>>): Promise<T> {
  const result = await call
  if (!result.ok) throw new IpcFailure(result.error)
  return result.data
}

/** The RTS Bridge API installed in the page by the preload. */
export function rts(): Window['rts'] {
  return window.rts
}

/** Field messages of a failed call, if it was a validation or conflict error about fields. */
export function fieldErrors(error: unknown): Record<string, string> | null {
  if (error instanceof IpcFailure && error.error.fields) return error.error.fields
  return null
}

export function errorMessage(error: unknown): string {
  if (error instanceof IpcFailure) return error.error.message
  return 'Something went wrong. Please try again.'
}
