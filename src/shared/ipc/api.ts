import { channels, type Channel } from './channels'
import type { ChannelInput, ChannelOutput } from './contract'
import type { IpcResult } from './result'

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never
type Domain = DomainOf<Channel>

/** `window.rts.athletes.create(input)` for channel `athletes:create`, and so on for every channel. */
export type RtsApi = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (
      input: ChannelInput<C>,
    ) => Promise<IpcResult<ChannelOutput<C>>>
  }
}

export type Invoke = (channel: Channel, input: unknown) => Promise<unknown>

/**
 * Builds one function per channel of the contract around a single invoke primitive. The preload
 * passes `ipcRenderer.invoke`; tests and the in-browser harness pass their own transport.
 */
export function buildApi(invoke: Invoke): RtsApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) => invoke(channel, input)
  }
  return Object.freeze(api) as unknown as RtsApi
}
