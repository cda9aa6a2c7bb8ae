import { z } from 'zod'
import { localDay } from '../dates'
import { calendarDaySchema, idSchema, instantSchema, optionalTextField, textField } from './common'

export const dominantLegs = ['left', 'right', 'both'] as const
export type DominantLeg = (typeof dominantLegs)[number]

export const dominantLegLabels: Record<DominantLeg, string> = {
  left: 'Left',
  right: 'Right',
  both: 'Both (two-footed)',
}

/** Where the athlete stands for selection today, set by staff (a change is audited). */
export const availabilities = ['available', 'modified', 'rehab', 'unavailable'] as const
export type Availability = (typeof availabilities)[number]

export const availabilityLabels: Record<Availability, string> = {
  available: 'Available',
  modified: 'Modified training',
  rehab: 'Rehab',
  unavailable: 'Unavailable',
}

const EARLIEST_BIRTH_DAY = '1920-01-01'

/**
 * Date of birth is optional (age is a re-injury risk factor, but some clubs hold it elsewhere).
 * An empty field means "not recorded". A date in the future is always a typing error.
 */
export const dateOfBirthSchema = z
  .union([z.literal('').transform(() => null), z.null(), calendarDaySchema])
  .refine((day) => day === null || day >= EARLIEST_BIRTH_DAY, 'Check the year of birth')
  .refine(
    (day) => day === null || day <= localDay(new Date()),
    'Date of birth cannot be in the future',
  )

/** The fields a coach edits on the athlete form. */
export const athleteFieldsSchema = z.strictObject({
  name: textField('Name', 1, 120),
  position: optionalTextField('Position', 60),
  dateOfBirth: dateOfBirthSchema,
  dominantLeg: z.enum(dominantLegs, { message: 'Choose the dominant leg' }),
})
export type AthleteFields = z.input<typeof athleteFieldsSchema>

export const athleteCreateSchema = athleteFieldsSchema.extend({ squadId: idSchema })
export type AthleteCreate = z.input<typeof athleteCreateSchema>

export const athleteUpdateSchema = athleteFieldsSchema.extend({ id: idSchema })
export type AthleteUpdate = z.input<typeof athleteUpdateSchema>

export const athleteArchiveSchema = z.strictObject({ id: idSchema, archived: z.boolean() })

export const athleteAvailabilitySchema = z.strictObject({
  id: idSchema,
  availability: z.enum(availabilities, { message: 'Choose the availability' }),
})

export const athleteListSchema = z.strictObject({
  squadId: idSchema,
  includeArchived: z.boolean().optional(),
})

/** An athlete as stored; `archivedAt` is set when the athlete left the active roster. */
export const athleteSchema = z.object({
  id: idSchema,
  squadId: idSchema,
  name: z.string(),
  position: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  dominantLeg: z.enum(dominantLegs),
  availability: z.enum(availabilities),
  archivedAt: instantSchema.nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
})
export type Athlete = z.infer<typeof athleteSchema>
