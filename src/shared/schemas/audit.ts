import { z } from 'zod'
import { idSchema, instantSchema } from './common'

export const AUDIT_PAGE_MAX = 200

export const auditListInputSchema = z.strictObject({
  limit: z.int().min(1).max(AUDIT_PAGE_MAX),
  /** Rows older than this sequence number; omitted for the newest page. */
  beforeSeq: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
})
export type AuditListInput = z.input<typeof auditListInputSchema>

/** One entry of the trail as shown: what, when, who, to which record. Never its content. */
export const auditRowSchema = z.object({
  seq: z.int(),
  id: idSchema,
  at: instantSchema,
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  athleteId: z.string().nullable(),
  /** The athlete's current name; null when there is none on record (erased) or no athlete. */
  athleteName: z.string().nullable(),
  hasDetail: z.boolean(),
  detailErased: z.boolean(),
})
export type AuditRowView = z.infer<typeof auditRowSchema>

export const auditPageSchema = z.object({
  rows: z.array(auditRowSchema),
  total: z.int(),
  /** Pass as `beforeSeq` for the next older page; null when this was the oldest. */
  nextBeforeSeq: z.int().nullable(),
})
export type AuditPage = z.infer<typeof auditPageSchema>

export const auditVerificationSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), entries: z.int(), erasedDetails: z.int() }),
  z.object({ ok: z.literal(false), entries: z.int(), brokenAt: z.int(), reason: z.string() }),
])
export type AuditVerificationView = z.infer<typeof auditVerificationSchema>
