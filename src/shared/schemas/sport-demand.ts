import { z } from 'zod'
import { athleteLevels } from './classification'
import { optionalTextField, textField } from './common'
import { choice, count, measure, storedColumns } from './fields'

/**
 * What the athlete's sport asks of them (domain.md §2, §4, §6). Built from a template, then
 * edited per athlete. Every per-match number keeps its mean, SD, unit and source, and the
 * speed threshold it was measured above: values from different thresholds are not comparable.
 */

export const demandBases = ['per match', 'per minute'] as const
export type DemandBasis = (typeof demandBases)[number]

/** Units of per-match demand values; 'per minute' values are these units per minute played. */
export const demandUnits = ['m', 'count', 'min'] as const
export type DemandUnit = (typeof demandUnits)[number]

const sourceField = textField('Source', 1, 200)

/** A speed or acceleration threshold with its source (km/h for speeds, m/s² for acc/dec). */
export const thresholdValueSchema = z.strictObject({
  value: measure('Threshold', 0, 50),
  source: sourceField,
})
export type ThresholdValue = z.output<typeof thresholdValueSchema>

/**
 * One demand number. `mean: null` means "enter from club data": the evidence gives no number
 * and the template does not invent one; `note` says why and what the literature reports.
 */
export const demandValueSchema = z
  .strictObject({
    mean: measure('Demand', 0, 50_000).nullable(),
    sd: measure('Standard deviation', 0, 50_000).nullable(),
    unit: choice('Unit', demandUnits),
    basis: choice('Per match or per minute', demandBases),
    source: sourceField,
    /** Speed threshold the value was measured above, km/h (null where none applies). */
    thresholdKmh: measure('Speed threshold', 0, 45, 'km/h').nullable(),
    note: optionalTextField('Note', 300),
  })
  .superRefine((value, ctx) => {
    if (value.mean === null && value.sd !== null) {
      ctx.addIssue({ code: 'custom', path: ['sd'], message: 'Enter the mean before the SD' })
    }
    if (value.basis === 'per minute' && value.unit === 'min') {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: 'Minutes played are always per match',
      })
    }
  })
export type DemandValue = z.output<typeof demandValueSchema>

/** An ordinal demand (cutting, contact, chaos, long-lever) with its source. */
function ordinalDemand(label: string, min: number, max: number) {
  return z.strictObject({ level: count(label, min, max), source: sourceField })
}

/** The dimensions of the gap analysis (domain.md §4). */
export const demandDimensions = [
  'maxVelocity',
  'hsr',
  'sprintDistance',
  'sprintCount',
  'accelerations',
  'decelerations',
  'cutting',
  'contact',
  'chaos',
  'longLever',
  'minutes',
  'totalDistance',
] as const
export type DemandDimension = (typeof demandDimensions)[number]
export const demandDimensionLabels: Record<DemandDimension, string> = {
  maxVelocity: 'Max velocity',
  hsr: 'High-speed running',
  sprintDistance: 'Sprint distance',
  sprintCount: 'Sprints',
  accelerations: 'Accelerations',
  decelerations: 'Decelerations',
  cutting: 'Cutting',
  contact: 'Contact',
  chaos: 'Chaos (game-like)',
  longLever: 'Kicking / long-lever',
  minutes: 'Minutes',
  totalDistance: 'Total distance',
}

/** What the athlete says about a demand: afraid of it, or never tried it since the injury. */
export const demandFlagSchema = z.strictObject({ feared: z.boolean(), untested: z.boolean() })
export type DemandFlag = z.output<typeof demandFlagSchema>

export const demandBasisKinds = ['own pre-injury data', 'template', 'club data'] as const

export const sportDemandFieldsShape = {
  sport: textField('Sport', 1, 60),
  position: optionalTextField('Position', 60),
  level: choice('Level', athleteLevels),
  /** Where the numbers come from: the athlete's own matches beat a template (domain.md §4). */
  basis: choice('Basis of the demand', demandBasisKinds),
  /** Template this profile started from (template id / position id), if any. */
  templateId: optionalTextField('Template', 80),
  citation: textField('Citation', 1, 300),
  thresholds: z.strictObject({
    /** High-speed running threshold, km/h. */
    hsrKmh: thresholdValueSchema.nullable(),
    /** Sprint threshold, km/h. */
    sprintKmh: thresholdValueSchema.nullable(),
    /** Acceleration threshold, m/s². */
    accelerationMps2: thresholdValueSchema.nullable(),
    /** Deceleration threshold, m/s² (magnitude). */
    decelerationMps2: thresholdValueSchema.nullable(),
  }),
  perMatch: z.strictObject({
    minutes: demandValueSchema,
    totalDistanceMetres: demandValueSchema,
    hsrMetres: demandValueSchema,
    sprintMetres: demandValueSchema,
    sprintCount: demandValueSchema,
    accelerationCount: demandValueSchema,
    decelerationCount: demandValueSchema,
    codCount: demandValueSchema,
    contactCount: demandValueSchema,
  }),
  /** Contacts by type (tackles, carries, rucks…), for reading; the gap uses `contactCount`. */
  contactsByType: z
    .array(z.strictObject({ type: textField('Contact type', 1, 40), value: demandValueSchema }))
    .max(12, 'At most 12 contact types'),
  /** Speed the sport asks for, as % of the athlete's own max velocity (default 100). */
  vmaxPercentRequired: z.strictObject({
    value: measure('Max velocity required', 0, 100, '%'),
    source: sourceField,
  }),
  ordinal: z.strictObject({
    cutting: ordinalDemand('Cutting level', 0, 4),
    contact: ordinalDemand('Contact level', 0, 3),
    chaos: ordinalDemand('Chaos level', 1, 5),
    longLever: ordinalDemand('Kicking / long-lever level', 0, 3),
  }),
  /** Matches (or for sprinters, planned max-velocity sessions) per week; null = enter it. */
  matchesPerWeek: z.strictObject({
    value: measure('Matches per week', 0, 7).nullable(),
    source: sourceField,
  }),
  flags: z.partialRecord(choice('Demand', demandDimensions), demandFlagSchema),
  notes: optionalTextField('Notes', 1000),
}

/** What the sport-demand form sends. */
export const sportDemandProfileInputSchema = z.strictObject(sportDemandFieldsShape)
export type SportDemandProfileInput = z.input<typeof sportDemandProfileInputSchema>
/** The fields the engine reads. */
export type SportDemandFacts = z.output<typeof sportDemandProfileInputSchema>

/** A sport-demand profile as stored (one active profile per athlete). */
export const sportDemandProfileSchema = z.object({ ...storedColumns, ...sportDemandFieldsShape })
export type SportDemandProfile = z.output<typeof sportDemandProfileSchema>
