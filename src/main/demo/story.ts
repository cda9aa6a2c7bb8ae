import { addDays, daysBetween } from '@shared/dates'
import { athleteFieldsSchema, type Availability, type DominantLeg } from '@shared/schemas/athlete'
import {
  athleteProfileInputSchema,
  type AthleteProfileInput,
} from '@shared/schemas/athlete-profile'
import { assessmentInputSchema, type AssessmentFacts } from '@shared/schemas/assessment'
import type {
  AthleteLevel,
  BamicGrade,
  HamstringMuscle,
  InjuryActivity,
  InjuryLocation,
  Mechanism,
  MunichGrade,
  Sex,
} from '@shared/schemas/classification'
import {
  exposureSessionInputSchema,
  type ExposureSessionFacts,
} from '@shared/schemas/exposure-session'
import { injuryEpisodeInputSchema, type InjuryFacts } from '@shared/schemas/injury'
import {
  criterionObservationInputSchema,
  criterionOverrideInputSchema,
  phaseRecordInputSchema,
  type CriterionId,
  type CriterionObservationFacts,
  type CriterionOverrideFacts,
  type PhaseRecordFacts,
} from '@shared/schemas/phase-record'
import { responseCheckInputSchema, type ResponseCheckFacts } from '@shared/schemas/response-check'
import { phaseIds, phaseIndex, type PhaseId, type Side } from '@shared/schemas/scales'
import {
  sportDemandProfileInputSchema,
  type DemandDimension,
  type SportDemandFacts,
} from '@shared/schemas/sport-demand'
import {
  weeklyCheckInInputSchema,
  type weeklyCheckInFieldsShape,
} from '@shared/schemas/weekly-check-in'
import type { z } from 'zod'
import { morningAt, testResult, testsFor, type AthleteBaselines } from './measures'
import { fictionalName, signature, staff } from './people'
import { earliestEntries, planPhases, progressOn, repairRestrictions, type PhasePlan } from './plan'
import { createRandom, round, type Random } from './random'
import { phaseRecord, signOffs, weekLearned, weekNextStep } from './records'
import { matchDemand, sessionFor, type SessionContext } from './sessions'
import { demandFor, pickFlags, sportProfile, type SportProfile } from './sports'
import {
  buildTimeline,
  currentMinimum,
  fullLadder,
  itemsDone,
  minimumDays,
  type Day,
  type Item,
} from './timeline'

/**
 * The athlete-story generator: from a seed, a day and a target (sport and position, injury,
 * days since it, phase to be in today) it writes everything a club would have logged about one
 * fictional athlete, every row valid against the shared input schemas. It reads no clock and no
 * Math.random: the same spec gives the same story, so the demo squad and benchmark databases are
 * reproducible. Building one athlete is a single pass over their days.
 */

export interface InjuryTarget {
  /** A strain follows the standard pathway; a repaired proximal avulsion its own pathway. */
  kind: 'strain' | 'avulsion repair'
  bamicGrade?: BamicGrade | null
  munichGrade?: MunichGrade | null
  mechanism: Mechanism
  activity: InjuryActivity
  muscle?: HamstringMuscle
  location?: InjuryLocation
  side?: Side
  daysSinceInjury: number
  /** The phase the athlete should be in today, by the engine's own reading of the data. */
  phase: PhaseId
  /** Share of the target phase's work behind the athlete today, 0 … 0.95 (default 0.5). */
  progress?: number
  /** The latest morning is amber after yesterday's new step: the athlete is held. */
  hold?: boolean
  /** Avulsion: days from the injury to the repair (default 8, an acute repair). */
  repairAfterDays?: number
  /** How it happened, in a coach's words (the injury notes). */
  story?: string
}

export interface StorySpec {
  seed: number
  /** The day the story ends on, `YYYY-MM-DD` (the last morning check is today). */
  today: string
  /** Sport template id and position id (see src/shared/templates). */
  sport: string
  position: string
  /** What the roster shows as the position (default: the template's position name). */
  rosterPosition?: string
  name?: string
  sex?: Extract<Sex, 'female' | 'male'>
  age?: number
  dominantLeg?: DominantLeg
  level?: AthleteLevel
  /** Null or absent: a healthy athlete in full training. */
  injury?: InjuryTarget | null
  /** Days of training logged before the injury (or before today when healthy). */
  trainingDays?: number
  /** Amber mornings in the story besides a hold (default: one when the rehab is 3 weeks old). */
  ambers?: number
  /** Demands the athlete is wary of; by default one or two picked for the sport. */
  flags?: { feared: DemandDimension[]; untested: DemandDimension[] }
}

type Omit2<T> = Omit<T, 'injuryId'>
export type WeeklyCheckInFacts = z.output<z.ZodObject<typeof weeklyCheckInFieldsShape>>

/** Everything to write for one athlete; injury-scoped rows get the injury id when written. */
export interface AthleteStory {
  athlete: z.output<typeof athleteFieldsSchema>
  availability: Availability
  profile: z.output<typeof athleteProfileInputSchema>
  injury: InjuryFacts | null
  demand: SportDemandFacts
  sessions: ExposureSessionFacts[]
  responseChecks: ResponseCheckFacts[]
  assessments: AssessmentFacts[]
  phaseRecords: Omit2<PhaseRecordFacts>[]
  overrides: Omit2<CriterionOverrideFacts>[]
  observations: Omit2<CriterionObservationFacts>[]
  checkIns: Omit2<WeeklyCheckInFacts>[]
  /** What the story was built to show, for tests and for the demo's own checks. */
  expected: {
    /** Phase the engine should compute today (null: no open injury). */
    phase: PhaseId | null
    /** 'hold' after an amber morning, 'locked' by a surgeon's restriction, else null. */
    status: 'hold' | 'locked' | null
    /** Day each phase began, P0 first. */
    phaseEntries: string[]
    /** Mornings planned to be amber (the first check after an injury is usually one). */
    amberMornings: string[]
  }
}

/** A stand-in injury id so injury-scoped rows can be checked against their schemas. */
const CHECK_INJURY_ID = '00000000-0000-4000-8000-000000000000'

function withoutInjuryId<T extends { injuryId: unknown }>(row: T): Omit<T, 'injuryId'> {
  const { injuryId: _unused, ...rest } = row
  return rest
}

const availabilityByPhase: readonly Availability[] = [
  'unavailable',
  'rehab',
  'rehab',
  'rehab',
  'rehab',
  'modified',
  'available',
]

function legs(random: Random, value: number, spread = 0.03): { left: number; right: number } {
  return { left: round(random.jitter(value, spread)), right: round(random.jitter(value, spread)) }
}

function makeBaselines(random: Random, sport: SportProfile, sex: Sex): AthleteBaselines {
  const female = sex === 'female'
  const strength = female ? 0.78 : 1
  return {
    vmaxMps: round(random.between(...sport.vmaxMps) * (female ? 0.9 : 1), 2),
    tenMetreSeconds: round(random.between(...sport.tenMetreSeconds) + (female ? 0.1 : 0), 2),
    nordicN: legs(random, random.between(...sport.nordicN) * strength),
    isometricN: legs(random, random.between(...sport.isometricN) * strength),
    bridgeReps: legs(random, random.int(26, 34), 0.05),
    bridgeHoldSeconds: random.int(45, 60),
    akeDeg: legs(random, random.between(74, 84), 0.02),
  }
}

function profileInput(
  random: Random,
  sport: SportProfile,
  sex: Sex,
  level: AthleteLevel,
  base: AthleteBaselines,
  referenceDay: string,
  sportLabel: string,
): AthleteProfileInput {
  const screened = addDays(referenceDay, -random.int(40, 110))
  const history: AthleteProfileInput['history'] = []
  if (random.chance(0.3)) {
    history.push({
      date: addDays(referenceDay, -random.int(420, 1100)),
      side: random.pick(['left', 'right'] as const),
      type: 'hamstring',
      grade: random.pick(['1b', '2a']),
    })
  }
  if (random.chance(0.1)) {
    history.push({
      date: addDays(referenceDay, -random.int(200, 900)),
      side: random.pick(['left', 'right'] as const),
      type: 'calf',
      grade: null,
    })
  }
  const pair = (p: { left: number; right: number }, source: string) => ({
    ...p,
    date: screened,
    source,
  })
  return {
    sex,
    sport: sportLabel,
    level,
    massKg: round(random.between(...sport.massKg) * (sex === 'female' ? 0.85 : 1)),
    baselines: {
      vmaxMps: {
        value: base.vmaxMps,
        date: addDays(referenceDay, -random.int(8, 30)),
        source: sport.style === 'track' ? 'Competition, laser timing' : `Match, ${sport.device}`,
      },
      tenMetreSeconds: {
        value: base.tenMetreSeconds,
        date: screened,
        source: 'Pre-season testing, timing gates',
      },
      nordicPeakForceN: pair(base.nordicN, 'Pre-season screening, NordBord'),
      isometricKneeFlexorForceN: {
        ...pair(base.isometricN, 'Pre-season screening, handheld dynamometer'),
        protocol: '90/90',
      },
      slhbReps: pair(base.bridgeReps, 'Pre-season screening'),
      akeDeg: pair(base.akeDeg, 'Pre-season screening, goniometer'),
      pslrDeg: null,
    },
    history,
    flags: {
      priorHamstringInjury: history.some((h) => h.type === 'hamstring'),
      hamstringInjuryLast12Months: history.some(
        (h) => h.type === 'hamstring' && daysBetween(h.date, referenceDay) <= 365,
      ),
      priorAclInjury: false,
      priorCalfStrain: history.some((h) => h.type === 'calf'),
    },
  }
}

/** First-examination findings by grade: more tissue involved, more pain and range lost. */
function clinicalFindings(grade: BamicGrade | null) {
  const severity = grade === null ? 1 : Math.min(3, Number(grade[0]) || 1)
  return {
    palpationPainLengthCm: [4, 4, 7, 10][severity] ?? 7,
    akeDeficitDeg: [10, 10, 18, 26][severity] ?? 18,
    isometricPain: [2, 2, 4, 6][severity] ?? 4,
  }
}

function injuryInput(spec: StorySpec, target: InjuryTarget, side: Side): InjuryFacts {
  const injuryDate = addDays(spec.today, -target.daysSinceInjury)
  const mriDate = target.daysSinceInjury >= 2 ? addDays(injuryDate, 2) : null
  const notes = target.story ?? null
  if (target.kind === 'avulsion repair') {
    const surgeryDate = addDays(injuryDate, target.repairAfterDays ?? 8)
    const dischargeDate = addDays(surgeryDate, 42)
    return injuryEpisodeInputSchema.parse({
      injuryDate,
      side,
      mechanism: target.mechanism,
      activity: target.activity,
      muscle: target.muscle ?? 'multiple',
      location: 'proximal',
      freeTendon: true,
      bamicGrade: null,
      munichGrade: target.munichGrade ?? '4',
      avulsion: {
        tendonsInvolved: 3,
        extent: 'complete',
        retractionCm: 4.5,
        bonyAvulsion: false,
        chronicity: (target.repairAfterDays ?? 8) > 28 ? 'chronic' : 'acute',
        sciaticNerveInvolved: false,
      },
      mriDate,
      palpationPainLengthCm: null,
      akeDeficitDeg: null,
      isometricPain: null,
      management: 'surgical',
      surgeryDate,
      dischargeDate: dischargeDate <= spec.today ? dischargeDate : null,
      surgeonRestrictions: repairRestrictions.map((r) => ({
        restriction: r.restriction,
        until: addDays(surgeryDate, r.days),
        gate: r.gate,
        stressors: r.stressors,
      })),
      recurrenceOf: null,
      notes,
    })
  }
  const grade = target.bamicGrade ?? null
  return injuryEpisodeInputSchema.parse({
    injuryDate,
    side,
    mechanism: target.mechanism,
    activity: target.activity,
    muscle: target.muscle ?? 'BFlh',
    location: target.location ?? 'mid',
    freeTendon: grade === null ? null : grade.endsWith('c'),
    bamicGrade: grade,
    munichGrade: target.munichGrade ?? null,
    avulsion: null,
    mriDate: grade === null ? null : mriDate,
    ...clinicalFindings(grade),
    management: 'conservative',
    surgeryDate: null,
    dischargeDate: null,
    surgeonRestrictions: [],
    recurrenceOf: null,
    notes,
  })
}

/** A week of club training before an injury (or for a healthy athlete), by day of the week. */
function trainingItem(day: number, sport: SportProfile, demand: SportDemandFacts): Item | null {
  const full = { ...fullLadder(demand), chaos: sport.style === 'track' ? 2 : 5 }
  const base = { intro: false, closer: false, step: null, ladder: full }
  switch (day) {
    case 0:
      return null
    case 3:
      return { ...base, kind: 'nordic', level: 0, what: 'gym' }
    case 6:
      return {
        ...base,
        kind: 'match',
        level: 0,
        what: sport.style === 'track' ? 'competition' : 'match',
      }
    default:
      return sport.style === 'track'
        ? day % 2 === 1
          ? { ...base, kind: 'strides', level: 95, what: 'speed session' }
          : { ...base, kind: 'jog', level: 20, what: 'tempo running' }
        : { ...base, kind: 'team', level: day === 5 ? 45 : 65, what: 'team training' }
  }
}

interface Context {
  spec: StorySpec
  sport: SportProfile
  demand: SportDemandFacts
  base: AthleteBaselines
  random: Random
}

function sessionContext(
  c: Context,
  date: string,
  phase: number,
  notes: string | null,
): SessionContext {
  const thresholds = c.demand.thresholds
  return {
    date,
    phase,
    random: c.random.fork(`session ${date}`),
    vmaxMps: c.base.vmaxMps,
    hsrMps: (thresholds.hsrKmh?.value ?? c.sport.thresholdsKmh.hsr) / 3.6,
    sprintMps: (thresholds.sprintKmh?.value ?? c.sport.thresholdsKmh.sprint) / 3.6,
    match: matchDemand(c.demand),
    profile: c.sport,
    notes,
  }
}

/** Club training from `from` to `to` (both included), one week's pattern repeated. */
function trainingSessions(c: Context, from: string, to: string): ExposureSessionFacts[] {
  const shift = c.random.fork('week').int(0, 6)
  const load = c.base.nordicN.left / 4
  const sessions: ExposureSessionFacts[] = []
  for (let n = 0; n <= daysBetween(from, to); n += 1) {
    const date = addDays(from, n)
    const item = trainingItem((n + shift) % 7, c.sport, c.demand)
    if (item === null) continue
    sessions.push(
      exposureSessionInputSchema.parse(sessionFor(item, sessionContext(c, date, 6, null), load)),
    )
  }
  return sessions
}

/** The injury-day session: the match or training where it happened, with what staff saw. */
function injurySession(
  c: Context,
  injury: InjuryFacts,
  target: InjuryTarget,
): ExposureSessionFacts {
  const full = { ...fullLadder(c.demand), chaos: c.sport.style === 'track' ? 2 : 5 }
  // Off the pitch at about 40 % of a match.
  const item: Item = {
    kind: 'match',
    level: 40,
    intro: false,
    closer: false,
    step: null,
    ladder: full,
    what: 'match',
  }
  return exposureSessionInputSchema.parse({
    ...sessionFor(item, sessionContext(c, injury.injuryDate, 6, null), 0),
    painDuring: null,
    notes:
      target.story ??
      `Stopped with a sudden pain in the back of the ${injury.side} thigh (${injury.activity === 'sprinting' ? 'while sprinting' : injury.activity}).`,
  })
}

function isGym(item: Item): boolean {
  return ['activation', 'strength', 'lengthened', 'nordic'].includes(item.kind)
}

/** Days (offsets) whose morning is amber after the previous day's new step. */
function pickAmbers(
  random: Random,
  days: readonly Day[],
  plan: PhasePlan,
  count: number,
): Map<number, Item> {
  const gates = new Set(plan.entries.slice(1))
  const lastGate = plan.entries.at(-1) ?? 0
  const candidates: { offset: number; item: Item }[] = []
  days.forEach((day, i) => {
    const item = day.item
    if (item === null || !item.intro || isGym(item) || day.offset + 1 >= plan.today) return
    const morning = day.offset + 1
    if (gates.has(morning)) return
    // P5's exit needs two weeks of field sessions with green mornings before it.
    if (plan.target >= 6 && morning > lastGate - 15) return
    const next = days.slice(i + 1).find((d) => d.item !== null)
    if (next === undefined || next.item === null || next.item.intro || next.item.closer) return
    candidates.push({ offset: morning, item })
  })
  const ambers = new Map<number, Item>()
  for (let n = 0; n < count && candidates.length > 0; n += 1) {
    const index = random.int(0, candidates.length - 1)
    const [chosen] = candidates.splice(index, 1)
    if (chosen !== undefined) ambers.set(chosen.offset, chosen.item)
  }
  return ambers
}

function percentOfVmax(session: ExposureSessionFacts, vmax: number): number | null {
  const peak = session.running?.peakVelocityMps ?? null
  return peak === null ? null : (peak / vmax) * 100
}

/** Generates one athlete's story. Throws a RangeError when the target cannot be reached. */
export function generateAthleteStory(spec: StorySpec): AthleteStory {
  const random = createRandom(spec.seed)
  const sport = sportProfile(spec.sport)
  const person = random.fork('person')
  const sex: Sex = spec.sex ?? (person.chance(0.5) ? 'female' : 'male')
  const age = spec.age ?? person.int(19, 32)
  const dominantLeg =
    spec.dominantLeg ?? (person.chance(0.74) ? 'right' : person.chance(0.8) ? 'left' : 'both')
  const unflagged = demandFor(spec.sport, spec.position, { feared: [], untested: [] })
  const flags = spec.flags ?? pickFlags(random.fork('flags'), unflagged)
  const demand = sportDemandProfileInputSchema.parse(demandFor(spec.sport, spec.position, flags))
  const level = spec.level ?? demand.level
  const target = spec.injury ?? null
  const side: Side =
    target?.side ?? (dominantLeg === 'left' ? 'left' : dominantLeg === 'right' ? 'right' : 'left')
  const base = makeBaselines(random.fork('baselines'), sport, sex)
  const c: Context = { spec, sport, demand, base, random }

  const athlete = athleteFieldsSchema.parse({
    name: spec.name ?? fictionalName(person, sex),
    position: spec.rosterPosition ?? demand.position ?? null,
    dateOfBirth: addDays(spec.today, -(age * 365 + person.int(10, 350))),
    dominantLeg,
  })
  const injury = target === null ? null : injuryInput(spec, target, side)
  const referenceDay = injury?.injuryDate ?? spec.today
  const profile = athleteProfileInputSchema.parse(
    profileInput(random.fork('profile'), sport, sex, level, base, referenceDay, demand.sport),
  )
  const trainingDays = spec.trainingDays ?? (injury === null ? 42 : 28)

  if (injury === null || target === null) {
    const sessions = trainingSessions(
      c,
      addDays(spec.today, -trainingDays),
      addDays(spec.today, -1),
    )
    const screen = random.fork('screen')
    const assessments = [21, 7]
      .filter((back) => back <= trainingDays)
      .flatMap((back) =>
        (['NordBord', 'AKE'] as const).map((key) =>
          assessmentInputSchema.parse(
            testResult(key, {
              date: addDays(spec.today, -back),
              p: 6.6,
              side: 'left',
              base,
              random: screen,
              physio: staff.physio.name,
              strength: staff.strength.name,
            }),
          ),
        ),
      )
    return {
      athlete,
      availability: 'available',
      profile,
      injury: null,
      demand,
      sessions,
      responseChecks: [],
      assessments,
      phaseRecords: [],
      overrides: [],
      observations: [],
      checkIns: [],
      expected: { phase: null, status: null, phaseEntries: [], amberMornings: [] },
    }
  }

  // The rehab: plan the phases, lay out the days, then write what each day held.
  const anchor = injury.surgeryDate ?? injury.injuryDate
  const todayOffset = daysBetween(anchor, spec.today)
  const targetIndex = phaseIndex(target.phase)
  const hold = target.hold ?? false
  const progress = Math.min(0.95, Math.max(0, target.progress ?? 0.5))
  const done = itemsDone(targetIndex, demand, progress, hold)
  if (hold && done === 0) throw new RangeError(`Nothing new to hold on in ${target.phase}`)
  const avulsion = injury.avulsion !== null
  const plan = planPhases({
    today: todayOffset,
    target: target.phase,
    progress,
    minimumDays: minimumDays(demand),
    currentMinimum: currentMinimum(done),
    earliest: avulsion ? earliestEntries(repairRestrictions) : [],
  })
  const days = buildTimeline({ plan, demand, random: random.fork('timeline'), hold })
  const dayOf = (offset: number) => addDays(anchor, offset)
  const gateOffsets = plan.entries.slice(1)
  const ambers = pickAmbers(
    random.fork('ambers'),
    days,
    plan,
    spec.ambers ?? (todayOffset >= 21 ? 1 : 0),
  )
  if (hold) {
    const yesterday = days.find((d) => d.offset === plan.today - 1)
    if (yesterday?.item) ambers.set(plan.today, yesterday.item)
  }

  // Sessions: club training before the injury, the injury itself, then the rehab.
  const load = base.nordicN.left / 4
  const sessions: ExposureSessionFacts[] = [
    ...trainingSessions(
      c,
      addDays(injury.injuryDate, -trainingDays),
      addDays(injury.injuryDate, -1),
    ),
    injurySession(c, injury, target),
  ]
  for (const day of days) {
    if (day.item === null) continue
    const afterAmber = ambers.has(day.offset)
    const notes = afterAmber
      ? 'Same load as last time: amber this morning'
      : day.item.intro || day.item.closer
        ? `${day.item.intro ? 'New: ' : ''}${day.item.what}`
        : null
    sessions.push(
      exposureSessionInputSchema.parse(
        sessionFor(day.item, sessionContext(c, dayOf(day.offset), day.phase, notes), load),
      ),
    )
  }

  // Next-morning checks, every morning from the day after the injury (or the repair).
  const responseChecks: ResponseCheckFacts[] = []
  const amberMornings = [dayOf(1)]
  let previousStiffness = Number.POSITIVE_INFINITY
  for (let offset = 1; offset <= plan.today; offset += 1) {
    const values = morningAt(progressOn(plan, offset), base, injury.side)
    const cause = ambers.get(offset)
    const stiffness =
      cause === undefined ? values.stiffness : Math.min(10, Math.min(previousStiffness, 8) + 2)
    if (cause !== undefined) amberMornings.push(dayOf(offset))
    previousStiffness = values.stiffness
    responseChecks.push(
      responseCheckInputSchema.parse({
        date: dayOf(offset),
        respondsTo: null,
        ...values,
        stiffness,
        notes:
          cause === undefined
            ? null
            : `Hamstring tight and stiff this morning after ${cause.what} yesterday`,
      }),
    )
  }

  // Tests: one testing day a week, plus the exit tests on the day a phase ends.
  const testShift = random.fork('tests').int(0, 6)
  const assessments: AssessmentFacts[] = []
  for (let offset = 2; offset <= plan.today; offset += 1) {
    const exitOf = gateOffsets.indexOf(offset)
    if (exitOf < 0 && (offset + testShift) % 7 !== 0) continue
    const ctx = {
      date: dayOf(offset),
      p: progressOn(plan, offset),
      side: injury.side,
      base,
      random: random.fork(`tests ${offset}`),
      physio: staff.physio.name,
      strength: staff.strength.name,
    }
    for (const key of testsFor(ctx.p, exitOf < 0 ? null : exitOf)) {
      assessments.push(assessmentInputSchema.parse(testResult(key, ctx)))
    }
  }

  // Decisions: what staff saw, the clinicians' sign-offs and the recorded phase moves.
  const observations: Omit2<CriterionObservationFacts>[] = []
  const overrides: Omit2<CriterionOverrideFacts>[] = []
  const phaseRecords: Omit2<PhaseRecordFacts>[] = []
  const observe = (
    criterionId: CriterionObservationFacts['criterionId'],
    offset: number,
    met: boolean,
    by: string,
    note: string,
  ) =>
    observations.push(
      withoutInjuryId(
        criterionObservationInputSchema.parse({
          injuryId: CHECK_INJURY_ID,
          criterionId,
          date: dayOf(offset),
          met,
          observedBy: by,
          note,
        }),
      ),
    )
  const signOff = (criterionId: keyof typeof signOffs, offset: number) => {
    const { who, reason } = signOffs[criterionId]
    overrides.push(
      withoutInjuryId(
        criterionOverrideInputSchema.parse({
          injuryId: CHECK_INJURY_ID,
          criterionId,
          date: dayOf(offset),
          status: 'met',
          clinicianName: who.name,
          clinicianRole: who.role,
          reason,
        }),
      ),
    )
  }
  const firstGate = gateOffsets[0] ?? plan.today + 1
  if (firstGate > 2 && plan.today >= 2) {
    observe(
      avulsion ? 'AV0.walkingPainFree' : 'P0.noLimp',
      2,
      false,
      staff.physio.name,
      avulsion ? 'On crutches, brace on' : 'Still limping on the injured side',
    )
  }
  const signedOff = new Map<CriterionId, string>()
  gateOffsets.forEach((gate, i) => {
    const exitOf = i
    if (exitOf === 0) {
      if (avulsion) {
        observe(
          'AV0.walkingPainFree',
          gate,
          true,
          staff.physio.name,
          'Walks without crutches or brace, pain-free',
        )
        signOff('AV0.surgeonAgreesLoading', gate)
        signedOff.set('AV0.surgeonAgreesLoading', signOffs['AV0.surgeonAgreesLoading'].who.name)
      } else {
        observe(
          'P0.noLimp',
          gate,
          true,
          staff.physio.name,
          'Walks without a limp, stairs comfortable',
        )
      }
    }
    if (exitOf === 4) {
      observe(
        'P4.strideQuality',
        gate - 1,
        true,
        staff.strength.name,
        'Normal stride rhythm at top speed, no protective shortening',
      )
      signOff('P4.teamTrainingSignOff', gate)
      signedOff.set('P4.teamTrainingSignOff', signOffs['P4.teamTrainingSignOff'].who.name)
    }
    if (exitOf === 5) {
      signOff('P5.returnToSportSignOff', gate)
      signedOff.set('P5.returnToSportSignOff', signOffs['P5.returnToSportSignOff'].who.name)
    }
    phaseRecords.push(
      withoutInjuryId(
        phaseRecordInputSchema.parse({
          injuryId: CHECK_INJURY_ID,
          ...phaseRecord(injury, i + 1, dayOf(gate), signedOff),
        }),
      ),
    )
  })

  // Weekly check-ins over each completed week of the rehab.
  const lights = new Set(amberMornings)
  const checkIns: Omit2<WeeklyCheckInFacts>[] = []
  for (let week = 0; 1 + 7 * week + 6 < plan.today; week += 1) {
    const weekStart = dayOf(1 + 7 * week)
    const weekEnd = addDays(weekStart, 6)
    const inWeek = sessions.filter((s) => s.date >= weekStart && s.date <= weekEnd)
    const best = Math.max(0, ...inWeek.map((s) => percentOfVmax(s, base.vmaxMps) ?? 0))
    const hsr = inWeek.reduce((sum, s) => sum + (s.running?.hsrMetres ?? 0), 0)
    const minutes = inWeek.reduce((sum, s) => sum + s.minutes, 0)
    const amber = [...lights].filter((d) => d >= weekStart && d <= weekEnd)
    const phase = days.find((d) => dayOf(d.offset) === weekEnd)?.phase ?? plan.target
    const speed =
      best > 0
        ? `; best ${Math.round(best)} % of max velocity; ${round(hsr)} m high-speed running`
        : ''
    checkIns.push(
      withoutInjuryId(
        weeklyCheckInInputSchema.parse({
          injuryId: CHECK_INJURY_ID,
          weekStart,
          loadsSummary: `${inWeek.length} sessions, ${round(minutes)} min${speed}`,
          response: amber.length > 0 ? 'amber' : 'green',
          learned:
            amber.length > 0
              ? `${weekLearned[phase] ?? ''} Amber morning on ${amber.join(', ')}: repeated the load and it settled the next day.`
              : (weekLearned[phase] ?? null),
          nextStep:
            amber.length > 0 && amber.some((d) => d >= addDays(weekEnd, -1))
              ? 'Repeat the same load until a green morning, then move on.'
              : (weekNextStep[phase] ?? null),
          agreedBy: signature(phase >= 5 ? 'doctor' : 'physio'),
          preparedBy: staff.strength.name,
        }),
      ),
    )
  }

  const locked =
    avulsion &&
    injury.surgeonRestrictions.some(
      (r) => r.gate !== null && r.until > spec.today && phaseIndex(r.gate) === plan.target + 1,
    )
  return {
    athlete,
    availability: availabilityByPhase[plan.target] ?? 'rehab',
    profile,
    injury,
    demand,
    sessions,
    responseChecks,
    assessments,
    phaseRecords,
    overrides,
    observations,
    checkIns,
    expected: {
      phase: phaseIds[plan.target] ?? null,
      // The engine holds on any amber latest morning, the first one after an injury included.
      status: amberMornings.includes(spec.today) ? 'hold' : locked ? 'locked' : null,
      phaseEntries: plan.entries.map(dayOf),
      amberMornings,
    },
  }
}
