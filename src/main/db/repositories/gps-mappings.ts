import { savedGpsMappingSchema, type SavedGpsMapping } from '@shared/schemas/gps-import'
import { instant, type Clock } from '../../clock'
import { AppError, notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { newRowId } from '../ids'

export interface GpsMappingRecord {
  id: string
  sourceName: string
  mapping: SavedGpsMapping
  createdAt: string
  updatedAt: string
}

interface Row {
  id: string
  source_name: string
  mapping: string
  created_at: string
  updated_at: string
}

const tidy = (name: string) => name.replace(/\s+/g, ' ').trim()

/**
 * Column mappings of GPS / LPS exports, one per source ("Catapult Vector"), so the next file
 * from the same system imports without setting everything again. A mapping that no longer
 * parses (written by a later version) is left out rather than breaking the import.
 */
export function createGpsMappingRepository(
  db: Db,
  clock: Clock,
  audit: AuditLog,
  actor: () => string,
) {
  const all = db.prepare<[], Row>(
    `SELECT * FROM gps_mappings WHERE deleted_at IS NULL ORDER BY source_name COLLATE NOCASE`,
  )
  const byId = db.prepare<[string], Row>(
    `SELECT * FROM gps_mappings WHERE id = ? AND deleted_at IS NULL`,
  )
  const byName = db.prepare<[string], Row>(
    `SELECT * FROM gps_mappings WHERE deleted_at IS NULL AND source_name = ? COLLATE NOCASE`,
  )
  const insert = db.prepare(
    `INSERT INTO gps_mappings (id, source_name, mapping, created_at, updated_at)
     VALUES (@id, @sourceName, @mapping, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE gps_mappings SET source_name = @sourceName, mapping = @mapping, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  )
  const tombstone = db.prepare(
    `UPDATE gps_mappings SET deleted_at = @now, updated_at = @now WHERE id = @id`,
  )

  function toRecord(row: Row): GpsMappingRecord | null {
    let json: unknown
    try {
      json = JSON.parse(row.mapping)
    } catch {
      return null
    }
    const parsed = savedGpsMappingSchema.safeParse(json)
    if (!parsed.success) return null
    return {
      id: row.id,
      sourceName: row.source_name,
      mapping: parsed.data,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  }

  function get(id: string): GpsMappingRecord {
    const row = byId.get(id)
    const record = row ? toRecord(row) : null
    if (!record) throw notFound('The saved mapping')
    return record
  }

  return {
    list(): GpsMappingRecord[] {
      return all.all().flatMap((row) => toRecord(row) ?? [])
    },
    get,
    findByName(sourceName: string): GpsMappingRecord | null {
      const row = byName.get(tidy(sourceName))
      return row ? toRecord(row) : null
    },
    /** Creates the source's mapping, or replaces it when the source already has one. */
    save: db.transaction((sourceName: string, mapping: SavedGpsMapping): GpsMappingRecord => {
      const name = tidy(sourceName)
      if (name.length < 1 || name.length > 80) {
        throw new AppError('validation', 'Name the source in 1 to 80 characters.', {
          sourceName: 'Name the source in 1 to 80 characters.',
        })
      }
      const value = JSON.stringify(savedGpsMappingSchema.parse(mapping))
      const existing = byName.get(name)
      const id = existing?.id ?? newRowId()
      const now = instant(clock)
      if (existing) update.run({ id, sourceName: name, mapping: value, now })
      else insert.run({ id, sourceName: name, mapping: value, now })
      audit.record({
        actor: actor(),
        action: existing ? 'gps-mapping.update' : 'gps-mapping.create',
        entityType: 'gps-mapping',
        entityId: id,
        athleteId: null,
        detail: { sourceName: name },
      })
      return get(id)
    }),
    remove: db.transaction((id: string): void => {
      get(id)
      tombstone.run({ id, now: instant(clock) })
      audit.record({
        actor: actor(),
        action: 'gps-mapping.delete',
        entityType: 'gps-mapping',
        entityId: id,
        athleteId: null,
      })
    }),
  }
}

export type GpsMappingRepository = ReturnType<typeof createGpsMappingRepository>
