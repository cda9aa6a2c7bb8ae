import { z } from 'zod'
import { idSchema } from '../../schemas/common'
import { savedFileSchema } from './common'
import type { ChannelSpec } from './types'

export const reportContract = {
  'reports:squadList': { input: z.strictObject({ squadId: idSchema }), output: savedFileSchema },
} as const satisfies Record<string, ChannelSpec>
