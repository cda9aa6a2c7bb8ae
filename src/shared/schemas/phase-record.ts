import { z } from 'zod'
import { calendarDaySchema, idSchema, optionalTextField, textField } from './common'
import { choice, storedColumns } from './fields'
import { phaseIds, phaseIndex } from './scales'

/**
 * Phase decisions and the human inputs to criteria (domain.md §2 Phase / Milestone, G10):
 * phase records (who moved the athlete to which phase, when and why), clinician overrides of
 * a criterion (named, with a reason, never silent) and coach or clinician observations for
 * criteria that are judged by eye (limp, stride rhythm).
 */

/** Every criterion the engine evaluates, standard and proximal-avulsion pathways. */
export const criterionIds = [
  'P0.noLimp',
  'P0.painSettling',
  'P0.activationTolerated',
  'AV0.walkingPainFree',
  'AV0.surgeonAgreesLoading',
  'P1.recoveredNextDay',
  'P1.slhbHold',
  'P1.isometricSymmetry80',
  'P1.isometricPainFree',
  'P2.hopPainFree',
  'P2.jogPainFree',
  'P2.flexibilitySymmetry',
  'P2.akePainFree',
  'P3.vmaxRepeated',
  'P3.hTestSecure',
  'P3.nordicSymmetry90',
  'P3.isometricSymmetry90',
  'P3.slhbReps',
  'P4.demandCoverage',
  'P4.chaosLevel',
  'P4.matchContact',
  'P4.strideQuality',
  'P4.teamTrainingSignOff',
  'P5.noPalpationPain',
  'P5.painFreeTests',
  'P5.painFreeFunctional',
  'P5.similarFlexibility',
  'P5.fieldTests',
  'P5.maximalSprint',
  'P5.teamSessions',
  'P5.runningTargets',
  'P5.psychologicalReadiness',
  'P5.returnToSportSignOff',
  'P6.weeklyMaxVelocity',
  'P6.strengthMaintained',
] as const
export type CriterionId = (typeof criterionIds)[number]

/** Criteria judged by watching the athlete; they are fed by observations. */
export const observedCriterionIds = [
  'P0.noLimp',
  'AV0.walkingPainFree',
  'P4.strideQuality',
] as const satisfies readonly CriterionId[]

export const clinicianRoles = [
  'physiotherapist',
  'sports physician',
  'surgeon',
  'team doctor',
  'athletic trainer',
] as const
export type ClinicianRole = (typeof clinicianRoles)[number]

export const staffRoles = [
  'head coach',
  'assistant coach',
  'strength and conditioning coach',
  'sport scientist',
  ...clinicianRoles,
] as const
export type StaffRole = (typeof staffRoles)[number]

export function isClinicianRole(role: string): role is ClinicianRole {
  return (clinicianRoles as readonly string[]).includes(role)
}

export const criterionStatuses = ['met', 'not met', 'not assessed', 'not required'] as const
export type CriterionStatus = (typeof criterionStatuses)[number]

/** One row of the criteria table as it stood when a phase decision was taken. */
export const criterionSnapshotSchema = z.strictObject({
  criterionId: choice('Criterion', criterionIds),
  threshold: textField('Threshold', 1, 200),
  source: textField('Source', 1, 200),
  status: choice('Status', criterionStatuses),
  evidence: optionalTextField('Evidence', 300),
  overriddenBy: optionalTextField('Overridden by', 120),
  reason: optionalTextField('Reason', 500),
})

export const phaseRecordFieldsShape = {
  injuryId: idSchema,
  phase: choice('Phase', phaseIds),
  entryDate: calendarDaySchema,
  decidedBy: textField('Decided by', 1, 120),
  decidedByRole: choice('Role', staffRoles),
  reason: optionalTextField('Reason', 1000),
  /** StARRT (Shrier 2015) notes for this decision: tissue health, stresses, risk tolerance. */
  starrt: z
    .strictObject({
      tissueHealth: optionalTextField('Tissue health', 500),
      tissueStresses: optionalTextField('Tissue stresses', 500),
      riskTolerance: optionalTextField('Risk tolerance', 500),
    })
    .nullable(),
  criteriaSnapshot: z.array(criterionSnapshotSchema).max(60),
}

function checkDecisionAuthority(
  value: { phase: (typeof phaseIds)[number]; decidedByRole: string },
  ctx: z.RefinementCtx,
): void {
  // G10: return to training (P5) and return to sport (P6) are signed off by a named clinician.
  if (phaseIndex(value.phase) >= phaseIndex('P5') && !isClinicianRole(value.decidedByRole)) {
    ctx.addIssue({
      code: 'custom',
      path: ['decidedByRole'],
      message: 'Moving to return to training or sport needs a named clinician',
    })
  }
}

export const phaseRecordInputSchema = z
  .strictObject(phaseRecordFieldsShape)
  .superRefine(checkDecisionAuthority)
export type PhaseRecordInput = z.input<typeof phaseRecordInputSchema>
export type PhaseRecordFacts = z.output<typeof phaseRecordInputSchema>

export const phaseRecordSchema = z
  .object({ ...storedColumns, ...phaseRecordFieldsShape })
  .superRefine(checkDecisionAuthority)
export type PhaseRecord = z.output<typeof phaseRecordSchema>

/**
 * A clinician's override of one criterion. It wins over the computed status and is always
 * shown with its author and reason. It can never lift a surgeon's restriction (G9).
 */
export const criterionOverrideFieldsShape = {
  injuryId: idSchema,
  criterionId: choice('Criterion', criterionIds),
  date: calendarDaySchema,
  status: choice('Status', ['met', 'not met'] as const),
  clinicianName: textField('Clinician name', 2, 120),
  clinicianRole: choice('Clinician role', clinicianRoles),
  reason: textField('Reason', 5, 1000),
}
export const criterionOverrideInputSchema = z.strictObject(criterionOverrideFieldsShape)
export type CriterionOverrideInput = z.input<typeof criterionOverrideInputSchema>
export type CriterionOverrideFacts = z.output<typeof criterionOverrideInputSchema>
export const criterionOverrideSchema = z.object({
  ...storedColumns,
  ...criterionOverrideFieldsShape,
})
export type CriterionOverride = z.output<typeof criterionOverrideSchema>

/** What a coach or clinician saw, for criteria judged by eye. */
export const criterionObservationFieldsShape = {
  injuryId: idSchema,
  criterionId: choice('Criterion', observedCriterionIds),
  date: calendarDaySchema,
  met: z.boolean(),
  observedBy: textField('Observed by', 1, 120),
  note: optionalTextField('Note', 500),
}
export const criterionObservationInputSchema = z.strictObject(criterionObservationFieldsShape)
export type CriterionObservationInput = z.input<typeof criterionObservationInputSchema>
export type CriterionObservationFacts = z.output<typeof criterionObservationInputSchema>
export const criterionObservationSchema = z.object({
  ...storedColumns,
  ...criterionObservationFieldsShape,
})
export type CriterionObservation = z.output<typeof criterionObservationSchema>
