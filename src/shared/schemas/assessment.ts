import { z } from 'zod'
import { calendarDaySchema, optionalTextField } from './common'
import { choice, measure, storedColumns, zeroToTen } from './fields'

/**
 * A clinical or field test (domain.md §2 Assessment). Per-leg tests store both legs; the
 * limb symmetry index (injured ÷ uninjured × 100) and the % of pre-injury baseline are
 * computed by `assessmentIndices` from the injury side and the baselines, never typed in.
 */

export const assessmentTypes = [
  'AKE',
  'PSLR',
  'ISO_90_90',
  'IPCT_90_20',
  'NordBord',
  'SLHB',
  'Askling_H',
  'Vmax',
  '10m',
  'hop',
  'palpation',
] as const
export type AssessmentType = (typeof assessmentTypes)[number]

export const assessmentTypeLabels: Record<AssessmentType, string> = {
  AKE: 'Active knee extension',
  PSLR: 'Passive straight-leg raise',
  ISO_90_90: 'Isometric knee-flexor strength, 90/90',
  IPCT_90_20: 'Isometric knee-flexor strength, 90:20 (IPCT)',
  NordBord: 'Nordic strength (NordBord)',
  SLHB: 'Single-leg hamstring bridge',
  Askling_H: 'Askling H-test',
  Vmax: 'Max velocity',
  '10m': '10 m sprint',
  hop: 'Single-leg hops',
  palpation: 'Palpation',
}

export const assessmentUnits = ['deg', 'N', 'reps', 's', 'deg/s', 'm/s', 'cm'] as const
export type AssessmentUnit = (typeof assessmentUnits)[number]

interface UnitRule {
  unit: AssessmentUnit
  min: number
  max: number
}

/**
 * Allowed units per test and their plausible ranges. `perLeg` tests store left and right;
 * the others store one `value` (for palpation: the painful length on the injured leg, 0 = none).
 */
export const assessmentRules: Record<AssessmentType, { perLeg: boolean; units: UnitRule[] }> = {
  AKE: { perLeg: true, units: [{ unit: 'deg', min: 0, max: 180 }] },
  PSLR: { perLeg: true, units: [{ unit: 'deg', min: 0, max: 180 }] },
  ISO_90_90: { perLeg: true, units: [{ unit: 'N', min: 0, max: 1500 }] },
  IPCT_90_20: { perLeg: true, units: [{ unit: 'N', min: 0, max: 1500 }] },
  NordBord: { perLeg: true, units: [{ unit: 'N', min: 0, max: 1500 }] },
  SLHB: {
    perLeg: true,
    units: [
      { unit: 'reps', min: 0, max: 200 },
      { unit: 's', min: 0, max: 600 },
    ],
  },
  Askling_H: { perLeg: true, units: [{ unit: 'deg/s', min: 0, max: 2000 }] },
  Vmax: { perLeg: false, units: [{ unit: 'm/s', min: 0, max: 13 }] },
  '10m': { perLeg: false, units: [{ unit: 's', min: 1, max: 5 }] },
  hop: {
    perLeg: true,
    units: [
      { unit: 's', min: 0, max: 600 },
      { unit: 'cm', min: 0, max: 400 },
    ],
  },
  palpation: { perLeg: false, units: [{ unit: 'cm', min: 0, max: 40 }] },
}

const reading = measure('Result', 0, 2000).nullable()

export const assessmentFieldsShape = {
  date: calendarDaySchema,
  type: choice('Test', assessmentTypes),
  unit: choice('Unit', assessmentUnits),
  left: reading,
  right: reading,
  value: reading,
  painDuring: zeroToTen('Pain during the test').nullable(),
  /** Askling H-test: did the athlete feel insecure on the injured leg? */
  insecurity: z.boolean().nullable(),
  device: optionalTextField('Device', 60),
  tester: optionalTextField('Tester', 80),
  notes: optionalTextField('Notes', 500),
}

type AssessmentFields = {
  type: AssessmentType
  unit: AssessmentUnit
  left: number | null
  right: number | null
  value: number | null
  insecurity: boolean | null
}

function checkAssessment(value: AssessmentFields, ctx: z.RefinementCtx): void {
  const rules = assessmentRules[value.type]
  const rule = rules.units.find((candidate) => candidate.unit === value.unit)
  if (rule === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: `Use ${rules.units.map((u) => u.unit).join(' or ')} for this test`,
    })
    return
  }
  const keys = rules.perLeg ? (['left', 'right'] as const) : (['value'] as const)
  const unused = rules.perLeg ? (['value'] as const) : (['left', 'right'] as const)
  for (const key of unused) {
    if (value[key] !== null) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: rules.perLeg ? 'Enter a result for each leg instead' : 'Enter one result only',
      })
    }
  }
  const present = keys.filter((key) => value[key] !== null)
  if (present.length === 0 && value.type !== 'Askling_H') {
    ctx.addIssue({
      code: 'custom',
      path: [keys[0]],
      message: rules.perLeg ? 'Enter the result of at least one leg' : 'Enter the result',
    })
  }
  for (const key of present) {
    const reading = value[key] as number
    if (reading < rule.min || reading > rule.max) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Result must be between ${rule.min} and ${rule.max} ${rule.unit}`,
      })
    }
  }
  if (value.type === 'Askling_H' && value.insecurity === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['insecurity'],
      message: 'Say whether the athlete felt insecure',
    })
  }
  if (value.type !== 'Askling_H' && value.insecurity !== null) {
    ctx.addIssue({
      code: 'custom',
      path: ['insecurity'],
      message: 'Insecurity is only recorded for the H-test',
    })
  }
}

export const assessmentInputSchema = z
  .strictObject(assessmentFieldsShape)
  .superRefine(checkAssessment)
export type AssessmentInput = z.input<typeof assessmentInputSchema>
export type AssessmentFacts = z.output<typeof assessmentInputSchema>

export const assessmentSchema = z
  .object({ ...storedColumns, ...assessmentFieldsShape })
  .superRefine(checkAssessment)
export type Assessment = z.output<typeof assessmentSchema>

/** An assessment with its computed indices, as the UI and the PDF show it. */
export const assessmentViewSchema = z.object({
  ...storedColumns,
  ...assessmentFieldsShape,
  /** Injured ÷ uninjured × 100, % (null when a leg is missing or the test is not per leg). */
  lsiPercent: z.number().nullable(),
  /** Current ÷ pre-injury baseline × 100, % (for times: baseline ÷ current × 100). */
  percentOfBaseline: z.number().nullable(),
})
export type AssessmentView = z.output<typeof assessmentViewSchema>
