import type { Db } from '../db/connection'
import type { AuditLog } from '../db/repositories/audit'
import { notFound } from '../errors'
import {
  ATHLETES_TABLE,
  athleteLinkedTables,
  inCheckedTransaction,
  KEPT_ON_ERASURE,
  quoteIdentifier,
  readTableShapes,
} from './linked-tables'

/** A database value as it appears in an export: BLOBs become `{ "$base64": "…" }`. */
export type ExportValue = string | number | null | { $base64: string }
export type ExportRow = Record<string, ExportValue>

export function encodeRow(row: Record<string, unknown>): ExportRow {
  const encoded: ExportRow = {}
  for (const [column, value] of Object.entries(row)) {
    if (value === null || typeof value === 'string' || typeof value === 'number') {
      encoded[column] = value
    } else if (typeof value === 'bigint') {
      encoded[column] = Number(value)
    } else if (value instanceof Uint8Array) {
      encoded[column] = { $base64: Buffer.from(value).toString('base64') }
    } else {
      encoded[column] = String(value)
    }
  }
  return encoded
}

export interface AthleteData {
  /** Every row linked to the athlete, per table, in rowid order. */
  tables: Record<string, ExportRow[]>
  /** The columns of each table above and below, so an empty table still has its header. */
  columns: Record<string, string[]>
  /** Shared records the athlete's row points at (their squad), needed to import them again. */
  context: Record<string, ExportRow[]>
}

function athleteExists(db: Db, athleteId: string): boolean {
  return (
    db.prepare(`SELECT 1 FROM ${quoteIdentifier(ATHLETES_TABLE)} WHERE id = ?`).get(athleteId) !==
    undefined
  )
}

/** Everything on record about one athlete, and nothing about anyone else (quality P2). */
export function readAthleteData(db: Db, athleteId: string): AthleteData {
  if (!athleteExists(db, athleteId)) throw notFound('The athlete')
  const tables: Record<string, ExportRow[]> = {}
  const shapes = readTableShapes(db)
  const columns: Record<string, string[]> = {}
  for (const table of athleteLinkedTables(db)) {
    columns[table.name] = table.columns
    tables[table.name] = (
      db
        .prepare(
          `SELECT * FROM ${quoteIdentifier(table.name)} WHERE ${table.condition} ORDER BY rowid`,
        )
        .all({ athleteId }) as Record<string, unknown>[]
    ).map(encodeRow)
  }
  const context: Record<string, ExportRow[]> = {}
  for (const key of shapes.get(ATHLETES_TABLE)?.foreignKeys ?? []) {
    if (key.table === ATHLETES_TABLE) continue
    columns[key.table] = shapes.get(key.table)?.columns ?? []
    const to = key.to.map((column) => column ?? 'id')
    const rows = db
      .prepare(
        `SELECT * FROM ${quoteIdentifier(key.table)}
         WHERE (${to.map(quoteIdentifier).join(', ')}) IN
           (SELECT ${key.from.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(ATHLETES_TABLE)} WHERE id = @athleteId)
         ORDER BY rowid`,
      )
      .all({ athleteId }) as Record<string, unknown>[]
    context[key.table] = [...(context[key.table] ?? []), ...rows.map(encodeRow)]
  }
  return { tables, columns, context }
}

/**
 * Erases one athlete (quality P3): every linked row and the details of their audit entries, in
 * one transaction that also writes the `athlete.erase` tombstone (no health content: who, when,
 * which id). `secure_delete` zeroes the freed space in the data file; the WAL still holds the
 * old pages until the caller empties it with a TRUNCATE checkpoint (`AppData.emptyWal`, in a
 * worker), after which the erased text is in neither file. Returns how many rows were erased.
 */
export function eraseAthlete(db: Db, audit: AuditLog, actor: string, athleteId: string): number {
  return inCheckedTransaction(
    db,
    () => {
      if (!athleteExists(db, athleteId)) throw notFound('The athlete')
      // Rows are deleted children-first; foreign keys are checked when the transaction commits.
      const plan = athleteLinkedTables(db)
        .filter((table) => !KEPT_ON_ERASURE.has(table.name))
        .map((table) => ({
          table,
          rowids: db
            .prepare(
              `SELECT rowid AS id FROM ${quoteIdentifier(table.name)} WHERE ${table.condition}`,
            )
            .pluck()
            .all({ athleteId }) as number[],
        }))
      let count = 0
      for (const { table, rowids } of plan.reverse()) {
        if (rowids.length === 0) continue
        count += db
          .prepare(
            `DELETE FROM ${quoteIdentifier(table.name)} WHERE rowid IN (SELECT value FROM json_each(?))`,
          )
          .run(JSON.stringify(rowids)).changes
      }
      forgetGpsMatches(db, athleteId)
      audit.record({
        actor,
        action: 'athlete.erase',
        entityType: 'athlete',
        entityId: athleteId,
        athleteId,
      })
      return count
    },
    () => new Error('Erasing the athlete would leave records pointing at erased ones'),
  )
}

/**
 * Saved GPS mappings remember which athlete a player of the file was (a hashed name beside an
 * athlete id). The athlete's matches go with them; the rest of each mapping stays. Returns how
 * many mappings were rewritten.
 */
function forgetGpsMatches(db: Db, athleteId: string): number {
  const rows = db
    .prepare(`SELECT id, mapping FROM gps_mappings WHERE instr(mapping, ?) > 0`)
    .all(athleteId) as { id: string; mapping: string }[]
  const write = db.prepare(`UPDATE gps_mappings SET mapping = ? WHERE id = ?`)
  let changed = 0
  for (const row of rows) {
    const mapping = JSON.parse(row.mapping) as {
      players?: { matches?: { athleteId: string | null }[] }
    }
    const players = mapping.players
    if (!players?.matches) continue
    const kept = players.matches.filter((match) => match.athleteId !== athleteId)
    if (kept.length === players.matches.length) continue
    players.matches = kept
    changed += write.run(JSON.stringify(mapping), row.id).changes
  }
  return changed
}

/** Every athlete on record with their squad, for choosing whom to export or erase. */
export function listAthleteChoices(db: Db) {
  return (
    db
      .prepare(
        `SELECT a.id, a.name, s.name AS squadName, a.archived_at IS NOT NULL AS archived
         FROM athletes a JOIN squads s ON s.id = a.squad_id
         WHERE a.deleted_at IS NULL`,
      )
      .all() as { id: string; name: string; squadName: string; archived: number }[]
  ).map((row) => ({ ...row, archived: row.archived === 1 }))
}

/** The athlete's name, archived or not; throws not_found when there is no such athlete. */
export function athleteName(db: Db, athleteId: string): string {
  const name = db.prepare('SELECT name FROM athletes WHERE id = ?').pluck().get(athleteId)
  if (typeof name !== 'string') throw notFound('The athlete')
  return name
}
