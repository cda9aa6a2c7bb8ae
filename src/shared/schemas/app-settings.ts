import { z } from 'zod'
import { optionalTextField } from './common'

export const pageSizes = ['A4', 'LETTER'] as const
export const speedUnits = ['km/h', 'm/s'] as const
export type SpeedUnit = (typeof speedUnits)[number]

/** Preferences of this installation: who uses it, for which club, how reports and units look. */
export const appSettingsSchema = z.strictObject({
  /** Shown as "prepared by" on reports and as the actor in the audit trail. */
  userName: optionalTextField('Your name', 120),
  clubName: optionalTextField('Club name', 120),
  pageSize: z.enum(pageSizes, { message: 'Choose A4 or Letter' }),
  speedUnit: z.enum(speedUnits, { message: 'Choose km/h or m/s' }),
})
export type AppSettingsInput = z.input<typeof appSettingsSchema>

/** Settings as stored and returned: empty names are null. */
export const storedAppSettingsSchema = z.object({
  userName: z.string().max(120).nullable(),
  clubName: z.string().max(120).nullable(),
  pageSize: z.enum(pageSizes),
  speedUnit: z.enum(speedUnits),
})
export type AppSettings = z.output<typeof storedAppSettingsSchema>

export const defaultAppSettings: AppSettings = {
  userName: null,
  clubName: null,
  pageSize: 'A4',
  speedUnit: 'km/h',
}

/** The name written in the audit trail when the user has not entered theirs. */
export const UNNAMED_USER = 'Unnamed user'
