import { compareNames } from '@shared/collation'
import type { Squad } from '@shared/schemas/squad'
import { instant, type Clock } from '../../clock'
import { AppError, notFound } from '../../errors'
import type { Db } from '../connection'
import { newRowId } from '../ids'

interface SquadRow {
  id: string
  name: string
  demo: number
  active_athlete_count: number
  created_at: string
  updated_at: string
}

function toSquad(row: SquadRow): Squad {
  return {
    id: row.id,
    name: row.name,
    demo: row.demo === 1,
    activeAthleteCount: row.active_athlete_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

const SELECT_SQUAD = `
  SELECT s.id, s.name, s.demo, s.created_at, s.updated_at,
    (SELECT count(*) FROM athletes a
      WHERE a.squad_id = s.id AND a.deleted_at IS NULL AND a.archived_at IS NULL) AS active_athlete_count
  FROM squads s
  WHERE s.deleted_at IS NULL`

export function createSquadRepository(db: Db, clock: Clock) {
  const listStatement = db.prepare<[], SquadRow>(SELECT_SQUAD)
  const getStatement = db.prepare<[string], SquadRow>(`${SELECT_SQUAD} AND s.id = ?`)
  const nameTaken = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM squads WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE AND id <> ?`,
  )
  const insert = db.prepare(
    `INSERT INTO squads (id, name, demo, created_at, updated_at) VALUES (@id, @name, @demo, @now, @now)`,
  )
  const demoIds = db.prepare<[], { id: string }>(`SELECT id FROM squads WHERE demo = 1`)
  // Every athlete row of a squad, archived or tombstoned too: removing a demo squad leaves none.
  const memberIds = db.prepare<[string], { id: string }>(
    `SELECT id FROM athletes WHERE squad_id = ?`,
  )
  const deleteDemo = db.prepare(`DELETE FROM squads WHERE id = ? AND demo = 1`)
  const rename = db.prepare(
    `UPDATE squads SET name = @name, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  )

  function assertNameFree(name: string, exceptId: string): void {
    if (nameTaken.get(name, exceptId)) {
      const message = `There is already a squad called "${name}".`
      throw new AppError('conflict', message, { name: message })
    }
  }

  function get(id: string): Squad {
    const row = getStatement.get(id)
    if (!row) throw notFound('The squad')
    return toSquad(row)
  }

  return {
    list: (): Squad[] =>
      listStatement
        .all()
        .map(toSquad)
        .sort((a, b) => compareNames(a.name, b.name)),
    get,
    create: db.transaction((name: string): Squad => {
      const id = newRowId()
      assertNameFree(name, id)
      insert.run({ id, name, demo: 0, now: instant(clock) })
      return get(id)
    }),
    /** A squad of fictional demo athletes, marked so the app can show and remove it as such. */
    createDemo: db.transaction((name: string): Squad => {
      const id = newRowId()
      assertNameFree(name, id)
      insert.run({ id, name, demo: 1, now: instant(clock) })
      return get(id)
    }),
    isDemo: (id: string): boolean => get(id).demo,
    /** Ids of the demo squads (normally none or one), tombstoned ones included. */
    demoIds: (): string[] => demoIds.all().map((row) => row.id),
    /** Ids of every athlete row of a squad, whatever their state. */
    memberIds: (id: string): string[] => memberIds.all(id).map((row) => row.id),
    /**
     * Deletes a demo squad's row for good, once its athletes are erased. Refuses a squad that is
     * not a demo, or that still has athletes.
     */
    removeDemo: (id: string): void => {
      if (memberIds.all(id).length > 0) {
        throw new AppError('conflict', 'Erase the athletes of the demo squad first.')
      }
      if (deleteDemo.run(id).changes !== 1) throw notFound('The demo squad')
    },
    rename: db.transaction((id: string, name: string): Squad => {
      get(id)
      assertNameFree(name, id)
      rename.run({ id, name, now: instant(clock) })
      return get(id)
    }),
  }
}

export type SquadRepository = ReturnType<typeof createSquadRepository>
