import { z } from 'zod'
import type { Db } from '../db/connection'
import { schemaVersion } from '../db/migrate'
import type { AuditLog } from '../db/repositories/audit'
import { AppError } from '../errors'
import type { ExportRow } from './athlete-data'
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './export'
import {
  ATHLETES_TABLE,
  athleteLinkedTables,
  inCheckedTransaction,
  NOT_IMPORTED,
  parentsFirst,
  quoteIdentifier,
} from './linked-tables'

/** An export file is read whole: far above any one athlete's data, far below memory trouble. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

const valueSchema = z.union([
  z.string().max(1_000_000),
  z.number(),
  z.null(),
  z.strictObject({ $base64: z.string().max(10_000_000) }),
])
const rowSchema = z.record(z.string().max(64), valueSchema)
const tablesSchema = z.record(z.string().max(64), z.array(rowSchema).max(1_000_000))

const athleteExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  scope: z.literal('athlete'),
  schemaVersion: z.int(),
  athleteId: z.uuid(),
  tables: tablesSchema,
  context: tablesSchema.default({}),
})

function invalid(message: string): AppError {
  return new AppError('validation', message)
}

/** Parses the text of a file that should be one athlete's JSON export. */
export function parseAthleteExport(text: string) {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw invalid('This file is not an RTS Bridge export: it is not valid JSON.')
  }
  const parsed = athleteExportSchema.safeParse(json)
  if (!parsed.success) {
    throw invalid('This file is not an RTS Bridge export of one athlete.')
  }
  return parsed.data
}
export type AthleteExport = ReturnType<typeof parseAthleteExport>

function decode(value: z.infer<typeof valueSchema>): string | number | null | Buffer {
  if (value !== null && typeof value === 'object') return Buffer.from(value.$base64, 'base64')
  return value
}

function insertRow(db: Db, table: string, columns: readonly string[], row: ExportRow): void {
  const names = Object.keys(row)
  const unknown = names.find((name) => !columns.includes(name))
  if (unknown !== undefined) {
    throw invalid(`The export has a column this version does not know (${table}.${unknown}).`)
  }
  const values = names.map((name) => decode(row[name]!))
  db.prepare(
    `INSERT INTO ${quoteIdentifier(table)} (${names.map(quoteIdentifier).join(', ')})
     VALUES (${names.map(() => '?').join(', ')})`,
  ).run(...values)
}

export interface ImportedAthlete {
  athleteId: string
  name: string
  squadName: string
  rows: number
}

/**
 * Imports one athlete from their JSON export (quality P2: re-import reproduces it), all or
 * nothing, in one transaction with its audit row. Every row must belong to that athlete: an
 * export carrying anyone else's rows is refused. The squad is matched by id, then by name, and
 * created when neither exists.
 */
export function importAthlete(
  db: Db,
  audit: AuditLog,
  actor: string,
  file: AthleteExport,
): ImportedAthlete {
  if (file.schemaVersion !== schemaVersion(db)) {
    throw invalid(
      `This export was made with data format ${file.schemaVersion}; this version of RTS Bridge uses ${schemaVersion(db)}. Export it again from an up-to-date RTS Bridge.`,
    )
  }
  const athleteRows = file.tables[ATHLETES_TABLE] ?? []
  const athlete = athleteRows[0]
  if (athleteRows.length !== 1 || !athlete || athlete['id'] !== file.athleteId) {
    throw invalid('The export does not hold exactly the one athlete it names.')
  }
  return inCheckedTransaction(
    db,
    (): ImportedAthlete => {
      if (db.prepare('SELECT 1 FROM athletes WHERE id = ?').get(file.athleteId)) {
        throw new AppError('conflict', 'This athlete is already in RTS Bridge.')
      }
      const squadId = placeSquad(db, file)
      const linked = athleteLinkedTables(db)
      const byName = new Map(linked.map((table) => [table.name, table]))
      for (const name of Object.keys(file.tables)) {
        if (!byName.has(name) && !NOT_IMPORTED.has(name)) {
          throw invalid(`The export has a table this version does not know (${name}).`)
        }
      }
      let rows = 0
      for (const table of parentsFirst(linked)) {
        if (NOT_IMPORTED.has(table.name)) continue
        const tableRows = file.tables[table.name] ?? []
        for (const row of tableRows) {
          const placed = table.name === ATHLETES_TABLE ? { ...row, squad_id: squadId } : row
          insertRow(db, table.name, table.columns, placed)
        }
        const belonging = db
          .prepare(`SELECT count(*) FROM ${quoteIdentifier(table.name)} WHERE ${table.condition}`)
          .pluck()
          .get({ athleteId: file.athleteId }) as number
        if (belonging !== tableRows.length) {
          throw invalid('The export holds records that do not belong to its athlete.')
        }
        rows += tableRows.length
      }
      audit.record({
        actor,
        action: 'athlete.import',
        entityType: 'athlete',
        entityId: file.athleteId,
        athleteId: file.athleteId,
        detail: { rows },
      })
      const names = db
        .prepare(
          'SELECT a.name AS name, s.name AS squadName FROM athletes a JOIN squads s ON s.id = a.squad_id WHERE a.id = ?',
        )
        .get(file.athleteId) as { name: string; squadName: string }
      return { athleteId: file.athleteId, ...names, rows }
    },
    () => invalid('The export holds records that point at records it does not include.'),
  )
}

/** The squad the athlete joins: the same one, a live squad of the same name, or a new one. */
function placeSquad(db: Db, file: AthleteExport): string {
  const squadId = String(file.tables[ATHLETES_TABLE]![0]!['squad_id'] ?? '')
  const sameId = db
    .prepare('SELECT id FROM squads WHERE id = ? AND deleted_at IS NULL')
    .pluck()
    .get(squadId) as string | undefined
  if (sameId) return sameId
  const squad = (file.context['squads'] ?? []).find((row) => row['id'] === squadId)
  if (!squad || typeof squad['name'] !== 'string') {
    throw invalid('The export does not say which squad the athlete belongs to.')
  }
  const sameName = db
    .prepare('SELECT id FROM squads WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL')
    .pluck()
    .get(squad['name']) as string | undefined
  if (sameName) return sameName
  if (db.prepare('SELECT 1 FROM squads WHERE id = ?').get(squadId)) {
    throw new AppError('conflict', 'The athlete’s squad was removed from RTS Bridge.')
  }
  const columns = (db.prepare('PRAGMA table_info(squads)').all() as { name: string }[]).map(
    (column) => column.name,
  )
  insertRow(db, 'squads', columns, squad)
  return squadId
}
