import { z } from 'zod'
import { athleteLevels, sexes } from './classification'
import { calendarDaySchema, idSchema, optionalTextField, textField } from './common'
import { choice, measure, optionalMeasure, storedColumns } from './fields'
import { sides } from './scales'

/**
 * The rehab profile of an athlete: what the roster does not hold (sex, sport, level, mass),
 * dated pre-injury baselines and the injury history behind the risk panel (domain.md §2, §7).
 */

const baselineSource = textField('Baseline source', 1, 120)

/** One dated, sourced pre-injury value (e.g. max velocity from the GPS of a match). */
function singleBaseline(label: string, min: number, max: number, unit: string) {
  return z.strictObject({
    value: measure(label, min, max, unit),
    date: calendarDaySchema,
    source: baselineSource,
  })
}

/** A dated, sourced pre-injury value for each leg. */
function perLegBaseline(label: string, min: number, max: number, unit: string) {
  return z.strictObject({
    left: measure(`${label}, left`, min, max, unit),
    right: measure(`${label}, right`, min, max, unit),
    date: calendarDaySchema,
    source: baselineSource,
  })
}

export const isometricProtocols = ['90/90', '90:20 IPCT', 'other'] as const
export type IsometricProtocol = (typeof isometricProtocols)[number]

/** Pre-injury baselines; each is optional because many athletes were never tested. */
export const baselinesSchema = z.strictObject({
  /** Max velocity in m/s. */
  vmaxMps: singleBaseline('Pre-injury max velocity', 3, 13, 'm/s').nullable(),
  /** 10 m sprint time in seconds. */
  tenMetreSeconds: singleBaseline('Pre-injury 10 m time', 1, 4, 's').nullable(),
  /** Nordic peak force per leg in newtons. */
  nordicPeakForceN: perLegBaseline('Pre-injury Nordic peak force', 0, 1500, 'N').nullable(),
  /** Isometric knee-flexor force per leg in newtons, with the test position. */
  isometricKneeFlexorForceN: perLegBaseline('Pre-injury isometric force', 0, 1500, 'N')
    .extend({ protocol: choice('Isometric test position', isometricProtocols) })
    .nullable(),
  /** Single-leg hamstring bridge repetitions per leg. */
  slhbReps: perLegBaseline('Pre-injury single-leg bridge', 0, 200, 'reps').nullable(),
  /** Active knee extension, degrees of extension reached (bigger = more range). */
  akeDeg: perLegBaseline('Pre-injury active knee extension', 0, 180, 'degrees').nullable(),
  /** Passive straight-leg raise, degrees of hip flexion. */
  pslrDeg: perLegBaseline('Pre-injury straight-leg raise', 0, 180, 'degrees').nullable(),
})
export type Baselines = z.output<typeof baselinesSchema>

export const emptyBaselines: Baselines = {
  vmaxMps: null,
  tenMetreSeconds: null,
  nordicPeakForceN: null,
  isometricKneeFlexorForceN: null,
  slhbReps: null,
  akeDeg: null,
  pslrDeg: null,
}

export const previousInjuryTypes = ['hamstring', 'ACL', 'calf', 'other'] as const
export type PreviousInjuryType = (typeof previousInjuryTypes)[number]

/** One earlier injury, as the athlete or the medical notes report it. */
export const previousInjurySchema = z.strictObject({
  date: calendarDaySchema,
  side: choice('Side', [...sides, 'both'] as const),
  type: choice('Injury type', previousInjuryTypes),
  grade: optionalTextField('Grade', 20),
})
export type PreviousInjury = z.output<typeof previousInjurySchema>

/**
 * Risk flags a coach ticks when the dates are unknown; dated history entries raise the same
 * flags automatically (see `riskFactors`).
 */
export const historyFlagsSchema = z.strictObject({
  priorHamstringInjury: z.boolean(),
  hamstringInjuryLast12Months: z.boolean(),
  priorAclInjury: z.boolean(),
  priorCalfStrain: z.boolean(),
})
export type HistoryFlags = z.output<typeof historyFlagsSchema>

export const athleteProfileFieldsShape = {
  sex: choice('Sex', sexes),
  sport: textField('Sport', 1, 60),
  level: choice('Level', athleteLevels),
  /** Body mass in kilograms. */
  massKg: optionalMeasure('Body mass', 25, 200, 'kg'),
  baselines: baselinesSchema,
  history: z.array(previousInjurySchema).max(50, 'At most 50 earlier injuries can be listed'),
  flags: historyFlagsSchema,
}

/** What the athlete-profile form sends. */
export const athleteProfileInputSchema = z.strictObject(athleteProfileFieldsShape)
export type AthleteProfileInput = z.input<typeof athleteProfileInputSchema>

/** An athlete profile as stored (one per athlete). */
export const athleteProfileSchema = z.object({ ...storedColumns, ...athleteProfileFieldsShape })
export type AthleteProfile = z.output<typeof athleteProfileSchema>

/** Athlete fields the engine needs from the roster row (owned by the roster schema). */
export const rosterFactsSchema = z.strictObject({
  athleteId: idSchema.optional(),
  dateOfBirth: calendarDaySchema.nullable(),
})
export type RosterFacts = z.output<typeof rosterFactsSchema>
