import { z } from 'zod'
import { emptyInput } from '../../schemas/common'
import type { ChannelSpec } from './types'

const appInfoSchema = z.object({
  version: z.string(),
  databasePath: z.string(),
  schemaVersion: z.int(),
})

export const appContract = {
  'app:info': { input: emptyInput, output: appInfoSchema },
} as const satisfies Record<string, ChannelSpec>
