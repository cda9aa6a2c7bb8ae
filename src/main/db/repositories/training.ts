import { assessmentSchema, type AssessmentFacts } from '@shared/schemas/assessment'
import { exposureSessionSchema, type ExposureSessionFacts } from '@shared/schemas/exposure-session'
import {
  criterionObservationSchema,
  criterionOverrideSchema,
  phaseRecordSchema,
  type CriterionObservationFacts,
  type CriterionOverrideFacts,
  type PhaseRecordFacts,
} from '@shared/schemas/phase-record'
import { responseCheckSchema, type ResponseCheckFacts } from '@shared/schemas/response-check'
import { weeklyCheckInSchema, type weeklyCheckInInputSchema } from '@shared/schemas/weekly-check-in'
import type { z } from 'zod'
import type { Clock } from '../../clock'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { createRecordTable, field } from './record-table'

export type WeeklyCheckInFacts = z.output<typeof weeklyCheckInInputSchema>

/**
 * The dated records of training and rehab: sessions, morning checks, tests, phase decisions,
 * clinician overrides, observations and weekly check-ins. One generic table mapping keeps the
 * audit and tombstone rules identical for all of them.
 */
export function createTrainingRepositories(
  db: Db,
  clock: Clock,
  audit: AuditLog,
  actor: () => string,
) {
  return {
    sessions: createRecordTable<ExposureSessionFacts, z.output<typeof exposureSessionSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'sessions',
        entity: 'session',
        label: 'The session',
        dayColumn: 'date',
        schema: exposureSessionSchema,
        stagedImports: true,
        fields: [
          field('date', 'date', 'text'),
          field('type', 'type', 'text'),
          field('minutes', 'minutes', 'real'),
          field('chaosLevel', 'chaos_level', 'int'),
          field('running', 'running', 'json'),
          field('accelerationCount', 'acceleration_count', 'int'),
          field('decelerationCount', 'deceleration_count', 'int'),
          field('cod', 'cod', 'json'),
          field('contacts', 'contacts', 'json'),
          field('longLeverLevel', 'long_lever_level', 'int'),
          field('strength', 'strength', 'json'),
          field('rpe', 'rpe', 'real'),
          field('painDuring', 'pain_during', 'real'),
          field('warningSigns', 'warning_signs', 'json'),
          field('dataSource', 'data_source', 'text'),
          field('device', 'device', 'text'),
          field('dataQuality', 'data_quality', 'text'),
          field('notes', 'notes', 'text'),
        ],
      },
    ),
    responseChecks: createRecordTable<ResponseCheckFacts, z.output<typeof responseCheckSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'response_checks',
        entity: 'response',
        label: 'The morning check',
        dayColumn: 'date',
        schema: responseCheckSchema,
        fields: [
          field('date', 'date', 'text'),
          field('respondsTo', 'responds_to', 'text'),
          field('painAtRest', 'pain_at_rest', 'real'),
          field('painOnTask', 'pain_on_task', 'real'),
          field('stiffness', 'stiffness', 'real'),
          field('akeDeg', 'ake_deg', 'real'),
          field('palpationPain', 'palpation_pain', 'bool'),
          field('apprehension', 'apprehension', 'real'),
          field('notes', 'notes', 'text'),
        ],
      },
    ),
    assessments: createRecordTable<AssessmentFacts, z.output<typeof assessmentSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'assessments',
        entity: 'assessment',
        label: 'The test',
        dayColumn: 'date',
        schema: assessmentSchema,
        fields: [
          field('date', 'date', 'text'),
          field('type', 'type', 'text'),
          field('unit', 'unit', 'text'),
          field('left', 'left_value', 'real'),
          field('right', 'right_value', 'real'),
          field('value', 'value', 'real'),
          field('painDuring', 'pain_during', 'real'),
          field('insecurity', 'insecurity', 'bool'),
          field('device', 'device', 'text'),
          field('tester', 'tester', 'text'),
          field('notes', 'notes', 'text'),
        ],
      },
    ),
    phaseRecords: createRecordTable<PhaseRecordFacts, z.output<typeof phaseRecordSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'phase_records',
        entity: 'phase',
        label: 'The phase decision',
        dayColumn: 'entry_date',
        schema: phaseRecordSchema,
        injuryScoped: true,
        fields: [
          field('phase', 'phase', 'text'),
          field('entryDate', 'entry_date', 'text'),
          field('decidedBy', 'decided_by', 'text'),
          field('decidedByRole', 'decided_by_role', 'text'),
          field('reason', 'reason', 'text'),
          field('starrt', 'starrt', 'json'),
          field('criteriaSnapshot', 'criteria_snapshot', 'json'),
        ],
      },
    ),
    overrides: createRecordTable<CriterionOverrideFacts, z.output<typeof criterionOverrideSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'criterion_overrides',
        entity: 'override',
        label: 'The override',
        dayColumn: 'date',
        schema: criterionOverrideSchema,
        injuryScoped: true,
        fields: [
          field('criterionId', 'criterion_id', 'text'),
          field('date', 'date', 'text'),
          field('status', 'status', 'text'),
          field('clinicianName', 'clinician_name', 'text'),
          field('clinicianRole', 'clinician_role', 'text'),
          field('reason', 'reason', 'text'),
        ],
      },
    ),
    observations: createRecordTable<
      CriterionObservationFacts,
      z.output<typeof criterionObservationSchema>
    >(db, clock, audit, actor, {
      table: 'criterion_observations',
      entity: 'observation',
      label: 'The observation',
      dayColumn: 'date',
      schema: criterionObservationSchema,
      injuryScoped: true,
      fields: [
        field('criterionId', 'criterion_id', 'text'),
        field('date', 'date', 'text'),
        field('met', 'met', 'bool'),
        field('observedBy', 'observed_by', 'text'),
        field('note', 'note', 'text'),
      ],
    }),
    checkIns: createRecordTable<WeeklyCheckInFacts, z.output<typeof weeklyCheckInSchema>>(
      db,
      clock,
      audit,
      actor,
      {
        table: 'weekly_check_ins',
        entity: 'checkin',
        label: 'The check-in',
        dayColumn: 'week_start',
        schema: weeklyCheckInSchema,
        fields: [
          field('injuryId', 'injury_id', 'text'),
          field('weekStart', 'week_start', 'text'),
          field('loadsSummary', 'loads_summary', 'text'),
          field('response', 'response', 'text'),
          field('learned', 'learned', 'text'),
          field('nextStep', 'next_step', 'text'),
          field('agreedBy', 'agreed_by', 'text'),
          field('preparedBy', 'prepared_by', 'text'),
        ],
      },
    ),
  }
}
