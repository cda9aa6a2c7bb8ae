import { performance } from 'node:perf_hooks'
import { setImmediate } from 'node:timers'
import { daysBetween } from '@shared/dates'
import { assessAthlete } from '@shared/domain/assess'
import type { DimensionGap, GapStatus } from '@shared/domain/gap-analysis'
import type { Settings } from '@shared/domain/settings'
import type { Athlete } from '@shared/schemas/athlete'
import type { BoardRow } from '@shared/schemas/board'
import type { DemandDimension } from '@shared/schemas/sport-demand'
import { loadAthleteCase } from '../cases/athlete-case'
import type { Repositories } from '../db/repositories'
import type { AuditRow } from '../db/repositories/audit'

const severity: Record<GapStatus, number> = {
  red: 4,
  amber: 3,
  'not set': 2,
  green: 1,
  'not required': 0,
}

/** The worst status among some dimensions: one dot on the board stands for all of them. */
function worst(dimensions: readonly DimensionGap[], names: readonly DemandDimension[]): GapStatus {
  let result: GapStatus = 'not required'
  for (const d of dimensions) {
    if (names.includes(d.dimension) && severity[d.status] > severity[result]) result = d.status
  }
  return result
}

/** The part of a board row the engine computes; null for an athlete without an open injury. */
type EngineView = Pick<
  BoardRow,
  'injury' | 'phase' | 'response' | 'gap' | 'nextGate' | 'expectedFrom'
>

function rosterFacts(athlete: Athlete): BoardRow {
  return {
    athleteId: athlete.id,
    name: athlete.name,
    position: athlete.position,
    dateOfBirth: athlete.dateOfBirth,
    dominantLeg: athlete.dominantLeg,
    availability: athlete.availability,
    archived: athlete.archivedAt !== null,
    injury: null,
    phase: null,
    response: null,
    gap: null,
    nextGate: null,
    expectedFrom: null,
  }
}

function engineView(
  repos: Repositories,
  athleteId: string,
  settings: Settings,
  today: string,
): EngineView | null {
  const athleteCase = loadAthleteCase(repos, athleteId, today)
  if (!athleteCase) return null
  const { injury } = athleteCase
  const a = assessAthlete(athleteCase, settings)
  const latest = a.phases.latestResponse
  const firstBlocker = a.phases.blockers[0]
  return {
    injury: {
      id: injury.id,
      side: injury.side,
      muscle: injury.muscle,
      grade: injury.bamicGrade ?? injury.munichGrade ?? null,
      injuryDate: injury.injuryDate,
      daysSinceInjury: daysBetween(injury.injuryDate, today),
    },
    phase: {
      id: a.phases.currentPhase,
      name: a.phases.currentPhaseName,
      daysInPhase: a.phases.daysInPhase,
      status: a.phases.status,
      statusText: a.phases.statusText,
      locked: a.phases.locks.some((lock) => lock.active),
    },
    response: latest ? { light: latest.light, date: latest.date } : null,
    gap: {
      hasDemand: a.gap.hasDemand,
      sprint: worst(a.gap.dimensions, ['maxVelocity', 'sprintDistance']),
      cutting: worst(a.gap.dimensions, ['cutting']),
      contact: worst(a.gap.dimensions, ['contact']),
    },
    nextGate: {
      phase: a.phases.nextPhase,
      text: firstBlocker
        ? firstBlocker.text +
          (a.phases.blockers.length > 1 ? ` (+${a.phases.blockers.length - 1} more)` : '')
        : a.phases.statusText,
    },
    expectedFrom: a.expectedWindow?.typicalDay ?? null,
  }
}

function withView(athlete: Athlete, view: EngineView | null): BoardRow {
  return view ? { ...rosterFacts(athlete), ...view } : rosterFacts(athlete)
}

/** One board row: roster facts for everyone, the engine's view for athletes with an open injury. */
export function boardRow(
  repos: Repositories,
  athlete: Athlete,
  settings: Settings,
  today: string,
): BoardRow {
  return withView(athlete, engineView(repos, athlete.id, settings, today))
}

/**
 * Each athlete's engine view, kept between board loads. Reading an athlete's case and running
 * the engine is most of the board's time (about 8 ms per injured athlete; an academy of 1,000
 * with 125 injured took a second per load), yet between two loads usually one athlete or none
 * has changed. A view stays valid while the day and the engine settings are the same and no
 * write touched the athlete. Every write to an athlete's records leaves an audit row naming
 * them in the same transaction (quality P4), so the audit rows added since the last load say
 * exactly whose views to drop. Reading the log from the database, not hooking writes in memory,
 * also sees writes made through another connection.
 */
interface BoardCache {
  /** The day and the engine settings the views were computed for. */
  key: string
  /** The newest audit row when the views were last brought up to date. */
  seq: number
  views: Map<string, EngineView | null>
}

const caches = new WeakMap<Repositories, BoardCache>()

/** Whole-club actions with no athlete that leave every athlete's records as they were. */
const CLUB_ACTIONS = new Set([
  'data.backup',
  'data.backupsReplaced',
  'data.exportAll',
  'demo.load',
  'demo.remove',
  'gps.import',
  'gps-mapping.create',
  'gps-mapping.update',
  'gps-mapping.delete',
  'roster.import',
  // Settings are part of the cache key.
  'settings.update',
])

/** Audit rows read back at most; more changes than that since the last load clear every view. */
const MAX_CHANGES = 2_000
const PAGE = 200

/** Athletes written to since `seq` (newest first), or 'all' when every view must go. */
function changedSince(repos: Repositories, seq: number): Set<string> | 'all' {
  const changed = new Set<string>()
  let before: number | undefined
  for (let read = 0; read < MAX_CHANGES; read += PAGE) {
    const page: AuditRow[] = repos.audit.list({
      limit: PAGE,
      ...(before === undefined ? {} : { beforeSeq: before }),
    })
    for (const row of page) {
      if (row.seq <= seq) return changed
      if (row.athleteId !== null) changed.add(row.athleteId)
      else if (!CLUB_ACTIONS.has(row.action)) return 'all'
    }
    if (page.length < PAGE) return changed
    before = page[page.length - 1]!.seq
  }
  return 'all'
}

function currentCache(repos: Repositories, today: string, settings: Settings): BoardCache {
  // The newest audit row is read before any case, so a write that lands while the board is
  // computed is seen (and its athlete recomputed) at the next load.
  const newest = repos.audit.list({ limit: 1 })[0]?.seq ?? 0
  const key = `${today} ${JSON.stringify(settings)}`
  const cache = caches.get(repos)
  if (!cache || cache.key !== key || newest < cache.seq) {
    const fresh: BoardCache = { key, seq: newest, views: new Map() }
    caches.set(repos, fresh)
    return fresh
  }
  if (newest !== cache.seq) {
    const changed = changedSince(repos, cache.seq)
    if (changed === 'all') cache.views.clear()
    else for (const id of changed) cache.views.delete(id)
    cache.seq = newest
  }
  return cache
}

/** How long the board computes before letting other work in (quality D12: main stays free). */
const SLICE_MS = 25

const breather = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Every athlete of a squad as a board row, in name order. Athletes whose view is kept cost a
 * lookup; the others are assessed in slices of about 25 ms with a pause for the event loop
 * between them, so a cold board of a 1,000-athlete academy (0.4 s of engine work) never holds
 * the main process. A write landing in a pause is picked up at the next load, like any write.
 */
export async function squadBoard(
  repos: Repositories,
  squadId: string,
  today: string,
  options: { includeArchived?: boolean } = {},
): Promise<BoardRow[]> {
  const settings = repos.settings.domain()
  const cache = currentCache(repos, today, settings)
  const athletes = repos.athletes.listBySquad(squadId, options)
  const rows: BoardRow[] = []
  let sliceStart = performance.now()
  for (const athlete of athletes) {
    let view = cache.views.get(athlete.id)
    if (view === undefined) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await breather()
        sliceStart = performance.now()
      }
      view = engineView(repos, athlete.id, settings, today)
      cache.views.set(athlete.id, view)
    }
    rows.push(withView(athlete, view))
  }
  return rows
}
