import { z } from 'zod'
import { assessmentSchema } from './assessment'
import { athleteProfileSchema } from './athlete-profile'
import { exposureSessionSchema } from './exposure-session'
import { injuryRecordSchema } from './injury-record'
import {
  criterionObservationSchema,
  criterionOverrideSchema,
  phaseRecordSchema,
} from './phase-record'
import { responseCheckSchema } from './response-check'
import { sportDemandProfileSchema } from './sport-demand'

/**
 * One athlete's open injury episode with every record the engine reads, as main sends it to the
 * renderer; the renderer runs the same domain functions on it that the reports use.
 */
export const storedAthleteCaseSchema = z.object({
  today: z.string(),
  dateOfBirth: z.string().nullable(),
  profile: athleteProfileSchema.nullable(),
  injury: injuryRecordSchema,
  demand: sportDemandProfileSchema.nullable(),
  sessions: z.array(exposureSessionSchema),
  responseChecks: z.array(responseCheckSchema),
  assessments: z.array(assessmentSchema),
  phaseRecords: z.array(phaseRecordSchema),
  overrides: z.array(criterionOverrideSchema),
  observations: z.array(criterionObservationSchema),
})
export type StoredAthleteCaseData = z.infer<typeof storedAthleteCaseSchema>
