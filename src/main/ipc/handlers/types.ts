import type { Channel } from '@shared/ipc/channels'
import type { ChannelOutput, ParsedInput } from '@shared/ipc/contract'
import type { HandlerDeps } from '../deps'

/** A plain function from dependencies and parsed input to output: no Electron, easy to test. */
export type Handler<C extends Channel> = (
  deps: HandlerDeps,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>

export type HandlerRegistry = { [C in Channel]: Handler<C> }

export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> }
