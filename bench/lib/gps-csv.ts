import { addDays } from '@shared/dates'
import { createRandom } from '../../src/main/demo/random'

/**
 * A GPS export the size the brief asks for (10,000 rows) for the players of a squad, shaped
 * like a Catapult OpenField export: a preamble above the header, day-first dates, one "Entire
 * Session" row per player and session beside four drill rows. Its days come before the seeded
 * data begins, so importing it adds sessions rather than finding duplicates.
 */

const HEADER = [
  'Player Name',
  'Position Name',
  'Date',
  'Session Title',
  'Period Name',
  'Total Duration',
  'Total Distance (m)',
  'High Speed Running (Absolute) (m)',
  'Velocity Band 6 Total Distance (m)',
  'Velocity Band 6 Total Effort Count',
  'Maximum Velocity (km/h)',
  'Acceleration B3 Efforts (Gen 2)',
  'Deceleration B3 Efforts (Gen 2)',
  'Total Player Load',
]

const PERIODS = [
  ['Warm Up', 0.18],
  ['Possession 6v6', 0.27],
  ['SSG 4v4', 0.25],
  ['Finishing', 0.3],
] as const

function dayFirst(day: string): string {
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = Math.round(minutes % 60)
  return `${h}:${String(m).padStart(2, '0')}:00`
}

export function gpsExport(
  players: readonly { name: string; position: string | null }[],
  lastDay: string,
  rows: number,
): { text: string; rows: number; sessions: number; days: number } {
  const random = createRandom(42)
  const lines = [
    'Catapult OpenField export,',
    'Team,Harbourside FC',
    'Device,Catapult Vector S7',
    'Exported,benchmark',
    '',
    HEADER.join(','),
  ]
  let written = 0
  let sessions = 0
  let day = 0
  while (written + 1 + PERIODS.length <= rows) {
    const date = dayFirst(addDays(lastDay, -day))
    for (const player of players) {
      if (written + 1 + PERIODS.length > rows) break
      const minutes = random.between(60, 95)
      const total = random.between(4000, 7000)
      const hsr = random.between(150, 650)
      const sprint = random.between(20, 180)
      const peak = random.between(26, 33)
      const cell = (period: string, share: number) =>
        [
          player.name,
          player.position ?? '',
          date,
          'Training',
          period,
          duration(minutes * share),
          (total * share).toFixed(1),
          (hsr * share).toFixed(1),
          (sprint * share).toFixed(1),
          Math.round(random.between(0, 6) * share),
          (peak * (share === 1 ? 1 : random.between(0.85, 1))).toFixed(2),
          Math.round(25 * share),
          Math.round(30 * share),
          ((total / 95) * share).toFixed(1),
        ].join(',')
      lines.push(cell('Entire Session', 1))
      for (const [name, share] of PERIODS) lines.push(cell(name, share))
      written += 1 + PERIODS.length
      sessions += 1
    }
    day += 1
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, rows: written, sessions, days: day }
}
