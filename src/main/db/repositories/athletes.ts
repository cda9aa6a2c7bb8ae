import { compareNames } from '@shared/collation'
import type { Athlete, Availability, DominantLeg } from '@shared/schemas/athlete'
import { instant, type Clock } from '../../clock'
import { notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { changedFields } from './changes'
import { newRowId } from '../ids'

interface AthleteRow {
  id: string
  squad_id: string
  name: string
  position: string | null
  date_of_birth: string | null
  dominant_leg: DominantLeg
  availability: Availability
  archived_at: string | null
  created_at: string
  updated_at: string
}

function toAthlete(row: AthleteRow): Athlete {
  return {
    id: row.id,
    squadId: row.squad_id,
    name: row.name,
    position: row.position,
    dateOfBirth: row.date_of_birth,
    dominantLeg: row.dominant_leg,
    availability: row.availability,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** The fields of an athlete a coach edits, already validated by the shared schema. */
export interface AthleteFieldValues {
  name: string
  position: string | null
  dateOfBirth: string | null
  dominantLeg: DominantLeg
}

const COLUMNS = `id, squad_id, name, position, date_of_birth, dominant_leg, availability, archived_at, created_at, updated_at`

/**
 * Athletes of a squad. Every change writes its audit row in the same transaction; `actor`
 * names the app user making it.
 */
export function createAthleteRepository(
  db: Db,
  clock: Clock,
  audit: AuditLog,
  actor: () => string,
) {
  const listActive = db.prepare<[string], AthleteRow>(
    `SELECT ${COLUMNS} FROM athletes
     WHERE squad_id = ? AND deleted_at IS NULL AND archived_at IS NULL`,
  )
  const listAll = db.prepare<[string], AthleteRow>(
    `SELECT ${COLUMNS} FROM athletes
     WHERE squad_id = ? AND deleted_at IS NULL`,
  )
  const getStatement = db.prepare<[string], AthleteRow>(
    `SELECT ${COLUMNS} FROM athletes WHERE id = ? AND deleted_at IS NULL`,
  )
  const squadExists = db.prepare<[string], { id: string }>(
    `SELECT id FROM squads WHERE id = ? AND deleted_at IS NULL`,
  )
  const insert = db.prepare(
    `INSERT INTO athletes (id, squad_id, name, position, date_of_birth, dominant_leg, created_at, updated_at)
     VALUES (@id, @squadId, @name, @position, @dateOfBirth, @dominantLeg, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE athletes SET name = @name, position = @position, date_of_birth = @dateOfBirth,
       dominant_leg = @dominantLeg, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  )
  const setAvailability = db.prepare(
    `UPDATE athletes SET availability = @availability, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  )
  const setArchived = db.prepare(
    `UPDATE athletes SET archived_at = @archivedAt, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  )

  function get(id: string): Athlete {
    const row = getStatement.get(id)
    if (!row) throw notFound('The athlete')
    return toAthlete(row)
  }

  return {
    get,
    /** Active athletes by name; with `includeArchived`, archived ones follow the active ones. */
    listBySquad: (squadId: string, options: { includeArchived?: boolean } = {}): Athlete[] =>
      (options.includeArchived ? listAll : listActive)
        .all(squadId)
        .map(toAthlete)
        .sort(
          (a, b) =>
            Number(a.archivedAt !== null) - Number(b.archivedAt !== null) ||
            compareNames(a.name, b.name) ||
            a.id.localeCompare(b.id),
        ),
    create: db.transaction((squadId: string, fields: AthleteFieldValues): Athlete => {
      if (!squadExists.get(squadId)) throw notFound('The squad')
      const id = newRowId()
      insert.run({ id, squadId, ...fields, now: instant(clock) })
      const created = get(id)
      audit.record({
        actor: actor(),
        action: 'athlete.create',
        entityType: 'athlete',
        entityId: id,
        athleteId: id,
        detail: { squadId, ...fields },
      })
      return created
    }),
    update: db.transaction((id: string, fields: AthleteFieldValues): Athlete => {
      const before = get(id)
      update.run({ id, ...fields, now: instant(clock) })
      const after = get(id)
      audit.record({
        actor: actor(),
        action: 'athlete.update',
        entityType: 'athlete',
        entityId: id,
        athleteId: id,
        detail: changedFields(before, after, ['name', 'position', 'dateOfBirth', 'dominantLeg']),
      })
      return after
    }),
    setAvailability: db.transaction((id: string, availability: Availability): Athlete => {
      const current = get(id)
      if (current.availability === availability) return current
      setAvailability.run({ id, availability, now: instant(clock) })
      audit.record({
        actor: actor(),
        action: 'athlete.availability',
        entityType: 'athlete',
        entityId: id,
        athleteId: id,
        detail: { availability: [current.availability, availability] },
      })
      return get(id)
    }),
    setArchived: db.transaction((id: string, archived: boolean): Athlete => {
      const current = get(id)
      if ((current.archivedAt !== null) === archived) return current
      const now = instant(clock)
      setArchived.run({ id, archivedAt: archived ? now : null, now })
      audit.record({
        actor: actor(),
        action: archived ? 'athlete.archive' : 'athlete.restore',
        entityType: 'athlete',
        entityId: id,
        athleteId: id,
      })
      return get(id)
    }),
  }
}

export type AthleteRepository = ReturnType<typeof createAthleteRepository>
