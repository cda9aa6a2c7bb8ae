import { z } from 'zod'
import { emptyInput } from '../../schemas/common'
import { squadSchema } from '../../schemas/squad'
import type { ChannelSpec } from './types'

/** The demo squad of the first-run screen: fictional athletes, loaded and removed in one step. */
export const demoContract = {
  'demo:load': {
    input: emptyInput,
    output: z.object({ squad: squadSchema, athletes: z.int().nonnegative() }),
  },
  'demo:remove': {
    input: emptyInput,
    output: z.object({ removed: z.boolean(), athletes: z.int().nonnegative() }),
  },
} as const satisfies Record<string, ChannelSpec>
