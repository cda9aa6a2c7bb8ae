import { z } from 'zod'
import { calendarDaySchema, optionalTextField, textField } from './common'
import {
  choice,
  count,
  measure,
  optionalCount,
  optionalMeasure,
  storedColumns,
  zeroToTen,
} from './fields'

/**
 * One training session, match or gym session and what it exposed the athlete to
 * (domain.md §2 ExposureSession). Blank (null) means "not measured", never zero.
 */

export const sessionTypes = ['gym', 'field', 'match'] as const
export type SessionType = (typeof sessionTypes)[number]

export const codTypes = ['pre-planned', 'reactive', 'opposed'] as const
export type CodType = (typeof codTypes)[number]

/** Contact types logged in a session; their ladder level is 1, 2, 3 (see `contactLevels`). */
export const sessionContactTypes = ['pads', 'controlled live', 'full'] as const
export type SessionContactType = (typeof sessionContactTypes)[number]

export const dataSources = ['GPS', 'LPS', 'estimate'] as const
export const dataQualities = ['good', 'questionable'] as const

/** Signs during speed work that call for stopping and dropping one step (G3). */
export const speedWarningSigns = [
  'sharp or grabbing sensation',
  'tightening as pace rises',
  'asymmetry',
  'protective stride',
] as const
export type SpeedWarningSign = (typeof speedWarningSigns)[number]

/** Running metrics of a session; thresholds are those of the athlete's demand profile. */
export const runningSchema = z
  .strictObject({
    /** Total distance in metres. */
    totalDistanceMetres: optionalMeasure('Total distance', 0, 30_000, 'm'),
    /** High-speed running in metres above the HSR threshold. */
    hsrMetres: optionalMeasure('High-speed running', 0, 10_000, 'm'),
    /** Sprint distance in metres above the sprint threshold. */
    sprintMetres: optionalMeasure('Sprint distance', 0, 5_000, 'm'),
    sprintCount: optionalCount('Sprints', 0, 300),
    /** Peak velocity in m/s. */
    peakVelocityMps: optionalMeasure('Peak velocity', 0, 13, 'm/s'),
    /** Efforts at or above 90 % of pre-injury max velocity. */
    effortsAt90PercentVmax: optionalCount('Efforts at 90 % of max speed', 0, 200),
    /** Efforts at or above 95 % of pre-injury max velocity. */
    effortsAt95PercentVmax: optionalCount('Efforts at 95 % of max speed', 0, 200),
    /** Longest continuous jog in minutes (walk-run and jog progressions, [S4]). */
    continuousRunMinutes: optionalMeasure('Continuous running', 0, 240, 'min'),
  })
  .superRefine((value, ctx) => {
    const at90 = value.effortsAt90PercentVmax
    const at95 = value.effortsAt95PercentVmax
    if (at90 !== null && at95 !== null && at95 > at90) {
      ctx.addIssue({
        code: 'custom',
        path: ['effortsAt95PercentVmax'],
        message: 'Efforts at 95 % are also efforts at 90 %: this number cannot be larger',
      })
    }
    const total = value.totalDistanceMetres
    for (const key of ['hsrMetres', 'sprintMetres'] as const) {
      const part = value[key]
      if (total !== null && part !== null && part > total) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Cannot be more than the total distance',
        })
      }
    }
  })
export type Running = z.output<typeof runningSchema>

export const codEntrySchema = z.strictObject({
  type: choice('Kind of cut', codTypes),
  /** Cutting angle in degrees. */
  angleDeg: optionalMeasure('Cutting angle', 0, 180, 'degrees'),
  /** Intensity as % of maximal effort. */
  intensityPercent: measure('Cutting intensity', 0, 100, '%'),
  count: count('Number of cuts', 1, 500),
})
export type CodEntry = z.output<typeof codEntrySchema>

export const contactEntrySchema = z.strictObject({
  type: choice('Kind of contact', sessionContactTypes),
  count: count('Number of contacts', 1, 300),
})
export type ContactEntry = z.output<typeof contactEntrySchema>

export const strengthEntrySchema = z.strictObject({
  exercise: textField('Exercise', 1, 80),
  sets: count('Sets', 1, 30),
  reps: count('Repetitions', 1, 200),
  /** External load in kilograms (null: body weight). */
  loadKg: optionalMeasure('Load', 0, 500, 'kg'),
  lengthened: z.boolean(),
  eccentric: z.boolean(),
})
export type StrengthEntry = z.output<typeof strengthEntrySchema>

export const exposureSessionFieldsShape = {
  date: calendarDaySchema,
  type: choice('Session type', sessionTypes),
  /** Duration in minutes. */
  minutes: measure('Duration', 0, 300, 'min'),
  /** Control–chaos continuum level 1–5 (null for gym work). */
  chaosLevel: optionalCount('Chaos level', 1, 5),
  running: runningSchema.nullable(),
  accelerationCount: optionalCount('Accelerations', 0, 1000),
  decelerationCount: optionalCount('Decelerations', 0, 1000),
  cod: z.array(codEntrySchema).max(20, 'At most 20 cutting entries per session'),
  contacts: z.array(contactEntrySchema).max(10, 'At most 10 contact entries per session'),
  /** Kicking / long-lever level reached, 0–3. */
  longLeverLevel: count('Kicking / long-lever level', 0, 3),
  strength: z.array(strengthEntrySchema).max(40, 'At most 40 exercises per session'),
  /** Session RPE on the CR-10 scale. */
  rpe: zeroToTen('Session effort (RPE)').nullable(),
  /** Worst pain during the session, 0–10 (G2). */
  painDuring: zeroToTen('Pain during the session').nullable(),
  warningSigns: z
    .array(choice('Warning sign', speedWarningSigns))
    .max(speedWarningSigns.length, 'Each warning sign can be ticked once'),
  dataSource: choice('Data source', dataSources).nullable(),
  device: optionalTextField('Device', 60),
  dataQuality: choice('Data quality', dataQualities),
  notes: optionalTextField('Notes', 1000),
}

function checkSession(
  value: { minutes: number; running: Running | null },
  ctx: z.RefinementCtx,
): void {
  const continuous = value.running?.continuousRunMinutes ?? null
  if (continuous !== null && continuous > value.minutes) {
    ctx.addIssue({
      code: 'custom',
      path: ['running', 'continuousRunMinutes'],
      message: 'Continuous running cannot be longer than the session',
    })
  }
}

/** What the session form (or the GPS import, row by row) sends. */
export const exposureSessionInputSchema = z
  .strictObject(exposureSessionFieldsShape)
  .superRefine(checkSession)
export type ExposureSessionInput = z.input<typeof exposureSessionInputSchema>
/** The fields the engine reads. */
export type ExposureSessionFacts = z.output<typeof exposureSessionInputSchema>

/** A session as stored. */
export const exposureSessionSchema = z
  .object({ ...storedColumns, ...exposureSessionFieldsShape })
  .superRefine(checkSession)
export type ExposureSession = z.output<typeof exposureSessionSchema>
