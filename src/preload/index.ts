import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '@shared/ipc/api'

// One function per contract channel; the page never sees ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'rts',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
)
