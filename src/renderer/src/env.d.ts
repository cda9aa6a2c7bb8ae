/// <reference types="vite/client" />
import type { RtsApi } from '@shared/ipc/api'

declare global {
  interface Window {
    /** Installed by the preload (or the end-to-end harness): one function per IPC channel. */
    readonly rts: RtsApi
  }
}
