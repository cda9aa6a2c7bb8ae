import { sportDemandProfileInputSchema, type SportDemandFacts } from '@shared/schemas/sport-demand'
import { instant, type Clock } from '../../clock'
import { notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { changedFields } from './changes'
import { newRowId } from '../ids'

export interface StoredDemandProfile extends SportDemandFacts {
  id: string
  athleteId: string
  createdAt: string
  updatedAt: string
}

interface DemandRow {
  id: string
  athlete_id: string
  profile: string
  created_at: string
  updated_at: string
}

function toProfile(row: DemandRow): StoredDemandProfile {
  return {
    ...sportDemandProfileInputSchema.parse(JSON.parse(row.profile)),
    id: row.id,
    athleteId: row.athlete_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

const PARTS = [
  'sport',
  'position',
  'level',
  'basis',
  'templateId',
  'citation',
  'thresholds',
  'perMatch',
  'contactsByType',
  'vmaxPercentRequired',
  'ordinal',
  'matchesPerWeek',
  'flags',
  'notes',
] as const satisfies readonly (keyof SportDemandFacts)[]

/** Each athlete's sport-demand profile (one per athlete), copied from a template then edited. */
export function createDemandRepository(db: Db, clock: Clock, audit: AuditLog, actor: () => string) {
  const byAthlete = db.prepare<[string], DemandRow>(
    `SELECT id, athlete_id, profile, created_at, updated_at FROM demand_profiles
     WHERE athlete_id = ? AND deleted_at IS NULL`,
  )
  const athleteExists = db.prepare<[string], { id: string }>(
    `SELECT id FROM athletes WHERE id = ? AND deleted_at IS NULL`,
  )
  const upsert = db.prepare(
    `INSERT INTO demand_profiles (id, athlete_id, sport, position, template_id, profile, created_at, updated_at)
     VALUES (@id, @athlete_id, @sport, @position, @template_id, @profile, @now, @now)
     ON CONFLICT (athlete_id) DO UPDATE SET sport = excluded.sport, position = excluded.position,
       template_id = excluded.template_id, profile = excluded.profile, updated_at = excluded.updated_at,
       deleted_at = NULL`,
  )

  const get = (athleteId: string): StoredDemandProfile | null => {
    const row = byAthlete.get(athleteId)
    return row ? toProfile(row) : null
  }

  return {
    get,
    save: db.transaction((athleteId: string, profile: SportDemandFacts): StoredDemandProfile => {
      if (!athleteExists.get(athleteId)) throw notFound('The athlete')
      const before = get(athleteId)
      upsert.run({
        id: before?.id ?? newRowId(),
        athlete_id: athleteId,
        sport: profile.sport,
        position: profile.position,
        template_id: profile.templateId,
        profile: JSON.stringify(profile),
        now: instant(clock),
      })
      const after = get(athleteId)!
      audit.record({
        actor: actor(),
        action: before ? 'demands.update' : 'demands.create',
        entityType: 'demand_profile',
        entityId: after.id,
        athleteId,
        detail: before ? changedFields(before, after, PARTS) : profile,
      })
      return after
    }),
  }
}

export type DemandRepository = ReturnType<typeof createDemandRepository>
