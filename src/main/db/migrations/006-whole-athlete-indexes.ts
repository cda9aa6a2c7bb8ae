import type { Migration } from './types'

/**
 * The per-athlete (and per-injury) indexes covered only live rows. Export and erasure must find
 * an athlete's tombstoned rows as well, so they read whole tables: at academy scale (800,000
 * sessions) that was 200 ms of the main thread for sessions alone. The same indexes over every
 * row serve both: the app's own reads still filter `deleted_at IS NULL`, and tombstones are few.
 */
const indexes: readonly [name: string, table: string, columns: string][] = [
  ['injuries_by_athlete', 'injuries', 'athlete_id, injury_date'],
  ['sessions_by_athlete', 'sessions', 'athlete_id, date'],
  ['response_checks_by_athlete', 'response_checks', 'athlete_id, date'],
  ['assessments_by_athlete', 'assessments', 'athlete_id, date'],
  ['weekly_check_ins_by_athlete', 'weekly_check_ins', 'athlete_id, week_start'],
  ['phase_records_by_injury', 'phase_records', 'injury_id, entry_date'],
  ['criterion_overrides_by_injury', 'criterion_overrides', 'injury_id, date'],
  ['criterion_observations_by_injury', 'criterion_observations', 'injury_id, date'],
]

export const migration006: Migration = {
  version: 6,
  name: 'per-athlete indexes over every row',
  sql: indexes
    .map(
      ([name, table, columns]) =>
        `DROP INDEX ${name};\nCREATE INDEX ${name} ON ${table} (${columns});`,
    )
    .join('\n'),
}
