import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { channels } from '@shared/ipc/channels'
import type { Dispatch, SenderFrame } from './dispatch'

function senderFrame(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame
  if (!frame) return null
  return { url: frame.url, isMainFrame: frame === event.sender.mainFrame }
}

/** The only place that touches `ipcMain`: every channel goes through the one dispatcher. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatch(senderFrame(event), channel, payload),
    )
  }
}
