import { z } from 'zod'
import { daysBetween } from '../dates'
import {
  avulsionChronicities,
  avulsionExtents,
  bamicGrades,
  hamstringMuscles,
  injuryActivities,
  injuryLocations,
  managements,
  mechanisms,
  munichGrades,
} from './classification'
import { calendarDaySchema, idSchema, optionalTextField, textField } from './common'
import { choice, count, optionalMeasure, storedColumns, zeroToTen } from './fields'
import { phaseIds, sides, stressors } from './scales'

/**
 * An injury episode (domain.md §1–§2): classification, avulsion details, management and the
 * surgeon's restrictions that lock progression until their date (G9).
 */

/** Acute repair means within four weeks of the injury (domain.md §1). */
export const ACUTE_AVULSION_MAX_DAYS = 28

/** Phases a restriction can lock: every phase but P0, where every athlete starts. */
export const lockablePhases = phaseIds.slice(1) as ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']

/** Proximal avulsion details (domain.md §1). */
export const avulsionSchema = z.strictObject({
  /** Tendons torn off the bone: 0–3 (SM, ST/BF conjoint). */
  tendonsInvolved: count('Tendons involved', 0, 3),
  extent: choice('Complete or partial', avulsionExtents),
  /** Retraction of the tendon stump in centimetres. */
  retractionCm: optionalMeasure('Retraction', 0, 30, 'cm'),
  bonyAvulsion: z.boolean(),
  chronicity: choice('Acute or chronic', avulsionChronicities),
  sciaticNerveInvolved: z.boolean(),
})
export type Avulsion = z.output<typeof avulsionSchema>

/**
 * A surgeon's restriction. Until its date (the lock lifts on that day) the athlete cannot
 * enter `gate` or any later phase, and the listed stressors are ruled out. Coaches cannot
 * override it; only an edit of the restriction itself changes it.
 */
export const surgeonRestrictionSchema = z
  .strictObject({
    restriction: textField('Restriction', 1, 200),
    until: calendarDaySchema,
    /** First phase the athlete may not enter while the restriction holds (null: no phase lock). */
    gate: choice('Locked phase', lockablePhases).nullable(),
    stressors: z
      .array(choice('Restricted load', stressors))
      .max(stressors.length, 'Each kind of load can be listed once'),
  })
  .superRefine((value, ctx) => {
    if (value.gate === null && value.stressors.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['gate'],
        message: 'Say which phase or which kind of load the restriction rules out',
      })
    }
    if (new Set(value.stressors).size !== value.stressors.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['stressors'],
        message: 'Each kind of load can be listed once',
      })
    }
  })
export type SurgeonRestriction = z.output<typeof surgeonRestrictionSchema>

export const injuryFieldsShape = {
  injuryDate: calendarDaySchema,
  side: choice('Side', sides),
  mechanism: choice('Mechanism', mechanisms),
  activity: choice('Activity', injuryActivities),
  muscle: choice('Muscle', hamstringMuscles),
  location: choice('Location', injuryLocations),
  /** Free tendon involved (null: not reported). */
  freeTendon: z.boolean().nullable(),
  bamicGrade: choice('BAMIC grade', bamicGrades).nullable(),
  munichGrade: choice('Munich grade', munichGrades).nullable(),
  avulsion: avulsionSchema.nullable(),
  mriDate: calendarDaySchema.nullable(),
  /** Length of tissue painful on palpation at the first examination, in centimetres. */
  palpationPainLengthCm: optionalMeasure('Length painful on palpation', 0, 40, 'cm'),
  /** Active knee extension deficit against the other leg at the first examination, degrees. */
  akeDeficitDeg: optionalMeasure('Active knee extension deficit', 0, 90, 'degrees'),
  /** Pain on isometric contraction at the first examination, 0–10. */
  isometricPain: zeroToTen('Pain on isometric contraction').nullable(),
  management: choice('Management', managements),
  surgeryDate: calendarDaySchema.nullable(),
  dischargeDate: calendarDaySchema.nullable(),
  surgeonRestrictions: z
    .array(surgeonRestrictionSchema)
    .max(20, 'At most 20 restrictions can be listed'),
  /** The earlier episode this one is a recurrence of. */
  recurrenceOf: idSchema.nullable(),
  notes: optionalTextField('Notes', 1000),
}

type InjuryFields = {
  injuryDate: string
  management: 'conservative' | 'surgical'
  surgeryDate: string | null
  dischargeDate: string | null
  mriDate: string | null
  location: string
  avulsion: { chronicity: 'acute' | 'chronic' } | null
}

/** Cross-field rules of an injury episode, shared by the input and the stored shape. */
export function checkInjuryDates(value: InjuryFields, ctx: z.RefinementCtx): void {
  if (value.management === 'surgical' && value.surgeryDate === null) {
    ctx.addIssue({ code: 'custom', path: ['surgeryDate'], message: 'Enter the date of surgery' })
  }
  if (value.management === 'conservative' && value.surgeryDate !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['surgeryDate'],
      message: 'A surgery date needs the management set to surgical',
    })
  }
  for (const key of ['surgeryDate', 'dischargeDate', 'mriDate'] as const) {
    const day = value[key]
    if (day !== null && day < value.injuryDate) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'This date cannot be before the injury',
      })
    }
  }
  if (
    value.surgeryDate !== null &&
    value.dischargeDate !== null &&
    value.dischargeDate < value.surgeryDate
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['dischargeDate'],
      message: 'Discharge cannot be before the surgery',
    })
  }
  if (value.avulsion !== null && value.location !== 'proximal') {
    ctx.addIssue({
      code: 'custom',
      path: ['location'],
      message: 'An avulsion record needs the location set to proximal',
    })
  }
  if (value.avulsion !== null && value.surgeryDate !== null) {
    const lateRepair = daysBetween(value.injuryDate, value.surgeryDate) > ACUTE_AVULSION_MAX_DAYS
    if (lateRepair && value.avulsion.chronicity === 'acute') {
      ctx.addIssue({
        code: 'custom',
        path: ['avulsion', 'chronicity'],
        message: 'A repair more than 4 weeks after the injury counts as chronic',
      })
    }
  }
}

/** What the injury form sends. */
export const injuryEpisodeInputSchema = z
  .strictObject(injuryFieldsShape)
  .superRefine(checkInjuryDates)
export type InjuryEpisodeInput = z.input<typeof injuryEpisodeInputSchema>

/** An injury episode as stored. */
export const injuryEpisodeSchema = z
  .object({ ...storedColumns, ...injuryFieldsShape })
  .superRefine(checkInjuryDates)
export type InjuryEpisode = z.output<typeof injuryEpisodeSchema>
/** The fields of an episode the engine reads (stored rows satisfy it). */
export type InjuryFacts = z.output<typeof injuryEpisodeInputSchema>
