import type { z } from 'zod'

export interface ChannelSpec {
  input: z.ZodType
  output: z.ZodType
}
