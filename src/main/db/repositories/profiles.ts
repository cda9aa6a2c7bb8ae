import type { z } from 'zod'
import {
  athleteProfileSchema,
  type athleteProfileInputSchema,
  type AthleteProfile,
} from '@shared/schemas/athlete-profile'
import { instant, type Clock } from '../../clock'
import { notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { changedFields } from './changes'
import { newRowId } from '../ids'

export type ProfileFields = z.output<typeof athleteProfileInputSchema>

interface ProfileRow {
  id: string
  athlete_id: string
  sex: string
  sport: string
  level: string
  mass_kg: number | null
  baselines: string
  history: string
  flags: string
  created_at: string
  updated_at: string
}

function toProfile(row: ProfileRow): AthleteProfile {
  return athleteProfileSchema.parse({
    id: row.id,
    athleteId: row.athlete_id,
    sex: row.sex,
    sport: row.sport,
    level: row.level,
    massKg: row.mass_kg,
    baselines: JSON.parse(row.baselines),
    history: JSON.parse(row.history),
    flags: JSON.parse(row.flags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
}

/** The rehab profile of an athlete (one per athlete): baselines, history, risk flags. */
export function createProfileRepository(
  db: Db,
  clock: Clock,
  audit: AuditLog,
  actor: () => string,
) {
  const byAthlete = db.prepare<[string], ProfileRow>(
    `SELECT * FROM athlete_profiles WHERE athlete_id = ? AND deleted_at IS NULL`,
  )
  const athleteExists = db.prepare<[string], { id: string }>(
    `SELECT id FROM athletes WHERE id = ? AND deleted_at IS NULL`,
  )
  const upsert = db.prepare(
    `INSERT INTO athlete_profiles (id, athlete_id, sex, sport, level, mass_kg, baselines, history, flags, created_at, updated_at)
     VALUES (@id, @athlete_id, @sex, @sport, @level, @mass_kg, @baselines, @history, @flags, @now, @now)
     ON CONFLICT (athlete_id) DO UPDATE SET sex = excluded.sex, sport = excluded.sport, level = excluded.level,
       mass_kg = excluded.mass_kg, baselines = excluded.baselines, history = excluded.history,
       flags = excluded.flags, updated_at = excluded.updated_at, deleted_at = NULL`,
  )

  const get = (athleteId: string): AthleteProfile | null => {
    const row = byAthlete.get(athleteId)
    return row ? toProfile(row) : null
  }

  return {
    get,
    save: db.transaction((athleteId: string, fields: ProfileFields): AthleteProfile => {
      if (!athleteExists.get(athleteId)) throw notFound('The athlete')
      const before = get(athleteId)
      upsert.run({
        id: before?.id ?? newRowId(),
        athlete_id: athleteId,
        sex: fields.sex,
        sport: fields.sport,
        level: fields.level,
        mass_kg: fields.massKg,
        baselines: JSON.stringify(fields.baselines),
        history: JSON.stringify(fields.history),
        flags: JSON.stringify(fields.flags),
        now: instant(clock),
      })
      const after = get(athleteId)!
      audit.record({
        actor: actor(),
        action: before ? 'profile.update' : 'profile.create',
        entityType: 'athlete_profile',
        entityId: after.id,
        athleteId,
        detail: before
          ? changedFields(before, after, [
              'sex',
              'sport',
              'level',
              'massKg',
              'baselines',
              'history',
              'flags',
            ])
          : fields,
      })
      return after
    }),
  }
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>
