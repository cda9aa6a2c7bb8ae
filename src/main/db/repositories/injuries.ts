import type { InjuryFacts } from '@shared/schemas/injury'
import { injuryRecordSchema, type InjuryRecord } from '@shared/schemas/injury-record'
import { instant, type Clock } from '../../clock'
import { AppError, notFound } from '../../errors'
import type { Db } from '../connection'
import type { AuditLog } from './audit'
import { changedFields } from './changes'
import { newRowId } from '../ids'

/** The validated fields of an injury episode, as the input schema outputs them. */
export type InjuryFields = InjuryFacts

interface InjuryRow {
  id: string
  athlete_id: string
  injury_date: string
  side: string
  mechanism: string
  activity: string
  muscle: string
  location: string
  free_tendon: number | null
  bamic_grade: string | null
  munich_grade: string | null
  avulsion: string | null
  mri_date: string | null
  palpation_pain_length_cm: number | null
  ake_deficit_deg: number | null
  isometric_pain: number | null
  management: string
  surgery_date: string | null
  discharge_date: string | null
  surgeon_restrictions: string
  recurrence_of: string | null
  notes: string | null
  closed_on: string | null
  created_at: string
  updated_at: string
}

function toRecord(row: InjuryRow): InjuryRecord {
  // Parsed with the shared schema so a row written any other way can never reach the engine.
  return injuryRecordSchema.parse({
    id: row.id,
    athleteId: row.athlete_id,
    injuryDate: row.injury_date,
    side: row.side,
    mechanism: row.mechanism,
    activity: row.activity,
    muscle: row.muscle,
    location: row.location,
    freeTendon: row.free_tendon === null ? null : row.free_tendon === 1,
    bamicGrade: row.bamic_grade,
    munichGrade: row.munich_grade,
    avulsion: row.avulsion === null ? null : JSON.parse(row.avulsion),
    mriDate: row.mri_date,
    palpationPainLengthCm: row.palpation_pain_length_cm,
    akeDeficitDeg: row.ake_deficit_deg,
    isometricPain: row.isometric_pain,
    management: row.management,
    surgeryDate: row.surgery_date,
    dischargeDate: row.discharge_date,
    surgeonRestrictions: JSON.parse(row.surgeon_restrictions),
    recurrenceOf: row.recurrence_of,
    notes: row.notes,
    closedOn: row.closed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
}

function toColumns(fields: InjuryFields) {
  return {
    injury_date: fields.injuryDate,
    side: fields.side,
    mechanism: fields.mechanism,
    activity: fields.activity,
    muscle: fields.muscle,
    location: fields.location,
    free_tendon: fields.freeTendon === null ? null : fields.freeTendon ? 1 : 0,
    bamic_grade: fields.bamicGrade,
    munich_grade: fields.munichGrade,
    avulsion: fields.avulsion === null ? null : JSON.stringify(fields.avulsion),
    mri_date: fields.mriDate,
    palpation_pain_length_cm: fields.palpationPainLengthCm,
    ake_deficit_deg: fields.akeDeficitDeg,
    isometric_pain: fields.isometricPain,
    management: fields.management,
    surgery_date: fields.surgeryDate,
    discharge_date: fields.dischargeDate,
    surgeon_restrictions: JSON.stringify(fields.surgeonRestrictions),
    recurrence_of: fields.recurrenceOf,
    notes: fields.notes,
  }
}

const FIELD_NAMES = [
  'injuryDate',
  'side',
  'mechanism',
  'activity',
  'muscle',
  'location',
  'freeTendon',
  'bamicGrade',
  'munichGrade',
  'avulsion',
  'mriDate',
  'palpationPainLengthCm',
  'akeDeficitDeg',
  'isometricPain',
  'management',
  'surgeryDate',
  'dischargeDate',
  'surgeonRestrictions',
  'recurrenceOf',
  'notes',
  'closedOn',
] as const satisfies readonly (keyof InjuryRecord)[]

const COLUMN_LIST = `athlete_id, injury_date, side, mechanism, activity, muscle, location, free_tendon,
  bamic_grade, munich_grade, avulsion, mri_date, palpation_pain_length_cm, ake_deficit_deg,
  isometric_pain, management, surgery_date, discharge_date, surgeon_restrictions, recurrence_of, notes`

/** Injury episodes. Every change is audited in its own transaction. */
export function createInjuryRepository(db: Db, clock: Clock, audit: AuditLog, actor: () => string) {
  const byAthlete = db.prepare<[string], InjuryRow>(
    `SELECT * FROM injuries WHERE athlete_id = ? AND deleted_at IS NULL ORDER BY injury_date DESC, created_at DESC`,
  )
  const byId = db.prepare<[string], InjuryRow>(
    `SELECT * FROM injuries WHERE id = ? AND deleted_at IS NULL`,
  )
  const insert = db.prepare(
    `INSERT INTO injuries (id, ${COLUMN_LIST}, closed_on, created_at, updated_at)
     VALUES (@id, @athlete_id, @injury_date, @side, @mechanism, @activity, @muscle, @location, @free_tendon,
       @bamic_grade, @munich_grade, @avulsion, @mri_date, @palpation_pain_length_cm, @ake_deficit_deg,
       @isometric_pain, @management, @surgery_date, @discharge_date, @surgeon_restrictions, @recurrence_of,
       @notes, @closed_on, @now, @now)`,
  )
  const update = db.prepare(
    `UPDATE injuries SET injury_date = @injury_date, side = @side, mechanism = @mechanism, activity = @activity,
       muscle = @muscle, location = @location, free_tendon = @free_tendon, bamic_grade = @bamic_grade,
       munich_grade = @munich_grade, avulsion = @avulsion, mri_date = @mri_date,
       palpation_pain_length_cm = @palpation_pain_length_cm, ake_deficit_deg = @ake_deficit_deg,
       isometric_pain = @isometric_pain, management = @management, surgery_date = @surgery_date,
       discharge_date = @discharge_date, surgeon_restrictions = @surgeon_restrictions,
       recurrence_of = @recurrence_of, notes = @notes, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  )
  const setClosed = db.prepare(
    `UPDATE injuries SET closed_on = @closed_on, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  )
  const tombstone = db.prepare(
    `UPDATE injuries SET deleted_at = @now, updated_at = @now WHERE id = @id`,
  )
  const athleteExists = db.prepare<[string], { id: string }>(
    `SELECT id FROM athletes WHERE id = ? AND deleted_at IS NULL`,
  )

  function get(id: string): InjuryRecord {
    const row = byId.get(id)
    if (!row) throw notFound('The injury')
    return toRecord(row)
  }

  function checkRecurrence(athleteId: string, fields: InjuryFields, selfId: string | null): void {
    if (fields.recurrenceOf === null) return
    const earlier = byId.get(fields.recurrenceOf)
    if (!earlier || earlier.athlete_id !== athleteId || earlier.id === selfId) {
      throw new AppError('validation', 'Choose an earlier injury of this athlete.', {
        recurrenceOf: 'Choose an earlier injury of this athlete.',
      })
    }
    if (earlier.injury_date > fields.injuryDate) {
      throw new AppError('validation', 'A recurrence comes after the injury it repeats.', {
        recurrenceOf: 'A recurrence comes after the injury it repeats.',
      })
    }
  }

  return {
    get,
    /** Newest first. */
    listByAthlete: (athleteId: string): InjuryRecord[] => byAthlete.all(athleteId).map(toRecord),
    /** The latest episode that is not closed, or null. */
    current(athleteId: string): InjuryRecord | null {
      const row = byAthlete.all(athleteId).find((r) => r.closed_on === null)
      return row ? toRecord(row) : null
    },
    create: db.transaction(
      (athleteId: string, fields: InjuryFields, closedOn: string | null = null): InjuryRecord => {
        if (!athleteExists.get(athleteId)) throw notFound('The athlete')
        checkRecurrence(athleteId, fields, null)
        const id = newRowId()
        insert.run({
          id,
          athlete_id: athleteId,
          ...toColumns(fields),
          closed_on: closedOn,
          now: instant(clock),
        })
        const created = get(id)
        audit.record({
          actor: actor(),
          action: 'injury.create',
          entityType: 'injury',
          entityId: id,
          athleteId,
          detail: fields,
        })
        return created
      },
    ),
    update: db.transaction((id: string, fields: InjuryFields): InjuryRecord => {
      const before = get(id)
      checkRecurrence(before.athleteId, fields, id)
      update.run({ id, ...toColumns(fields), now: instant(clock) })
      const after = get(id)
      audit.record({
        actor: actor(),
        action: 'injury.update',
        entityType: 'injury',
        entityId: id,
        athleteId: before.athleteId,
        detail: changedFields(before, after, FIELD_NAMES),
      })
      return after
    }),
    /** Closes (or with null reopens) an episode; only an open episode drives phases. */
    setClosed: db.transaction((id: string, closedOn: string | null): InjuryRecord => {
      const before = get(id)
      if (closedOn !== null && closedOn < before.injuryDate) {
        throw new AppError('validation', 'An injury cannot be closed before it happened.', {
          closedOn: 'An injury cannot be closed before it happened.',
        })
      }
      setClosed.run({ id, closed_on: closedOn, now: instant(clock) })
      audit.record({
        actor: actor(),
        action: closedOn ? 'injury.close' : 'injury.reopen',
        entityType: 'injury',
        entityId: id,
        athleteId: before.athleteId,
        detail: { closedOn },
      })
      return get(id)
    }),
    remove: db.transaction((id: string): void => {
      const before = get(id)
      tombstone.run({ id, now: instant(clock) })
      audit.record({
        actor: actor(),
        action: 'injury.delete',
        entityType: 'injury',
        entityId: id,
        athleteId: before.athleteId,
      })
    }),
  }
}

export type InjuryRepository = ReturnType<typeof createInjuryRepository>
