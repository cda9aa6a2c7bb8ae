import { compareNames } from '@shared/collation'
import { sportDemandProfileInputSchema, type SportDemandFacts } from '@shared/schemas/sport-demand'
import { instant, type Clock } from '../../clock'
import { AppError, notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { newRowId } from '../ids'

export interface ClubTemplate {
  id: string
  name: string
  /** The built-in template it was copied from, if any. */
  basedOn: string | null
  profile: SportDemandFacts
  createdAt: string
  updatedAt: string
}

interface Row {
  id: string
  name: string
  based_on: string | null
  profile: string
  created_at: string
  updated_at: string
}

const toTemplate = (row: Row): ClubTemplate => ({
  id: row.id,
  name: row.name,
  basedOn: row.based_on,
  profile: sportDemandProfileInputSchema.parse(JSON.parse(row.profile)),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
})

/** The club's own sport templates: copies of built-in ones, edited to the club's data. */
export function createClubTemplateRepository(
  db: Db,
  clock: Clock,
  audit: AuditLog,
  actor: () => string,
) {
  const all = db.prepare<[], Row>(`SELECT * FROM club_templates WHERE deleted_at IS NULL`)
  const byId = db.prepare<[string], Row>(
    `SELECT * FROM club_templates WHERE id = ? AND deleted_at IS NULL`,
  )
  const nameTaken = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM club_templates WHERE deleted_at IS NULL AND name = ? COLLATE NOCASE AND id <> ?`,
  )
  const insert = db.prepare(
    `INSERT INTO club_templates (id, name, based_on, profile, created_at, updated_at)
     VALUES (@id, @name, @based_on, @profile, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE club_templates SET name = @name, profile = @profile, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  )
  const tombstone = db.prepare(
    `UPDATE club_templates SET deleted_at = @now, updated_at = @now WHERE id = @id`,
  )

  function get(id: string): ClubTemplate {
    const row = byId.get(id)
    if (!row) throw notFound('The template')
    return toTemplate(row)
  }

  function assertNameFree(name: string, id: string): void {
    if (nameTaken.get(name, id)) {
      const message = `There is already a club template called "${name}".`
      throw new AppError('conflict', message, { name: message })
    }
  }

  const record = (action: string, id: string, detail?: unknown) =>
    audit.record({
      actor: actor(),
      action,
      entityType: 'club_template',
      entityId: id,
      athleteId: null,
      detail,
    })

  return {
    get,
    list: (): ClubTemplate[] =>
      all
        .all()
        .map(toTemplate)
        .sort((a, b) => compareNames(a.name, b.name)),
    create: db.transaction(
      (name: string, basedOn: string | null, profile: SportDemandFacts): ClubTemplate => {
        const id = newRowId()
        assertNameFree(name, id)
        insert.run({
          id,
          name,
          based_on: basedOn,
          profile: JSON.stringify(profile),
          now: instant(clock),
        })
        record('template.create', id, { name, basedOn })
        return get(id)
      },
    ),
    update: db.transaction((id: string, name: string, profile: SportDemandFacts): ClubTemplate => {
      get(id)
      assertNameFree(name, id)
      update.run({ id, name, profile: JSON.stringify(profile), now: instant(clock) })
      record('template.update', id, { name })
      return get(id)
    }),
    remove: db.transaction((id: string): void => {
      get(id)
      tombstone.run({ id, now: instant(clock) })
      record('template.delete', id)
    }),
  }
}

export type ClubTemplateRepository = ReturnType<typeof createClubTemplateRepository>
