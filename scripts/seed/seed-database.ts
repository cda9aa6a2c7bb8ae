import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { addDays, daysBetween, dayOrdinal } from '@shared/dates'
import type { AssessmentFacts } from '@shared/schemas/assessment'
import type { ExposureSessionFacts } from '@shared/schemas/exposure-session'
import type { ResponseCheckFacts } from '@shared/schemas/response-check'
import { closeDatabase, openDatabase } from '../../src/main/db/connection'
import { migrate } from '../../src/main/db/migrate'
import { createRepositories, type Repositories } from '../../src/main/db/repositories'
import { createRandom, type Random } from '../../src/main/demo/random'
import { planAthlete, squadSports, type AthletePlan, type Episode } from './athlete-plan'
import { healthyAssessments, healthyContext, healthySession, type HealthyContext } from './healthy'

/**
 * Writes a benchmark database: a club's squads with years of daily data, through the app's own
 * repositories (audited, checked by the same constraints as a coach's entries). Rows go in week
 * by week across the whole club, the way a season fills a real file, so one athlete's sessions
 * are spread over the file as they would be after years of use rather than packed together.
 * Each athlete's week is one `createMany` batch per table (one audit row each, as a weekly GPS
 * import writes it), four weeks to a transaction. Same options, same data.
 */

export interface SeedOptions {
  athletes: number
  seasons: number
  seed: number
  /** Last day of data, `YYYY-MM-DD`: open injuries are at their phase on this day. */
  today: string
  out: string
  /** Athletes per squad (default: everyone in one squad). */
  squadSize?: number
  /** Every n-th healthy session is checked against the session input schema (1: every one). */
  validateEvery?: number
  onProgress?: (message: string) => void
}

export interface SeedSummary {
  generator: string
  options: Omit<SeedOptions, 'onProgress' | 'out'>
  squads: { name: string; sport: string; athletes: number }[]
  counts: Record<string, number>
  openInjuries: number
  closedInjuries: number
  /** Each athlete injured today and the phase their story was built to be in. */
  expected: { name: string; phase: string | null; status: string | null }[]
  elapsedMs: number
  fileBytes: number
}

/** Bumped whenever the generated data changes shape, so stale benchmark files are rebuilt. */
export const GENERATOR_VERSION = 'seed-1'

const SOURCE = { source: 'benchmark seed' }

interface AthleteState {
  id: string
  plan: AthletePlan
  healthy: HealthyContext
  side: 'left' | 'right'
  /** Episode rows by day, so a week is picked out without scanning the whole story. */
  byDay: Map<string, DayRows>
  injuryIds: Map<Episode, string>
}

interface DayRows {
  sessions: ExposureSessionFacts[]
  responses: ResponseCheckFacts[]
  assessments: AssessmentFacts[]
  scoped: { episode: Episode; kind: ScopedKind; row: object }[]
  /** The episode whose injury happened this day, and the one closed this day. */
  injured: Episode | null
  closed: Episode | null
}

type ScopedKind = 'observations' | 'overrides' | 'phaseRecords' | 'checkIns'

function rowsOf(map: Map<string, DayRows>, day: string): DayRows {
  let rows = map.get(day)
  if (!rows) {
    rows = { sessions: [], responses: [], assessments: [], scoped: [], injured: null, closed: null }
    map.set(day, rows)
  }
  return rows
}

function bucketEpisodes(plan: AthletePlan): Map<string, DayRows> {
  const map = new Map<string, DayRows>()
  for (const episode of plan.episodes) {
    const s = episode.story
    rowsOf(map, episode.injuryDate).injured = episode
    if (episode.closedOn) rowsOf(map, episode.closedOn).closed = episode
    for (const row of s.sessions) rowsOf(map, row.date).sessions.push(row)
    for (const row of s.responseChecks) rowsOf(map, row.date).responses.push(row)
    for (const row of s.assessments) rowsOf(map, row.date).assessments.push(row)
    const scoped = (kind: ScopedKind, day: string, row: object) =>
      rowsOf(map, day).scoped.push({ episode, kind, row })
    for (const row of s.observations) scoped('observations', row.date, row)
    for (const row of s.overrides) scoped('overrides', row.date, row)
    for (const row of s.phaseRecords) scoped('phaseRecords', row.entryDate, row)
    for (const row of s.checkIns) scoped('checkIns', row.weekStart, row)
  }
  return map
}

function inEpisodeOn(plan: AthletePlan, day: string, today: string): boolean {
  return plan.episodes.some((e) => day >= e.injuryDate && day <= (e.closedOn ?? today))
}

/** Timestamps follow the simulated calendar: a row is created on the evening of its week. */
function simulatedClock(): { clock: () => Date; set: (day: string) => void } {
  let now = 0
  return {
    clock: () => new Date((now += 1)),
    set: (day) => {
      now = Math.max(now, Date.parse(`${day}T18:00:00.000Z`))
    },
  }
}

function writeWeek(
  repos: Repositories,
  athlete: AthleteState,
  days: readonly string[],
  options: { today: string; start: string; validateEvery: number },
  counts: Record<string, number>,
): void {
  const sessions: ExposureSessionFacts[] = []
  const responses: ResponseCheckFacts[] = []
  const assessments: AssessmentFacts[] = []
  const scoped: Record<ScopedKind, object[]> = {
    observations: [],
    overrides: [],
    phaseRecords: [],
    checkIns: [],
  }
  const closing: Episode[] = []
  for (const day of days) {
    const rows = athlete.byDay.get(day)
    if (rows?.injured) {
      const injury = rows.injured.story.injury!
      athlete.injuryIds.set(rows.injured, repos.injuries.create(athlete.id, injury).id)
      counts['injuries'] = (counts['injuries'] ?? 0) + 1
    }
    if (inEpisodeOn(athlete.plan, day, options.today)) {
      if (rows) {
        sessions.push(...rows.sessions)
        responses.push(...rows.responses)
        assessments.push(...rows.assessments)
      }
    } else if (day < options.today) {
      const validate = dayOrdinal(day) % options.validateEvery === 0
      const session = healthySession(athlete.healthy, day, options.start, validate)
      if (session) sessions.push(session)
      assessments.push(...healthyAssessments(athlete.healthy, day, options.start, athlete.side))
    }
    for (const item of rows?.scoped ?? []) {
      const injuryId = athlete.injuryIds.get(item.episode)!
      scoped[item.kind].push({ ...item.row, injuryId })
    }
    if (rows?.closed) closing.push(rows.closed)
  }
  const id = athlete.id
  const add = (key: string, n: number) => (counts[key] = (counts[key] ?? 0) + n)
  if (sessions.length > 0) repos.sessions.createMany(id, sessions, SOURCE)
  if (responses.length > 0) repos.responseChecks.createMany(id, responses, SOURCE)
  if (assessments.length > 0) repos.assessments.createMany(id, assessments, SOURCE)
  add('sessions', sessions.length)
  add('responseChecks', responses.length)
  add('assessments', assessments.length)
  for (const kind of Object.keys(scoped) as ScopedKind[]) {
    const rows = scoped[kind]
    if (rows.length === 0) continue
    // The repositories take the story rows with their injury id added.
    ;(repos[kind].createMany as (a: string, r: readonly object[], s: object) => string[])(
      id,
      rows,
      SOURCE,
    )
    add(kind, rows.length)
  }
  for (const episode of closing) {
    repos.injuries.setClosed(athlete.injuryIds.get(episode)!, episode.closedOn)
  }
}

const OPEN_INJURY_SHARE = 0.125

/** 0 … n-1 in a seeded random order (Fisher–Yates). */
function shuffled(random: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i -= 1) {
    const j = random.int(0, i)
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  return order
}

function squadName(index: number, count: number, size: number, total: number): string {
  if (count === 1) return total > 60 ? 'Academy' : 'First team'
  return `Squad ${String(index + 1).padStart(2, '0')} (${size} athletes)`
}

/** Generates the database at `options.out` (written aside and renamed when complete). */
export function seedDatabase(options: SeedOptions): SeedSummary {
  const started = performance.now()
  const progress = options.onProgress ?? (() => {})
  const squadSize = Math.max(1, options.squadSize ?? options.athletes)
  const validateEvery = Math.max(1, options.validateEvery ?? 1)
  const start = addDays(options.today, -365 * options.seasons)
  const root = createRandom(options.seed)

  mkdirSync(dirname(options.out), { recursive: true })
  const partial = `${options.out}.partial`
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
  const db = openDatabase(partial, { create: true })
  // A file that is renamed into place only when complete does not need every commit on disk.
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  migrate(db)
  const time = simulatedClock()
  time.set(start)
  const repos = createRepositories(db, time.clock)
  repos.settings.set('app', {
    userName: 'Sam Okafor',
    clubName: 'Harbourside FC',
    pageSize: 'A4',
    speedUnit: 'km/h',
  })

  // Who is in the club, and where their injuries fall.
  const takenNames = new Set<string>()
  const squadCount = Math.ceil(options.athletes / squadSize)
  const squads = Array.from({ length: squadCount }, (_, s) => {
    const size = Math.min(squadSize, options.athletes - s * squadSize)
    const sport = squadSports[s % squadSports.length]!
    return { name: squadName(s, squadCount, size, options.athletes), sport, size }
  })
  // One athlete in eight has an injury open today, spread over the whole club.
  const injuredToday = new Set(
    shuffled(root.fork('injured today'), options.athletes).slice(
      0,
      Math.round(options.athletes * OPEN_INJURY_SHARE),
    ),
  )
  const athletes: AthleteState[] = []
  let retries = 0
  db.transaction(() => {
    squads.forEach((squad, s) => {
      const squadId = repos.squads.create(squad.name).id
      // The squad plays on the same day every week.
      const matchDay = root.fork(`squad ${s}`).int(0, 6)
      for (let n = 0; n < squad.size; n += 1) {
        const index = s * squadSize + n
        const random = root.fork(`athlete ${index}`)
        const plan = planAthlete({
          index,
          random,
          seed: options.seed,
          today: options.today,
          start,
          sport: squad.sport,
          injuredToday: injuredToday.has(index),
          takenNames,
        })
        retries += plan.retries
        const athlete = repos.athletes.create(squadId, plan.identity.athlete)
        repos.profiles.save(athlete.id, plan.identity.profile)
        repos.demands.save(athlete.id, plan.identity.demand)
        athletes.push({
          id: athlete.id,
          plan,
          healthy: healthyContext(
            plan.templateId,
            plan.identity.demand,
            plan.identity.profile.baselines,
            matchDay,
            random.fork('healthy'),
          ),
          side: plan.identity.athlete.dominantLeg === 'left' ? 'left' : 'right',
          byDay: bucketEpisodes(plan),
          injuryIds: new Map(),
        })
        if ((index + 1) % 100 === 0) progress(`planned ${index + 1} athletes`)
      }
    })
  })()

  // Week by week across the club, four weeks to a transaction.
  const counts: Record<string, number> = {}
  const totalDays = daysBetween(start, options.today)
  const weekOptions = { today: options.today, start, validateEvery }
  for (let first = 0; first <= totalDays; first += 28) {
    db.transaction(() => {
      for (let week = first; week < Math.min(first + 28, totalDays + 1); week += 7) {
        const days: string[] = []
        for (let d = week; d < Math.min(week + 7, totalDays + 1); d += 1) {
          days.push(addDays(start, d))
        }
        time.set(days.at(-1)!)
        for (const athlete of athletes) writeWeek(repos, athlete, days, weekOptions, counts)
      }
    })()
    if (first % (28 * 6) === 0) progress(`written up to ${addDays(start, first)}`)
  }

  // Today's availability, from the phase of the open injury.
  time.set(options.today)
  db.transaction(() => {
    for (const athlete of athletes) {
      const availability = athlete.plan.identity.availability
      if (availability !== 'available') repos.athletes.setAvailability(athlete.id, availability)
    }
  })()
  db.pragma('optimize')
  closeDatabase(db)
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true })
  if (existsSync(options.out)) rmSync(options.out)
  for (const suffix of ['-wal', '-shm']) rmSync(`${options.out}${suffix}`, { force: true })
  renameSync(partial, options.out)

  const open = athletes.filter((a) => a.plan.episodes.some((e) => e.closedOn === null)).length
  const episodes = athletes.reduce((n, a) => n + a.plan.episodes.length, 0)
  const { onProgress: _unused, out: _out, ...recorded } = options
  const summary: SeedSummary = {
    generator: GENERATOR_VERSION,
    options: { ...recorded, squadSize, validateEvery },
    squads: squads.map((s) => ({ name: s.name, sport: s.sport.templateId, athletes: s.size })),
    counts: { ...counts, storyRetries: retries },
    openInjuries: open,
    closedInjuries: episodes - open,
    expected: athletes.flatMap((a) => {
      const story = a.plan.episodes.find((e) => e.closedOn === null)?.story
      return story
        ? [
            {
              name: a.plan.identity.athlete.name,
              phase: story.expected.phase,
              status: story.expected.status,
            },
          ]
        : []
    }),
    elapsedMs: Math.round(performance.now() - started),
    fileBytes: 0,
  }
  summary.fileBytes = statSync(options.out).size
  writeFileSync(`${options.out}.json`, `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}
