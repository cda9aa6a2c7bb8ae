import { auditListInputSchema, auditPageSchema, auditVerificationSchema } from '../../schemas/audit'
import { emptyInput } from '../../schemas/common'
import type { ChannelSpec } from './types'

/** The audit trail, read-only: pages of entries and a check of its hash chain. */
export const auditContract = {
  'audit:list': { input: auditListInputSchema, output: auditPageSchema },
  'audit:verify': { input: emptyInput, output: auditVerificationSchema },
} as const satisfies Record<string, ChannelSpec>
