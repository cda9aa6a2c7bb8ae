/**
 * What crosses the IPC boundary: a value, or an error the UI can map to a message. Errors carry
 * a stable code; `fields` maps form field names to messages for field-level validation.
 */
export const ipcErrorCodes = [
  'forbidden',
  'unknown_channel',
  'validation',
  'not_found',
  'conflict',
  'io',
  'internal',
] as const
export type IpcErrorCode = (typeof ipcErrorCodes)[number]

export interface IpcError {
  code: IpcErrorCode
  message: string
  fields?: Record<string, string>
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }
