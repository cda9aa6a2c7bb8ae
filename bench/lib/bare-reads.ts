import { addDays } from '@shared/dates'
import type { Db } from '../../src/main/db/connection'

/**
 * The floor of a query figure: the same rows from the same tables with the same conditions,
 * read with bare better-sqlite3 (no mapping, no JSON parsing, no zod, no engine). Whatever a
 * figure spends above this is the app's own work; the ratio to it is what the bench drives down.
 */

type Row = Record<string, unknown>

export function bareReader(db: Db) {
  const athlete = db.prepare<[string], Row>('SELECT * FROM athletes WHERE id = ?')
  const squad = db.prepare<[string], Row>(
    'SELECT * FROM athletes WHERE squad_id = ? AND deleted_at IS NULL AND archived_at IS NULL',
  )
  const injuries = db.prepare<[string], Row>(
    `SELECT * FROM injuries WHERE athlete_id = ? AND deleted_at IS NULL
     ORDER BY injury_date DESC, created_at DESC`,
  )
  const settings = db.prepare<[string], Row>('SELECT value FROM settings WHERE key = ?')
  const profile = db.prepare<[string], Row>(
    'SELECT * FROM athlete_profiles WHERE athlete_id = ? AND deleted_at IS NULL',
  )
  const demand = db.prepare<[string], Row>(
    'SELECT * FROM demand_profiles WHERE athlete_id = ? AND deleted_at IS NULL',
  )
  const dated = (table: string) =>
    db.prepare<[string, string, string], Row>(
      `SELECT * FROM ${table} WHERE athlete_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ?
       ORDER BY date, created_at`,
    )
  const byInjury = (table: string, day: string) =>
    db.prepare<[string], Row>(
      `SELECT * FROM ${table} WHERE injury_id = ? AND deleted_at IS NULL ORDER BY ${day}, created_at`,
    )
  const sessions = dated('sessions')
  const responses = dated('response_checks')
  const assessments = dated('assessments')
  const phaseRecords = byInjury('phase_records', 'entry_date')
  const overrides = byInjury('criterion_overrides', 'date')
  const observations = byInjury('criterion_observations', 'date')

  /** What `loadAthleteCase` reads for one athlete; returns the number of rows. */
  function athleteCase(athleteId: string, today: string): number {
    athlete.get(athleteId)
    const all = injuries.all(athleteId)
    const open = all.find((row) => row.closed_on === null)
    if (!open) return 1 + all.length
    const from = open['injury_date'] as string
    const id = open['id'] as string
    const rows = [
      profile.get(athleteId),
      demand.get(athleteId),
      ...sessions.all(athleteId, addDays(from, -56), today),
      ...responses.all(athleteId, from, today),
      ...assessments.all(athleteId, from, today),
      ...phaseRecords.all(id),
      ...overrides.all(id),
      ...observations.all(id),
    ]
    return 1 + all.length + rows.length
  }

  return {
    athleteCase,
    /** What the squad board reads: settings, the roster, and every athlete's case. */
    squadBoard(squadId: string, today: string): number {
      settings.get('domain')
      let rows = 0
      for (const row of squad.all(squadId)) rows += athleteCase(row['id'] as string, today)
      return rows
    },
    /** The board plus each open injury read once more (the availability report's restrictions). */
    availability(squadId: string, today: string): number {
      settings.get('app')
      settings.get('domain')
      let rows = 0
      for (const row of squad.all(squadId)) {
        rows += athleteCase(row['id'] as string, today)
        rows += injuries.all(row['id'] as string).length
      }
      return rows
    },
  }
}
