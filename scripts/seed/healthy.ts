import { dayOrdinal } from '@shared/dates'
import type { Baselines } from '@shared/schemas/athlete-profile'
import { assessmentInputSchema, type AssessmentFacts } from '@shared/schemas/assessment'
import {
  exposureSessionInputSchema,
  type ExposureSessionFacts,
} from '@shared/schemas/exposure-session'
import type { Side } from '@shared/schemas/scales'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { testResult, type AthleteBaselines, type TestKey } from '../../src/main/demo/measures'
import { staff } from '../../src/main/demo/people'
import type { Random } from '../../src/main/demo/random'
import { matchDemand, sessionFor, type MatchDemand } from '../../src/main/demo/sessions'
import { sportProfile, type SportProfile } from '../../src/main/demo/sports'
import { fullLadder, type Item, type LadderState } from '../../src/main/demo/timeline'

/**
 * Healthy training between injuries: what a club logs for a fit athlete, day by day. A squad
 * trains to one weekly pattern (5–6 sessions: team training, a gym day, a match) and eases off to
 * three sessions a week in the off-season. Each day's session is drawn from its own forked
 * random stream, so a day can be generated on its own, in any order, and always comes out the
 * same: the seeder writes week by week across the whole squad without holding years of sessions
 * in memory.
 */

export interface HealthyContext {
  sport: SportProfile
  demand: SportDemandFacts
  match: MatchDemand
  ladder: LadderState
  base: AthleteBaselines
  /** Reference gym load, kg. */
  load: number
  hsrMps: number
  sprintMps: number
  /** Day of the week the squad plays (0–6 on the day ordinal), shared by the squad. */
  matchDay: number
  random: Random
}

/** The baselines the story generator drew for this athlete, read back from their profile. */
function baselinesOf(b: Baselines): AthleteBaselines {
  const pair = (p: { left: number; right: number } | null, fallback: number) =>
    p ? { left: p.left, right: p.right } : { left: fallback, right: fallback }
  return {
    vmaxMps: b.vmaxMps?.value ?? 9,
    tenMetreSeconds: b.tenMetreSeconds?.value ?? 1.75,
    nordicN: pair(b.nordicPeakForceN, 350),
    isometricN: pair(b.isometricKneeFlexorForceN, 300),
    bridgeReps: pair(b.slhbReps, 30),
    bridgeHoldSeconds: 50,
    akeDeg: pair(b.akeDeg, 78),
  }
}

export function healthyContext(
  templateId: string,
  demand: SportDemandFacts,
  baselines: Baselines,
  matchDay: number,
  random: Random,
): HealthyContext {
  const sport = sportProfile(templateId)
  const base = baselinesOf(baselines)
  const ladder = { ...fullLadder(demand), chaos: sport.style === 'track' ? 2 : 5 }
  return {
    sport,
    demand,
    match: matchDemand(demand),
    ladder,
    base,
    load: base.nordicN.left / 4,
    hsrMps: (demand.thresholds.hsrKmh?.value ?? sport.thresholdsKmh.hsr) / 3.6,
    sprintMps: (demand.thresholds.sprintKmh?.value ?? sport.thresholdsKmh.sprint) / 3.6,
    matchDay,
    random,
  }
}

/** Weeks 47–52 of each 52-week cycle from the data's start are the off-season. */
function isOffSeason(date: string, start: string): boolean {
  const week = Math.floor((dayOrdinal(date) - dayOrdinal(start)) / 7) % 52
  return week >= 46
}

function item(kind: Item['kind'], level: number, what: string, ladder: LadderState): Item {
  return { kind, level, intro: false, closer: false, step: null, ladder, what }
}

/** What the day holds for a fit athlete, or null for a rest day. */
function healthyItem(c: HealthyContext, date: string, offSeason: boolean, r: Random): Item | null {
  // Days before the match: 1 = day after the match (rest), 0 = match day.
  const fromMatch = (((dayOrdinal(date) - c.matchDay) % 7) + 7) % 7
  const track = c.sport.style === 'track'
  if (offSeason) {
    switch (fromMatch) {
      case 1:
        return item('jog', 30, 'off-season run', c.ladder)
      case 3:
        return item('strength', 1, 'off-season gym', c.ladder)
      case 5:
        return item('jog', 40, 'off-season run', c.ladder)
      default:
        return null
    }
  }
  switch (fromMatch) {
    case 0:
      // Most play the whole match; some come off the bench or sit it out.
      if (r.chance(0.12)) return null
      return item(
        'match',
        r.chance(0.25) ? r.int(30, 70) : 0,
        track ? 'competition' : 'match',
        c.ladder,
      )
    case 1:
      return null
    case 2:
      return item(track ? 'jog' : 'team', track ? 25 : 45, 'recovery session', c.ladder)
    case 3:
      // The gym day is skipped now and then: five sessions that week instead of six.
      return r.chance(0.3) ? null : item('nordic', 0, 'gym', c.ladder)
    case 5:
      return track
        ? item('strides', 95, 'speed session', c.ladder)
        : item('team', 70, 'team training', c.ladder)
    case 6:
      return track
        ? item('strides', 90, 'speed session', c.ladder)
        : item('team', 45, 'pre-match training', c.ladder)
    default:
      return track
        ? item('strides', 95, 'speed session', c.ladder)
        : item('team', 65, 'team training', c.ladder)
  }
}

/**
 * The session of a fit athlete on `date` (null: rest day), valid against the session input
 * schema. `validate` false skips the schema parse: the seeder checks a sample of days and the
 * smoke test checks every one at small scale.
 */
export function healthySession(
  c: HealthyContext,
  date: string,
  start: string,
  validate: boolean,
): ExposureSessionFacts | null {
  const r = c.random.fork(`day ${date}`)
  // About one day in 60 missed (a cold, a family matter): no session that day.
  if (r.chance(1 / 60)) return null
  const chosen = healthyItem(c, date, isOffSeason(date, start), r)
  if (chosen === null) return null
  const session = sessionFor(
    chosen,
    {
      date,
      phase: 6,
      random: r,
      vmaxMps: c.base.vmaxMps,
      hsrMps: c.hsrMps,
      sprintMps: c.sprintMps,
      match: c.match,
      profile: c.sport,
      notes: null,
    },
    c.load,
  )
  return validate ? exposureSessionInputSchema.parse(session) : (session as ExposureSessionFacts)
}

const screening: readonly TestKey[] = ['NordBord', 'AKE', 'ISO_90_90', 'Vmax', '10m']

/**
 * Tests of a fit athlete on `date`: the full screen at the start of each season, a Nordic and an
 * AKE every four weeks in season, nothing otherwise.
 */
export function healthyAssessments(
  c: HealthyContext,
  date: string,
  start: string,
  side: Side,
): AssessmentFacts[] {
  const days = dayOrdinal(date) - dayOrdinal(start)
  const cycleDay = days % 364
  let keys: readonly TestKey[] = []
  if (cycleDay === 3) keys = screening
  else if (cycleDay > 14 && cycleDay < 320 && cycleDay % 28 === 17) keys = ['NordBord', 'AKE']
  if (keys.length === 0) return []
  const r = c.random.fork(`tests ${date}`)
  return keys.map((key) =>
    assessmentInputSchema.parse(
      testResult(key, {
        date,
        p: 6.6,
        side,
        base: c.base,
        random: r,
        physio: staff.physio.name,
        strength: staff.strength.name,
      }),
    ),
  )
}
