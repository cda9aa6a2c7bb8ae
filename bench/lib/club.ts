import { addDays } from '@shared/dates'
import type { Db } from '../../src/main/db/connection'
import { startServices, DATABASE_FILE_NAME, type AppServices } from '../../src/main/services'
import { join } from 'node:path'
import { APP_ORIGIN } from '../../src/main/app-protocol'

/**
 * The seeded club as the bench sees it: the app's services started on a working copy of the
 * seeded file (exactly as Electron's main starts them), a clock fixed on the seed's "today", and
 * the squads and athletes each figure works on.
 */

export interface Club {
  services: AppServices
  /** What the next open-file dialog answers (the GPS export of the import figure). */
  nextOpenPath: string | null
  today: string
  /** The squad the board figures show (the biggest). */
  squadId: string
  squadSize: number
  /** The athlete with an open injury and the most rows to read: the heaviest gap analysis. */
  caseAthleteId: string
  /** Squads of this size or closest for the squad PDF (60 athletes in the brief). */
  pdfSquadId: string
  pdfSquadSize: number
}

/** Noon on `today`, local time: `localDay(clock())` is `today` in every time zone. */
export function fixedClock(today: string): () => Date {
  const at = new Date(`${today}T12:00:00`)
  return () => new Date(at)
}

/** The origin the app's own pages have: the dispatcher trusts only it. */
export const BENCH_SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true }

export function startClub(dataDir: string, today: string): Club {
  let club: Club | null = null
  const services = startServices({
    databasePath: join(dataDir, DATABASE_FILE_NAME),
    clock: fixedClock(today),
    appVersion: 'bench',
    trustedOrigins: [APP_ORIGIN],
    dialogs: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => club?.nextOpenPath ?? null,
      chooseFolder: async () => null,
    },
  })
  if (services.data.mode !== 'ready') {
    throw new Error(`The bench database did not open: ${services.data.problem?.message}`)
  }
  const db = services.db
  const squads = db
    .prepare(
      `SELECT s.id, count(a.id) AS n FROM squads s JOIN athletes a ON a.squad_id = s.id
       WHERE s.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY s.id ORDER BY n DESC`,
    )
    .all() as { id: string; n: number }[]
  const biggest = squads[0]
  if (!biggest) throw new Error('The bench database has no squad')
  const pdf = [...squads].sort((a, b) => Math.abs(a.n - 60) - Math.abs(b.n - 60))[0]!
  club = {
    services,
    nextOpenPath: null,
    today,
    squadId: biggest.id,
    squadSize: biggest.n,
    caseAthleteId: heaviestCase(db, biggest.id, today),
    pdfSquadId: pdf.id,
    pdfSquadSize: pdf.n,
  }
  return club
}

function heaviestCase(db: Db, squadId: string, today: string): string {
  const row = db
    .prepare(
      `SELECT i.athlete_id AS id,
         (SELECT count(*) FROM sessions s WHERE s.athlete_id = i.athlete_id AND s.deleted_at IS NULL
            AND s.date BETWEEN date(i.injury_date, '-56 days') AND ?) AS n
       FROM injuries i JOIN athletes a ON a.id = i.athlete_id
       WHERE a.squad_id = ? AND i.closed_on IS NULL AND i.deleted_at IS NULL
       ORDER BY n DESC, i.athlete_id LIMIT 1`,
    )
    .get(today, squadId) as { id: string } | undefined
  if (!row) throw new Error('The bench squad has no athlete with an open injury')
  return row.id
}

/** `today` minus `days`, for readability at call sites. */
export const daysBefore = (today: string, days: number) => addDays(today, -days)
