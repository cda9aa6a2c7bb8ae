import { z } from 'zod'
import { availabilities, dominantLegs } from './athlete'
import { phaseIds, sides, trafficLights } from './scales'

const gapLight = z.enum(['green', 'amber', 'red', 'not required', 'not set'])

/**
 * One row of the squad board: the roster facts plus what the engine says about the athlete's
 * open injury, computed in main from the same functions the athlete page uses.
 */
export const boardRowSchema = z.object({
  athleteId: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  dominantLeg: z.enum(dominantLegs),
  availability: z.enum(availabilities),
  archived: z.boolean(),
  injury: z
    .object({
      id: z.string(),
      side: z.enum(sides),
      muscle: z.string(),
      grade: z.string().nullable(),
      injuryDate: z.string(),
      daysSinceInjury: z.int(),
    })
    .nullable(),
  phase: z
    .object({
      id: z.enum(phaseIds),
      name: z.string(),
      daysInPhase: z.int(),
      status: z.string(),
      statusText: z.string(),
      locked: z.boolean(),
    })
    .nullable(),
  /** The latest next-morning light and its day. */
  response: z.object({ light: z.enum(trafficLights), date: z.string() }).nullable(),
  /** Compact gap summary: sprint (max velocity and sprint distance), cutting, contact. */
  gap: z
    .object({
      hasDemand: z.boolean(),
      sprint: gapLight,
      cutting: gapLight,
      contact: gapLight,
    })
    .nullable(),
  /** What stands between the athlete and the next phase, in a few words. */
  nextGate: z.object({ phase: z.enum(phaseIds).nullable(), text: z.string() }).nullable(),
  /** First day past the grade-typical window, for the availability report. */
  expectedFrom: z.string().nullable(),
})
export type BoardRow = z.infer<typeof boardRowSchema>
