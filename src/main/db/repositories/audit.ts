import { createHash, randomBytes } from 'node:crypto'
import { instant, type Clock } from '../../clock'
import type { Db } from '../connection'
import { newRowId } from '../ids'

const GENESIS = '0'.repeat(64)

export interface AuditEntry {
  /** Who did it: the app user's name from Settings. Staff, never the athlete. */
  actor: string
  /** What happened, as `entity.verb`: `athlete.create`, `injury.update`, `phase.override`… */
  action: string
  entityType: string
  entityId: string | null
  athleteId: string | null
  /** The content of the change (may hold health data): kept apart so it can be erased. */
  detail?: unknown
}

export interface AuditRow {
  seq: number
  id: string
  at: string
  actor: string
  action: string
  entityType: string
  entityId: string | null
  athleteId: string | null
  hasDetail: boolean
  detailErased: boolean
}

interface AuditLogRow {
  seq: number
  id: string
  at: string
  actor: string
  action: string
  entity_type: string
  entity_id: string | null
  athlete_id: string | null
  detail_hash: string | null
  prev_hash: string
  hash: string
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function chainHash(prevHash: string, row: Omit<AuditLogRow, 'seq' | 'prev_hash' | 'hash'>): string {
  return sha256(
    JSON.stringify([
      prevHash,
      row.id,
      row.at,
      row.actor,
      row.action,
      row.entity_type,
      row.entity_id,
      row.athlete_id,
      row.detail_hash,
    ]),
  )
}

export type AuditVerification =
  | { ok: true; entries: number; erasedDetails: number }
  | { ok: false; entries: number; brokenAt: number; reason: string }

/**
 * The audit trail. `record` must be called inside the transaction of the change it describes,
 * so a change and its audit row commit or roll back together.
 */
export function createAuditLog(db: Db, clock: Clock) {
  const lastHash = db.prepare<[], { hash: string }>(
    'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  )
  const insert = db.prepare(
    `INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id, athlete_id, detail_hash, prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entity_type, @entity_id, @athlete_id, @detail_hash, @prev_hash, @hash)`,
  )
  const insertDetail = db.prepare(
    'INSERT INTO audit_details (audit_id, athlete_id, salt, payload) VALUES (?, ?, ?, ?)',
  )
  const listRows = db.prepare<[number, number], AuditLogRow & { payload: string | null }>(
    `SELECT l.*, d.payload FROM audit_log l LEFT JOIN audit_details d ON d.audit_id = l.id
     WHERE l.seq < ? ORDER BY l.seq DESC LIMIT ?`,
  )
  const forAthlete = db.prepare<
    [string, string],
    { at: string; actor: string; payload: string | null }
  >(
    `SELECT l.at, l.actor, d.payload FROM audit_log l LEFT JOIN audit_details d ON d.audit_id = l.id
     WHERE l.athlete_id = ? AND l.action = ? ORDER BY l.seq DESC`,
  )
  const allRows = db.prepare<[], AuditLogRow & { salt: string | null; payload: string | null }>(
    `SELECT l.*, d.salt, d.payload FROM audit_log l LEFT JOIN audit_details d ON d.audit_id = l.id
     ORDER BY l.seq`,
  )

  /**
   * Writes entries in order, chained from `prevHash`, all at the same instant; returns their
   * ids and the last hash. Salts come from one call to the random source.
   */
  function write(entries: readonly AuditEntry[]): string[] {
    if (!db.inTransaction) {
      throw new Error('Audit rows are written inside the transaction of the change they describe')
    }
    const at = instant(clock)
    const salts = randomBytes(16 * entries.length).toString('hex')
    let prevHash = lastHash.get()?.hash ?? GENESIS
    return entries.map((entry, index) => {
      const id = newRowId()
      let detailHash: string | null = null
      let salt: string | null = null
      let payload: string | null = null
      if (entry.detail !== undefined) {
        salt = salts.slice(index * 32, index * 32 + 32)
        payload = JSON.stringify(entry.detail)
        detailHash = sha256(salt + payload)
      }
      const row = {
        id,
        at,
        actor: entry.actor,
        action: entry.action,
        entity_type: entry.entityType,
        entity_id: entry.entityId,
        athlete_id: entry.athleteId,
        detail_hash: detailHash,
      }
      const hash = chainHash(prevHash, row)
      insert.run({ ...row, prev_hash: prevHash, hash })
      if (payload !== null) insertDetail.run(id, entry.athleteId, salt, payload)
      prevHash = hash
      return id
    })
  }

  function record(entry: AuditEntry): string {
    return write([entry])[0]!
  }

  return {
    record,
    /**
     * Many entries of one change (an import: one per athlete) in one go, same rules as `record`:
     * a thousand rows one by one were most of the last step of a big GPS import.
     */
    recordMany(entries: readonly AuditEntry[]): string[] {
      return entries.length === 0 ? [] : write(entries)
    },
    /** One athlete's entries of one action, newest first, with their details when not erased. */
    entriesFor(
      athleteId: string,
      action: string,
    ): { at: string; actor: string; detail: unknown }[] {
      return forAthlete.all(athleteId, action).map((row) => ({
        at: row.at,
        actor: row.actor,
        detail: row.payload === null ? null : (JSON.parse(row.payload) as unknown),
      }))
    },
    /** Newest first, `limit` rows before `beforeSeq` (exclusive). */
    list(options: { limit: number; beforeSeq?: number }): AuditRow[] {
      return listRows
        .all(options.beforeSeq ?? Number.MAX_SAFE_INTEGER, options.limit)
        .map((row) => ({
          seq: row.seq,
          id: row.id,
          at: row.at,
          actor: row.actor,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          athleteId: row.athlete_id,
          hasDetail: row.detail_hash !== null,
          detailErased: row.detail_hash !== null && row.payload === null,
        }))
    },
    /**
     * Recomputes the chain from the first row: any edited, inserted or removed row breaks it.
     * Details erased with an athlete are reported, not treated as tampering.
     */
    verify(): AuditVerification {
      let prev = GENESIS
      let entries = 0
      let erasedDetails = 0
      for (const row of allRows.iterate()) {
        entries += 1
        if (row.prev_hash !== prev) {
          return {
            ok: false,
            entries,
            brokenAt: row.seq,
            reason: 'a row is missing or out of order',
          }
        }
        if (chainHash(prev, row) !== row.hash) {
          return {
            ok: false,
            entries,
            brokenAt: row.seq,
            reason: 'a row was changed after it was written',
          }
        }
        if (row.detail_hash !== null) {
          if (row.payload === null) erasedDetails += 1
          else if (sha256((row.salt ?? '') + row.payload) !== row.detail_hash) {
            return {
              ok: false,
              entries,
              brokenAt: row.seq,
              reason: 'the details of a row were changed',
            }
          }
        }
        prev = row.hash
      }
      return { ok: true, entries, erasedDetails }
    },
  }
}

export type AuditLog = ReturnType<typeof createAuditLog>
