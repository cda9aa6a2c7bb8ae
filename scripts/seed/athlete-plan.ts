import { addDays, daysBetween } from '@shared/dates'
import type { BamicGrade } from '@shared/schemas/classification'
import type { PhaseId } from '@shared/schemas/scales'
import {
  generateAthleteStory,
  type AthleteStory,
  type InjuryTarget,
  type StorySpec,
} from '../../src/main/demo/story'
import type { Random } from '../../src/main/demo/random'

/**
 * One athlete's years at the club: who they are, and where their hamstring injuries fall. Past
 * injuries are whole rehab stories that end in phase 6 and are closed on their last day; about
 * one athlete in eight is injured today, at any phase. Everything else is healthy training,
 * generated day by day by healthy.ts.
 */

export interface SquadSport {
  templateId: string
  /** Template positions with what a roster calls them. */
  positions: readonly { id: string; roster: string }[]
}

export const squadSports: readonly SquadSport[] = [
  {
    templateId: 'soccer',
    positions: [
      { id: 'wide-midfielder', roster: 'Winger' },
      { id: 'central-midfielder', roster: 'Central midfielder' },
      { id: 'full-back', roster: 'Full-back' },
      { id: 'attacker', roster: 'Striker' },
      { id: 'centre-back', roster: 'Centre-back' },
    ],
  },
  {
    templateId: 'rugby-union',
    positions: [
      { id: 'forwards', roster: 'Forward' },
      { id: 'backs', roster: 'Back' },
    ],
  },
  {
    templateId: 'field-hockey',
    positions: [{ id: 'all', roster: 'Midfielder' }],
  },
  {
    templateId: 'gaelic-football',
    positions: [{ id: 'all', roster: 'Forward' }],
  },
]

export interface Episode {
  story: AthleteStory
  injuryDate: string
  /** The day the episode was closed; null for the episode open today. */
  closedOn: string | null
}

export interface AthletePlan {
  /** The athlete's roster facts, profile and demand today, and today's availability. */
  identity: AthleteStory
  templateId: string
  episodes: Episode[]
  /** Share of the generated stories that had to be retried with more days. */
  retries: number
}

const strainGrades: readonly (readonly [BamicGrade, number])[] = [
  ['1a', 0.15],
  ['1b', 0.25],
  ['2a', 0.2],
  ['2b', 0.2],
  ['2c', 0.1],
  ['3b', 0.07],
  ['3c', 0.03],
]

function weighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  let x = random.next() * items.reduce((sum, [, w]) => sum + w, 0)
  for (const [value, w] of items) {
    x -= w
    if (x < 0) return value
  }
  return items[items.length - 1]![0]
}

/** Phases of the athletes injured today; most are somewhere in the middle of their rehab. */
const openPhases: readonly (readonly [PhaseId, number])[] = [
  ['P0', 0.05],
  ['P1', 0.15],
  ['P2', 0.2],
  ['P3', 0.2],
  ['P4', 0.2],
  ['P5', 0.12],
  ['P6', 0.08],
]

/** A first guess at the days a rehab needs to reach each phase; raised until the story fits. */
const daysGuess: Record<PhaseId, number> = {
  P0: 1,
  P1: 8,
  P2: 16,
  P3: 26,
  P4: 38,
  P5: 50,
  P6: 56,
}

function strainTarget(random: Random, phase: PhaseId, days: number): InjuryTarget {
  const sprint = random.chance(0.7)
  return {
    kind: 'strain',
    bamicGrade: weighted(random, strainGrades),
    mechanism: sprint ? 'sprint_type' : 'stretch_type',
    activity: sprint ? 'sprinting' : random.pick(['kicking', 'slide', 'lunge'] as const),
    muscle: random.chance(0.8) ? 'BFlh' : random.pick(['ST', 'SM'] as const),
    location: random.pick(['proximal', 'mid', 'distal'] as const),
    side: random.chance(0.5) ? 'left' : 'right',
    daysSinceInjury: days,
    phase,
    progress: random.between(0.2, 0.8),
  }
}

function avulsionTarget(random: Random, phase: PhaseId, days: number): InjuryTarget {
  return {
    kind: 'avulsion repair',
    mechanism: 'stretch_type',
    activity: random.pick(['slide', 'lunge'] as const),
    side: random.chance(0.5) ? 'left' : 'right',
    daysSinceInjury: days,
    repairAfterDays: random.int(6, 12),
    phase,
    progress: random.between(0.3, 0.7),
  }
}

/**
 * The story of one episode, with more days when the first guess cannot hold the evidence the
 * phase needs (the generator throws a RangeError then).
 */
function storyWithRoom(
  spec: Omit<StorySpec, 'today' | 'injury'>,
  endsOn: string,
  target: InjuryTarget,
): { story: AthleteStory; tries: number } {
  let days = target.daysSinceInjury
  let hold = target.hold ?? false
  for (let tries = 0; tries < 60; tries += 1) {
    try {
      const story = generateAthleteStory({
        ...spec,
        today: endsOn,
        injury: { ...target, daysSinceInjury: days, hold },
      })
      return { story, tries }
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      if (hold && error.message.startsWith('Nothing new to hold')) hold = false
      else days += 3
    }
  }
  throw new Error(`No room for a ${target.phase} story after ${days} days`)
}

export interface PlanRequest {
  index: number
  random: Random
  seed: number
  today: string
  /** First day of data, `today` minus the seasons. */
  start: string
  sport: SquadSport
  /** The athlete has an injury open today. */
  injuredToday: boolean
  /** Names already used in the club: each athlete gets a new one. */
  takenNames: Set<string>
}

function uniqueName(request: PlanRequest, base: Omit<StorySpec, 'today'>): string {
  for (let n = 0; n < 50; n += 1) {
    const name = generateAthleteStory({
      ...base,
      seed: base.seed + n * 7919,
      today: request.today,
      trainingDays: 0,
      injury: null,
    }).athlete.name
    if (!request.takenNames.has(name)) {
      request.takenNames.add(name)
      return name
    }
  }
  const name = `Athlete ${request.index + 1}`
  request.takenNames.add(name)
  return name
}

export function planAthlete(request: PlanRequest): AthletePlan {
  const { random, today, start } = request
  const position = request.sport.positions[request.index % request.sport.positions.length]!
  const sex = random.chance(0.3) ? 'female' : 'male'
  const base = {
    seed: (request.seed * 100_003 + request.index) >>> 0,
    sport: request.sport.templateId,
    position: position.id,
    rosterPosition: position.roster,
    sex,
    age: random.int(17, 33),
    dominantLeg: random.chance(0.75) ? 'right' : random.chance(0.85) ? 'left' : 'both',
    trainingDays: 0,
  } satisfies Omit<StorySpec, 'today'>
  const spec = { ...base, name: uniqueName(request, base) }

  let retries = 0
  const episodes: Episode[] = []
  // The episode open today (the seeder picks one athlete in eight).
  let freeUntil = addDays(today, -1)
  if (request.injuredToday) {
    const phase = weighted(random, openPhases)
    const avulsion = (phase === 'P1' || phase === 'P2') && random.chance(0.08)
    const target = avulsion
      ? avulsionTarget(random, phase, random.int(phase === 'P1' ? 40 : 95, 120))
      : {
          ...strainTarget(random, phase, daysGuess[phase] + random.int(0, 8)),
          hold: phase !== 'P0' && random.chance(0.1),
        }
    const { story, tries } = storyWithRoom(spec, today, target)
    retries += tries
    const injuryDate = story.injury!.injuryDate
    episodes.push({ story, injuryDate, closedOn: null })
    freeUntil = addDays(injuryDate, -21)
  }

  // Past injuries, newest first: about one in five athlete-seasons, closed in phase 6.
  const seasons = Math.max(1, Math.round(daysBetween(start, today) / 365))
  for (let season = 0; season < seasons; season += 1) {
    const count = random.chance(0.2) ? (random.chance(0.15) ? 2 : 1) : 0
    for (let n = 0; n < count; n += 1) {
      const avulsion = random.chance(0.03)
      const target = avulsion
        ? avulsionTarget(random, 'P6', 200 + random.int(0, 40))
        : strainTarget(random, 'P6', daysGuess.P6 + random.int(0, 20))
      // Ends somewhere in this season, well clear of the episodes already placed.
      const seasonEnd = addDays(today, -365 * season - 1)
      const endsOn = addDays(seasonEnd, -random.int(0, 300))
      if (endsOn > freeUntil) continue
      const { story, tries } = storyWithRoom(spec, endsOn, target)
      retries += tries
      const injuryDate = story.injury!.injuryDate
      // The first four weeks of data hold the training before the first injury.
      if (injuryDate < addDays(start, 28)) continue
      episodes.push({ story, injuryDate, closedOn: endsOn })
      freeUntil = addDays(injuryDate, -21)
    }
  }
  episodes.sort((a, b) => a.injuryDate.localeCompare(b.injuryDate))

  // Roster facts, profile and demand as of today; availability from the open episode.
  const healthy = generateAthleteStory({ ...spec, today, trainingDays: 0, injury: null })
  const open = episodes.find((e) => e.closedOn === null)
  const identity = open ? { ...healthy, availability: open.story.availability } : healthy
  return { identity, templateId: request.sport.templateId, episodes, retries }
}
