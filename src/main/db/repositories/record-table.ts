import type { z } from 'zod'
import { instant, type Clock } from '../../clock'
import { AppError, notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { changedFields } from './changes'
import { newRowId } from '../ids'

type Kind = 'text' | 'real' | 'int' | 'bool' | 'json'

/** One field of a record and the column it lives in. */
export interface FieldSpec {
  key: string
  column: string
  kind: Kind
}

export const field = (key: string, column: string, kind: Kind): FieldSpec => ({ key, column, kind })

/**
 * How one kind of dated athlete record (session, morning check, test…) maps onto its table.
 * Every such table has `id`, `athlete_id`, a day column, timestamps and a tombstone.
 */
export interface RecordTableSpec<Stored> {
  table: string
  /** Name in the audit trail: `session` gives `session.create`, `session.update`… */
  entity: string
  /** What the user calls it in messages: "The session". */
  label: string
  dayColumn: string
  fields: readonly FieldSpec[]
  /** The stored schema: rows are parsed with it, so nothing malformed reaches the engine. */
  schema: z.ZodType<Stored>
  /** Set for records that belong to an injury episode (phase records, overrides…). */
  injuryScoped?: boolean
  /**
   * Set for tables with an `import_id` column whose imports are written in slices: rows are
   * staged hidden (tombstoned, marked with the import) and shown together at the end.
   */
  stagedImports?: boolean
}

function encode(kind: Kind, value: unknown): unknown {
  if (value === null || value === undefined) return null
  switch (kind) {
    case 'bool':
      return value ? 1 : 0
    case 'json':
      return JSON.stringify(value)
    default:
      return value
  }
}

function decode(kind: Kind, value: unknown): unknown {
  if (value === null) return null
  switch (kind) {
    case 'bool':
      return value === 1
    case 'json':
      return JSON.parse(value as string)
    default:
      return value
  }
}

/**
 * A repository for one kind of dated athlete record, with the same guarantees everywhere:
 * SQL only here, every write audited in its transaction, tombstones instead of deletes.
 */
export function createRecordTable<
  Input extends object,
  Stored extends { id: string; athleteId: string },
>(db: Db, clock: Clock, audit: AuditLog, actor: () => string, spec: RecordTableSpec<Stored>) {
  const { table, dayColumn } = spec
  const columns = spec.fields.map((f) => f.column)
  const extra = spec.injuryScoped ? ['injury_id'] : []
  const insert = db.prepare(
    `INSERT INTO ${table} (id, athlete_id, ${[...extra, ...columns].join(', ')}, created_at, updated_at)
     VALUES (@id, @athlete_id, ${[...extra, ...columns].map((c) => `@${c}`).join(', ')}, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE ${table} SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  )
  const tombstone = db.prepare(
    `UPDATE ${table} SET deleted_at = @now, updated_at = @now WHERE id = @id`,
  )
  const byId = db.prepare<[string], Record<string, unknown>>(
    `SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`,
  )
  const byAthlete = db.prepare<[string, string, string], Record<string, unknown>>(
    `SELECT * FROM ${table} WHERE athlete_id = ? AND deleted_at IS NULL AND ${dayColumn} BETWEEN ? AND ?
     ORDER BY ${dayColumn}, created_at`,
  )
  const byInjury = spec.injuryScoped
    ? db.prepare<[string], Record<string, unknown>>(
        `SELECT * FROM ${table} WHERE injury_id = ? AND deleted_at IS NULL ORDER BY ${dayColumn}, created_at`,
      )
    : null
  const athleteExists = db.prepare<[string], { id: string }>(
    `SELECT id FROM athletes WHERE id = ? AND deleted_at IS NULL`,
  )
  const staged = spec.stagedImports
    ? {
        insert: db.prepare(
          `INSERT INTO ${table} (id, athlete_id, ${[...extra, ...columns].join(', ')}, import_id, created_at, updated_at, deleted_at)
           VALUES (@id, @athlete_id, ${[...extra, ...columns].map((c) => `@${c}`).join(', ')}, @import_id, @now, @now, @now)`,
        ),
        reveal: db.prepare(
          `UPDATE ${table} SET deleted_at = NULL WHERE import_id = ? AND deleted_at IS NOT NULL`,
        ),
        counts: db.prepare<[string], { athleteId: string; n: number }>(
          `SELECT athlete_id AS athleteId, count(*) AS n FROM ${table}
           WHERE import_id = ? AND deleted_at IS NULL GROUP BY athlete_id`,
        ),
        drop: db.prepare(`DELETE FROM ${table} WHERE import_id = ? AND deleted_at IS NOT NULL`),
      }
    : null
  const stagedOnly = () => {
    if (!staged) throw new Error(`${table} has no staged imports`)
    if (!db.inTransaction) throw new Error('Staged rows are written inside a transaction')
    return staged
  }
  const injuryOfAthlete = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM injuries WHERE id = ? AND athlete_id = ? AND deleted_at IS NULL`,
  )

  function decodeRow(row: Record<string, unknown>): Record<string, unknown> {
    const value: Record<string, unknown> = {
      id: row['id'],
      athleteId: row['athlete_id'],
      createdAt: row['created_at'],
      updatedAt: row['updated_at'],
    }
    if (spec.injuryScoped) value['injuryId'] = row['injury_id']
    for (const f of spec.fields) value[f.key] = decode(f.kind, row[f.column])
    return value
  }

  function toStored(row: Record<string, unknown>): Stored {
    return spec.schema.parse(decodeRow(row))
  }

  // Trusted rows are built in one pass, key by key in the order the stored schema outputs
  // them, so they are the same object, key for key, as a parsed one.
  const shape = (spec.schema as unknown as { shape?: Record<string, unknown> }).shape
  type Reader = [key: string, read: (row: Record<string, unknown>) => unknown]
  const readers: Reader[] = [
    ['id', (row) => row['id']],
    ['athleteId', (row) => row['athlete_id']],
    ['createdAt', (row) => row['created_at']],
    ['updatedAt', (row) => row['updated_at']],
  ]
  if (spec.injuryScoped) readers.push(['injuryId', (row) => row['injury_id']])
  for (const f of spec.fields) readers.push([f.key, (row) => decode(f.kind, row[f.column])])
  if (shape) {
    const order = Object.keys(shape)
    readers.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  }

  /**
   * A row read back for a list, decoded without parsing it again. Every row in these tables got
   * here through `create`/`createMany`/`update` with input the input schema had parsed, and the
   * table's CHECK constraints hold the same ranges, so a second parse finds nothing new; it was
   * three quarters of the time of loading an athlete's case (the engine's input, read for every
   * injured athlete on the squad board). Single-row reads (`get`) still parse.
   */
  function toTrusted(row: Record<string, unknown>): Stored {
    const value: Record<string, unknown> = {}
    for (const [key, read] of readers) value[key] = read(row)
    return value as Stored
  }

  function toColumns(input: Input): Record<string, unknown> {
    const source = input as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const f of spec.fields) out[f.column] = encode(f.kind, source[f.key])
    return out
  }

  function get(id: string): Stored {
    const row = byId.get(id)
    if (!row) throw notFound(spec.label)
    return toStored(row)
  }

  function checkOwner(athleteId: string, input: Input): void {
    if (!athleteExists.get(athleteId)) throw notFound('The athlete')
    if (spec.injuryScoped) {
      const injuryId = (input as { injuryId?: string }).injuryId ?? ''
      if (!injuryOfAthlete.get(injuryId, athleteId)) {
        throw new AppError('validation', 'Choose an injury of this athlete.', {
          injuryId: 'Choose an injury of this athlete.',
        })
      }
    }
  }

  function insertRow(athleteId: string, input: Input): string {
    const id = newRowId()
    insert.run({
      id,
      athlete_id: athleteId,
      ...(spec.injuryScoped ? { injury_id: (input as { injuryId: string }).injuryId } : {}),
      ...toColumns(input),
      now: instant(clock),
    })
    return id
  }

  const keys = spec.fields.map((f) => f.key) as (keyof Stored)[]

  return {
    get,
    /** Records of an athlete between two days (inclusive, `YYYY-MM-DD`), oldest first. */
    listByAthlete(athleteId: string, range: { from?: string; to?: string } = {}): Stored[] {
      return byAthlete
        .all(athleteId, range.from ?? '0000-01-01', range.to ?? '9999-12-31')
        .map(toTrusted)
    },
    listByInjury(injuryId: string): Stored[] {
      if (!byInjury) throw new Error(`${table} is not kept per injury`)
      return byInjury.all(injuryId).map(toTrusted)
    },
    create: db.transaction((athleteId: string, input: Input): Stored => {
      checkOwner(athleteId, input)
      const id = insertRow(athleteId, input)
      audit.record({
        actor: actor(),
        action: `${spec.entity}.create`,
        entityType: spec.entity,
        entityId: id,
        athleteId,
        detail: input,
      })
      return get(id)
    }),
    /**
     * Many records in one transaction with one audit row (an import): all of them are saved or
     * none is.
     */
    createMany: db.transaction(
      (athleteId: string, inputs: readonly Input[], summary: Record<string, unknown>): string[] => {
        const ids: string[] = []
        for (const input of inputs) {
          checkOwner(athleteId, input)
          ids.push(insertRow(athleteId, input))
        }
        audit.record({
          actor: actor(),
          action: `${spec.entity}.import`,
          entityType: spec.entity,
          entityId: null,
          athleteId,
          detail: { ...summary, count: ids.length },
        })
        return ids
      },
    ),
    /**
     * Rows of an import written hidden (tombstoned, marked with `importId`), inside the caller's
     * transaction: nothing reads them until `revealImport` shows them all at once, and no audit
     * row is written for them until then. Returns how many were written.
     */
    stageMany(importId: string, athleteId: string, inputs: readonly Input[]): number {
      const statements = stagedOnly()
      const now = instant(clock)
      for (const input of inputs) {
        checkOwner(athleteId, input)
        statements.insert.run({
          id: newRowId(),
          athlete_id: athleteId,
          ...(spec.injuryScoped ? { injury_id: (input as { injuryId: string }).injuryId } : {}),
          ...toColumns(input),
          import_id: importId,
          now,
        })
      }
      return inputs.length
    },
    /**
     * Shows every hidden row of an import, inside the caller's transaction, with one audit row
     * per athlete (`<entity>.import`, the import's id as its entity, so it links to the caller's
     * own row for the whole import). `expected` is how many rows each athlete should have: any
     * difference (an athlete erased meanwhile) throws, so the caller's transaction rolls back
     * and nothing is shown. The per-athlete rows carry no detail of their own (what was imported
     * is in the rows, which keep the import's id): a detail row each, with its two indexes,
     * doubled the pages this last step wrote for a 1,000-athlete file (quality D12).
     */
    revealImport(importId: string, expected: ReadonlyMap<string, number>): number {
      const statements = stagedOnly()
      const revealed = statements.reveal.run(importId).changes
      const found = new Map(statements.counts.all(importId).map((r) => [r.athleteId, r.n]))
      const wanted = [...expected].reduce((n, [, count]) => n + count, 0)
      if (revealed !== wanted || found.size !== expected.size) {
        throw new Error(`The import wrote ${revealed} of ${wanted} rows`)
      }
      for (const [athleteId, count] of expected) {
        if (found.get(athleteId) !== count || !athleteExists.get(athleteId)) {
          throw new Error('An athlete of the import changed while it was written')
        }
      }
      const by = actor()
      audit.recordMany(
        [...expected.keys()].map((athleteId) => ({
          actor: by,
          action: `${spec.entity}.import`,
          entityType: 'import',
          entityId: importId,
          athleteId,
        })),
      )
      return revealed
    },
    /** Deletes the rows of an import that are still hidden, inside the caller's transaction. */
    dropStaged(importId: string): number {
      return stagedOnly().drop.run(importId).changes
    },
    update: db.transaction((id: string, input: Input): Stored => {
      const before = get(id)
      if (
        spec.injuryScoped &&
        (input as { injuryId?: string }).injuryId !==
          (before as unknown as { injuryId: string }).injuryId
      ) {
        throw new AppError('validation', 'A record cannot move to another injury.')
      }
      update.run({ id, ...toColumns(input), now: instant(clock) })
      const after = get(id)
      audit.record({
        actor: actor(),
        action: `${spec.entity}.update`,
        entityType: spec.entity,
        entityId: id,
        athleteId: before.athleteId,
        detail: changedFields(before, after, keys),
      })
      return after
    }),
    remove: db.transaction((id: string): void => {
      const before = get(id)
      tombstone.run({ id, now: instant(clock) })
      audit.record({
        actor: actor(),
        action: `${spec.entity}.delete`,
        entityType: spec.entity,
        entityId: id,
        athleteId: before.athleteId,
      })
    }),
  }
}

export type RecordTable<
  Input extends object,
  Stored extends { id: string; athleteId: string },
> = ReturnType<typeof createRecordTable<Input, Stored>>
