import { demandPerMatch } from '@shared/domain/gap-analysis'
import type {
  CodType,
  ExposureSessionInput,
  SessionContactType,
  StrengthEntry,
} from '@shared/schemas/exposure-session'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { round, type Random } from './random'
import type { SportProfile } from './sports'
import type { Item, LadderState } from './timeline'

/**
 * One logged session per timeline item, with numbers a GPS export or a gym sheet would hold.
 * Volumes are shares of the athlete's own match demand, so the gap analysis reads the way a
 * coach expects: far short early, close to a match just before team training.
 */

/** One match of the athlete's demand profile, in metres, counts and minutes. */
export interface MatchDemand {
  minutes: number
  totalDistance: number
  hsr: number
  sprintMetres: number
  sprintCount: number
  accelerations: number
  decelerations: number
  cuts: number
  contacts: number
}

export function matchDemand(demand: SportDemandFacts): MatchDemand {
  const m = demand.perMatch
  const of = (value: SportDemandFacts['perMatch'][keyof SportDemandFacts['perMatch']]) =>
    demandPerMatch(value, m.minutes) ?? 0
  const minutes = of(m.minutes) || 80
  return {
    minutes,
    totalDistance: of(m.totalDistanceMetres) || minutes * 90,
    hsr: of(m.hsrMetres),
    sprintMetres: of(m.sprintMetres),
    sprintCount: of(m.sprintCount),
    accelerations: of(m.accelerationCount),
    decelerations: of(m.decelerationCount),
    cuts: of(m.codCount),
    contacts: of(m.contactCount),
  }
}

export interface SessionContext {
  date: string
  phase: number
  random: Random
  vmaxMps: number
  /** Speed thresholds of the athlete's GPS, m/s. */
  hsrMps: number
  sprintMps: number
  match: MatchDemand
  profile: SportProfile
  notes?: string | null
}

type Running = NonNullable<ExposureSessionInput['running']>

const entry = (
  exercise: string,
  sets: number,
  reps: number,
  loadKg: number | null = null,
  kind: { lengthened?: boolean; eccentric?: boolean } = {},
): StrengthEntry => ({
  exercise,
  sets,
  reps,
  loadKg,
  lengthened: kind.lengthened ?? false,
  eccentric: kind.eccentric ?? false,
})

/** Gym programmes by timeline item; loads in kg (null: body weight). */
function gymWork(item: Item, load: number): StrengthEntry[] {
  switch (item.kind) {
    case 'activation':
      return [
        entry('Isometric bridge, 10 s holds', 4, 5),
        entry('Isometric knee flexion at 90°, submaximal', 4, 5),
        entry('Side plank', 3, 3),
        entry('Upper-body circuit', 3, 10),
      ]
    case 'strength':
      return item.level === 0
        ? [
            entry('Double-leg bridge', 3, 12),
            entry('Hamstring slider, short lever', 3, 8, null, { eccentric: true }),
            entry('Romanian deadlift, light', 3, 8, round(load * 0.3)),
            entry('Copenhagen plank', 3, 6),
          ]
        : [
            entry('Single-leg bridge', 3, 10),
            entry('Slow eccentric leg curl', 3, 6, round(load * 0.15), { eccentric: true }),
            entry('Split squat', 3, 8, round(load * 0.2)),
            entry('Dead bug', 3, 10),
          ]
    case 'lengthened':
      return item.level === 0
        ? [
            entry('Askling Glider', 3, 6, null, { lengthened: true }),
            entry('Single-leg bridge', 3, 12),
            entry('Romanian deadlift', 3, 8, round(load * 0.4)),
          ]
        : [
            entry('Askling Extender', 3, 6, null, { lengthened: true }),
            entry('Askling Diver', 3, 6, null, { lengthened: true }),
            entry('Nordic hamstring curl, band-assisted', 2, 4, null, { eccentric: true }),
            entry('Romanian deadlift', 3, 6, round(load * 0.5)),
          ]
    default:
      return [
        entry('Nordic hamstring curl', 3, 5, null, { eccentric: true }),
        entry('Askling Diver', 3, 6, null, { lengthened: true }),
        entry('Romanian deadlift', 4, 6, round(load * 0.7)),
        entry('Hip thrust', 4, 6, round(load * 1.0)),
      ]
  }
}

/** Share of a run's distance covered above a speed, for a run that peaks at `peak` (m/s). */
function above(peak: number, threshold: number): number {
  return peak <= threshold ? 0 : Math.min(0.8, ((peak - threshold) / peak) * 2)
}

function painDuring(ctx: SessionContext, item: Item): number {
  if (item.closer || ctx.phase >= 3) return 0
  if (ctx.phase <= 1) return ctx.random.pick([1, 2])
  return ctx.random.pick([0, 1])
}

function base(ctx: SessionContext, item: Item): ExposureSessionInput {
  return {
    date: ctx.date,
    type: 'gym',
    minutes: 45,
    chaosLevel: null,
    running: null,
    accelerationCount: null,
    decelerationCount: null,
    cod: [],
    contacts: [],
    longLeverLevel: 0,
    strength: [],
    rpe: null,
    painDuring: painDuring(ctx, item),
    warningSigns: [],
    dataSource: null,
    device: null,
    dataQuality: 'good',
    notes: ctx.notes ?? null,
  }
}

function field(ctx: SessionContext, item: Item): ExposureSessionInput {
  return {
    ...base(ctx, item),
    type: 'field',
    dataSource: ctx.profile.device.startsWith('LPS') ? 'LPS' : 'GPS',
    device: ctx.profile.device,
  }
}

function run(values: Partial<Running>): Running {
  return {
    totalDistanceMetres: null,
    hsrMetres: null,
    sprintMetres: null,
    sprintCount: null,
    peakVelocityMps: null,
    effortsAt90PercentVmax: null,
    effortsAt95PercentVmax: null,
    continuousRunMinutes: null,
    ...values,
  }
}

/** Strides band → share of max velocity (60 → 61–65 %, 95 → 95.5–97.5 %). */
function strideShare(random: Random, level: number): number {
  if (level >= 95) return random.between(0.955, 0.975)
  if (level >= 90) return random.between(0.905, 0.93)
  if (level >= 80) return random.between(0.81, 0.86)
  return level / 100 + random.between(0.01, 0.05)
}

/** Running numbers of a session peaking at `share` of max velocity with `reps` fast runs. */
function fastRunning(
  ctx: SessionContext,
  share: number,
  reps: number,
  repMetres: number,
  extra: Partial<Running>,
): Running {
  const peak = round(ctx.vmaxMps * share, 2)
  return run({
    peakVelocityMps: peak,
    hsrMetres: round(reps * repMetres * above(peak, ctx.hsrMps)),
    sprintMetres: round(reps * repMetres * above(peak, ctx.sprintMps)),
    sprintCount: peak > ctx.sprintMps ? reps : 0,
    effortsAt90PercentVmax: share >= 0.9 ? Math.ceil(reps / 2) : 0,
    effortsAt95PercentVmax: share >= 0.95 ? 2 : 0,
    ...extra,
  })
}

const cutTypes: readonly CodType[] = ['pre-planned', 'pre-planned', 'reactive', 'opposed']
const cutIntensity: readonly (readonly [number, number])[] = [
  [65, 75],
  [92, 100],
  [85, 95],
  [90, 100],
]
const contactTypes: readonly SessionContactType[] = ['pads', 'controlled live', 'full']

/**
 * A field session at the levels of `ladder`, with volumes at `share` of a match (minutes at
 * `minutesShare`). Only the step a session introduces goes above what was done before.
 */
function sportSession(
  ctx: SessionContext,
  item: Item,
  ladder: LadderState,
  volume: { share: number; minutesShare: number; peak: number; hsr?: number; acc?: number },
): ExposureSessionInput {
  const { match, random } = ctx
  const { share } = volume
  const minutes = round(match.minutes * volume.minutesShare)
  const hsr = round(match.hsr * (volume.hsr ?? share))
  const sprintMetres = round(match.sprintMetres * share)
  const total = Math.max(round(match.totalDistance * share), hsr + sprintMetres + 500)
  const peak = round(ctx.vmaxMps * volume.peak, 2)
  const cut = ladder.cutting
  const contact = ladder.contact
  const bigSession = share >= 0.9
  const accShare = volume.acc ?? (ladder.acc ? share : Math.min(share, 0.65))
  return {
    ...field(ctx, item),
    minutes: Math.max(20, minutes),
    chaosLevel: Math.max(2, ladder.chaos),
    running: run({
      totalDistanceMetres: total,
      hsrMetres: hsr,
      sprintMetres,
      sprintCount: Math.ceil(match.sprintCount * share),
      peakVelocityMps: peak,
      effortsAt90PercentVmax: volume.peak >= 0.9 ? random.int(3, 6) : 0,
      effortsAt95PercentVmax: volume.peak >= 0.95 ? random.int(1, 2) : 0,
    }),
    accelerationCount: round(match.accelerations * accShare),
    decelerationCount: round(match.decelerations * accShare),
    cod:
      cut === 0
        ? []
        : [
            {
              type: cutTypes[cut - 1] as CodType,
              angleDeg: random.pick([45, 90, 135]),
              intensityPercent: round(
                random.between(...(cutIntensity[cut - 1] as readonly [number, number])),
              ),
              count:
                bigSession && match.cuts > 0 ? Math.ceil(match.cuts * share) : random.int(12, 24),
            },
          ],
    contacts:
      contact === 0
        ? []
        : [
            {
              type: contactTypes[contact - 1] as SessionContactType,
              count:
                bigSession && match.contacts > 0
                  ? Math.ceil(match.contacts * share)
                  : random.int(6, 12),
            },
          ],
    longLeverLevel: ladder.longLever,
    rpe: round(random.between(6, 8)),
  }
}

/** The session of a timeline item on `ctx.date`. `load` is a gym reference load in kg. */
export function sessionFor(item: Item, ctx: SessionContext, load: number): ExposureSessionInput {
  const { random, profile } = ctx
  const track = profile.style === 'track'
  switch (item.kind) {
    case 'activation':
    case 'strength':
    case 'lengthened':
    case 'nordic':
      return {
        ...base(ctx, item),
        minutes: round(random.between(35, 55)),
        strength: gymWork(item, load),
        rpe: item.kind === 'activation' ? 2 : round(random.between(4, 6)),
      }
    case 'walk-run':
      return {
        ...field(ctx, item),
        minutes: 30,
        chaosLevel: 1,
        running: run({
          totalDistanceMetres: round(random.between(1900, 2300)),
          hsrMetres: 0,
          sprintMetres: 0,
          sprintCount: 0,
          peakVelocityMps: round(ctx.vmaxMps * random.between(0.38, 0.42), 2),
          continuousRunMinutes: 2,
        }),
        rpe: 3,
      }
    case 'jog': {
      const speed = random.between(2.8, 3.2)
      return {
        ...field(ctx, item),
        minutes: item.level + 15,
        chaosLevel: 1,
        running: run({
          totalDistanceMetres: round(item.level * 60 * speed + 400),
          hsrMetres: 0,
          sprintMetres: 0,
          sprintCount: 0,
          peakVelocityMps: round(ctx.vmaxMps * random.between(0.42, 0.48), 2),
          effortsAt90PercentVmax: 0,
          effortsAt95PercentVmax: 0,
          continuousRunMinutes: item.level,
        }),
        rpe: round(random.between(3, 4)),
      }
    }
    case 'strides': {
      const reps = track ? 5 : 6
      const repMetres = track ? 60 : 50
      return {
        ...field(ctx, item),
        minutes: round(random.between(45, 55)),
        chaosLevel: item.intro || item.closer ? 1 : 2,
        running: fastRunning(ctx, strideShare(random, item.level), reps, repMetres, {
          totalDistanceMetres: round(random.between(1400, 2000) + reps * repMetres * 2),
          continuousRunMinutes: 10,
        }),
        accelerationCount: round(ctx.match.accelerations * 0.3),
        decelerationCount: round(ctx.match.decelerations * 0.25),
        rpe: item.level >= 90 ? 7 : item.level >= 80 ? 6 : 5,
      }
    }
    case 'ladder':
      return sportSession(ctx, item, item.ladder, {
        share: random.between(0.6, 0.72),
        minutesShare: random.between(0.55, 0.7),
        peak: random.between(0.87, 0.93),
        // The session that brings in match HSR volume, or match acc/dec numbers, goes there.
        ...(item.step === 'hsr-volume' ? { hsr: random.between(0.93, 0.97) } : {}),
        ...(item.step === 'acc-dec' ? { acc: random.between(0.93, 0.98) } : {}),
      })
    case 'match-sim':
      return sportSession(ctx, item, item.ladder, {
        share: random.between(0.94, 1.0),
        minutesShare: random.between(0.93, 0.98),
        peak: random.between(0.958, 0.98),
      })
    case 'team': {
      // `level` > 0 sets the volume as % of a match (club training before an injury).
      const planned = item.level > 0 ? (item.level / 100) * random.between(0.88, 1.12) : null
      return sportSession(ctx, item, item.ladder, {
        share: planned ?? (item.closer ? random.between(0.94, 1.02) : random.between(0.75, 0.9)),
        minutesShare: planned === null ? random.between(0.8, 0.95) : Math.min(1, planned + 0.25),
        peak: item.closer ? random.between(0.958, 0.98) : random.between(0.9, 0.965),
      })
    }
    case 'match': {
      const planned = item.level > 0 ? (item.level / 100) * random.between(0.95, 1.05) : null
      return {
        ...sportSession(ctx, item, item.ladder, {
          share: planned ?? random.between(0.95, 1.05),
          minutesShare: planned ?? random.between(0.8, 1.0),
          peak: random.between(0.96, 0.99),
        }),
        type: 'match',
        rpe: round(random.between(8, 9)),
      }
    }
  }
}
