import type { AuditPage } from '@shared/schemas/audit'
import type { Db } from '../db/connection'
import type { AuditLog } from '../db/repositories/audit'

/**
 * A page of the audit trail for the read-only view, newest first, with each athlete's current
 * name looked up (an erased athlete has none: the trail itself never held it).
 */
export function auditPage(
  db: Db,
  audit: AuditLog,
  options: { limit: number; beforeSeq?: number },
): AuditPage {
  const rows = audit.list(options)
  const ids = [...new Set(rows.flatMap((row) => (row.athleteId ? [row.athleteId] : [])))]
  const names = new Map(
    (
      db
        .prepare('SELECT id, name FROM athletes WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify(ids)) as { id: string; name: string }[]
    ).map((row) => [row.id, row.name]),
  )
  const { total, oldest } = db
    .prepare('SELECT count(*) AS total, min(seq) AS oldest FROM audit_log')
    .get() as { total: number; oldest: number | null }
  const last = rows.at(-1)
  return {
    rows: rows.map((row) => ({
      ...row,
      athleteName: row.athleteId ? (names.get(row.athleteId) ?? null) : null,
    })),
    total,
    nextBeforeSeq: last && oldest !== null && last.seq > oldest ? last.seq : null,
  }
}
