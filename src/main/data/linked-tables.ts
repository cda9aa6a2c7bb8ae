import type { Db } from '../db/connection'

/**
 * Which rows belong to one athlete, read from the schema itself rather than from a list, so a
 * table added by a later migration is exported and erased without anyone remembering to
 * register it. A table is linked when it has an `athlete_id` column, or a foreign key to a
 * linked table (sessions → athletes, exposures → sessions, …), to any depth.
 */

export const ATHLETES_TABLE = 'athletes'

/**
 * Kept when an athlete is erased: the append-only audit trail. Its rows hold ids, action names,
 * times and staff names only; the content of each change lives in `audit_details`, which is
 * erased, so the trail keeps a tombstone and still verifies.
 */
export const KEPT_ON_ERASURE: ReadonlySet<string> = new Set(['audit_log'])

/** Not carried by an athlete import: the imported athlete's trail starts with the import. */
export const NOT_IMPORTED: ReadonlySet<string> = new Set(['audit_log', 'audit_details'])

export interface LinkedTable {
  name: string
  columns: string[]
  /** SQL condition on this table's rows that belong to the athlete bound as `@athleteId`. */
  condition: string
  /** The linked tables this one's rows hang from (for parent-first inserts). */
  parents: string[]
}

interface ForeignKeyRow {
  id: number
  seq: number
  table: string
  from: string
  to: string | null
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

interface TableShape {
  name: string
  columns: string[]
  primaryKey: string[]
  withoutRowid: boolean
  /** Foreign keys grouped per constraint: [from columns, parent table, parent columns]. */
  foreignKeys: { from: string[]; table: string; to: (string | null)[] }[]
}

/** Every ordinary table with its columns, primary key and foreign keys. */
export function readTableShapes(db: Db): Map<string, TableShape> {
  const rows = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema
       WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name`,
    )
    .all() as { name: string; sql: string }[]
  const shapes = new Map<string, TableShape>()
  for (const { name, sql } of rows) {
    const info = db.prepare(`PRAGMA table_info(${quoteIdentifier(name)})`).all() as {
      name: string
      pk: number
    }[]
    const keys = db
      .prepare(`PRAGMA foreign_key_list(${quoteIdentifier(name)})`)
      .all() as ForeignKeyRow[]
    const grouped = new Map<number, ForeignKeyRow[]>()
    for (const key of keys) grouped.set(key.id, [...(grouped.get(key.id) ?? []), key])
    shapes.set(name, {
      name,
      columns: info.map((column) => column.name),
      primaryKey: info
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => column.name),
      withoutRowid: /\bWITHOUT\s+ROWID\b/i.test(sql),
      foreignKeys: [...grouped.values()].map((parts) => {
        const ordered = parts.sort((a, b) => a.seq - b.seq)
        return {
          from: ordered.map((part) => part.from),
          table: ordered[0]!.table,
          to: ordered.map((part) => part.to),
        }
      }),
    })
  }
  return shapes
}

/** The athlete-linked tables of the current schema, the athletes table first. */
export function athleteLinkedTables(db: Db): LinkedTable[] {
  const shapes = readTableShapes(db)
  if (!shapes.has(ATHLETES_TABLE)) return []

  // Which tables are linked at all: a fixed point over the foreign-key graph.
  const linked = new Set<string>([ATHLETES_TABLE])
  for (let grew = true; grew;) {
    grew = false
    for (const shape of shapes.values()) {
      if (linked.has(shape.name)) continue
      const direct = shape.columns.includes('athlete_id')
      const viaParent = shape.foreignKeys.some(
        (key) => key.table !== shape.name && linked.has(key.table),
      )
      if (direct || viaParent) {
        linked.add(shape.name)
        grew = true
      }
    }
  }

  const conditions = new Map<string, string>()
  function condition(name: string, visiting: Set<string>): string {
    const known = conditions.get(name)
    if (known) return known
    if (name === ATHLETES_TABLE) return `${quoteIdentifier('id')} = @athleteId`
    const shape = shapes.get(name)!
    const parts: string[] = []
    if (shape.columns.includes('athlete_id'))
      parts.push(`${quoteIdentifier('athlete_id')} = @athleteId`)
    visiting.add(name)
    for (const key of shape.foreignKeys) {
      if (key.table === name || !linked.has(key.table) || visiting.has(key.table)) continue
      const parent = shapes.get(key.table)
      if (!parent) continue
      const to = key.to.map((column, index) => column ?? parent.primaryKey[index] ?? 'rowid')
      const from = key.from.map(quoteIdentifier).join(', ')
      const target = to.map(quoteIdentifier).join(', ')
      parts.push(
        `(${from}) IN (SELECT ${target} FROM ${quoteIdentifier(key.table)} WHERE ${condition(key.table, visiting)})`,
      )
    }
    visiting.delete(name)
    const result = parts.map((part) => `(${part})`).join(' OR ') || '0'
    conditions.set(name, result)
    return result
  }

  const tables: LinkedTable[] = []
  for (const name of [ATHLETES_TABLE, ...[...linked].filter((n) => n !== ATHLETES_TABLE).sort()]) {
    const shape = shapes.get(name)!
    if (shape.withoutRowid) {
      // Export orders by rowid and erasure deletes by rowid: a linked table must have one.
      throw new Error(`Table ${name} holds athlete data but has no rowid (WITHOUT ROWID)`)
    }
    tables.push({
      name,
      columns: shape.columns,
      condition: condition(name, new Set()),
      parents: shape.foreignKeys
        .map((key) => key.table)
        .filter((table) => table !== name && linked.has(table)),
    })
  }
  return tables
}

/** Tables in an order where every table comes after the linked tables it hangs from. */
export function parentsFirst(tables: readonly LinkedTable[]): LinkedTable[] {
  const byName = new Map(tables.map((table) => [table.name, table]))
  const ordered: LinkedTable[] = []
  const placed = new Set<string>()
  const visit = (table: LinkedTable, path: Set<string>) => {
    if (placed.has(table.name) || path.has(table.name)) return
    path.add(table.name)
    for (const parent of table.parents) {
      const parentTable = byName.get(parent)
      if (parentTable) visit(parentTable, path)
    }
    path.delete(table.name)
    placed.add(table.name)
    ordered.push(table)
  }
  for (const table of tables) visit(table, new Set())
  return ordered
}

/**
 * Runs `work` in one immediate transaction whose foreign keys are checked once, when it
 * commits, over the rows it changed (SQLite's deferred constraints). A full
 * `PRAGMA foreign_key_check` reads every table: half a second of the main thread at academy
 * scale. A violation rolls everything back and is thrown as `broken()`.
 */
export function inCheckedTransaction<T>(db: Db, work: () => T, broken: () => Error): T {
  try {
    return db
      .transaction(() => {
        db.pragma('defer_foreign_keys = ON')
        return work()
      })
      .immediate()
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw broken()
    }
    throw error
  }
}
