import type { Db } from '../../src/main/db/connection'
import { createAuditLog } from '../../src/main/db/repositories/audit'

/**
 * Realistic rows for each schema version, written right after that version's migration when a
 * fixture database is built. Each seed is frozen with its schema: it uses literal SQL and rows,
 * never today's repositories, so it keeps working after the app moves on. A new migration adds
 * a seed for its version that puts rows in every table it creates or changes.
 */

type Row = Record<string, string | number | null>

function insertRows(db: Db, table: string, rows: Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row)
    db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    ).run(row)
  }
}

/** Audit rows through the audit module of the time, so the hash chain is a real one. */
function audit(
  db: Db,
  at: string,
  entries: Parameters<ReturnType<typeof createAuditLog>['record']>[0][],
) {
  const log = createAuditLog(db, () => new Date(at))
  db.transaction(() => {
    for (const entry of entries) log.record(entry)
  })()
}

export const FIXTURE = {
  squadFirstTeam: '6f1c4c2e-2a0b-4d57-9d2e-1f3b7c9a0001',
  squadAcademy: '6f1c4c2e-2a0b-4d57-9d2e-1f3b7c9a0002',
  zoe: 'a1b2c3d4-0001-4e5f-8a9b-000000000001',
  ivan: 'a1b2c3d4-0002-4e5f-8a9b-000000000002',
  sione: 'a1b2c3d4-0003-4e5f-8a9b-000000000003',
  eleni: 'a1b2c3d4-0004-4e5f-8a9b-000000000004',
  sam: 'a1b2c3d4-0005-4e5f-8a9b-000000000005',
} as const

const T0 = '2026-09-01T08:00:00.000Z'

function seedV1(db: Db): void {
  insertRows(db, 'squads', [
    {
      id: FIXTURE.squadFirstTeam,
      name: 'First team',
      created_at: T0,
      updated_at: T0,
      deleted_at: null,
    },
    {
      id: FIXTURE.squadAcademy,
      name: 'Academy U18',
      created_at: T0,
      updated_at: T0,
      deleted_at: null,
    },
  ])
  const athlete = (
    id: string,
    squad: string,
    name: string,
    position: string | null,
    dob: string | null,
    leg: string,
    archived: string | null = null,
  ): Row => ({
    id,
    squad_id: squad,
    name,
    position,
    date_of_birth: dob,
    dominant_leg: leg,
    archived_at: archived,
    created_at: T0,
    updated_at: T0,
    deleted_at: null,
  })
  insertRows(db, 'athletes', [
    athlete(FIXTURE.zoe, FIXTURE.squadFirstTeam, 'Zoë Kowalczyk', 'Winger', '2001-04-17', 'right'),
    athlete(
      FIXTURE.ivan,
      FIXTURE.squadFirstTeam,
      'Иван Петров',
      'Centre-back',
      '1997-12-02',
      'left',
    ),
    athlete(FIXTURE.sione, FIXTURE.squadFirstTeam, 'Sione Taufa', null, null, 'both'),
    athlete(
      FIXTURE.eleni,
      FIXTURE.squadAcademy,
      'Ελένη Παπαδοπούλου',
      'Full-back',
      '2008-06-30',
      'right',
    ),
    athlete(
      FIXTURE.sam,
      FIXTURE.squadAcademy,
      'Sam O’Neill',
      'Striker',
      '2007-01-09',
      'left',
      '2026-08-15T10:00:00.000Z',
    ),
  ])
}

function seedV2(db: Db): void {
  insertRows(db, 'settings', [
    {
      key: 'app',
      value: JSON.stringify({
        userName: 'Dr Ana Silva',
        clubName: 'Riverside FC',
        pageSize: 'A4',
        speedUnit: 'km/h',
      }),
      updated_at: '2026-09-02T07:00:00.000Z',
    },
  ])
  audit(
    db,
    '2026-09-02T07:30:00.000Z',
    [FIXTURE.zoe, FIXTURE.ivan, FIXTURE.sione].map((athleteId) => ({
      actor: 'Dr Ana Silva',
      action: 'athlete.update',
      entityType: 'athlete',
      entityId: athleteId,
      athleteId,
      detail: { position: [null, 'Winger'] },
    })),
  )
}

const T3 = '2026-10-04T09:00:00.000Z'

function seedV3(db: Db): void {
  db.prepare(`UPDATE athletes SET availability = 'rehab' WHERE id = ?`).run(FIXTURE.zoe)
  db.prepare(`UPDATE athletes SET availability = 'modified' WHERE id = ?`).run(FIXTURE.ivan)
  insertRows(db, 'athlete_profiles', [
    {
      id: 'b0000000-0000-4000-8000-000000000001',
      athlete_id: FIXTURE.zoe,
      sex: 'female',
      sport: 'Soccer',
      level: 'elite',
      mass_kg: 61.5,
      baselines: JSON.stringify({
        vmaxMps: { value: 8.9, date: '2026-08-20', source: 'GPS, pre-season friendly' },
        tenMetreSeconds: null,
        nordicPeakForceN: { left: 318, right: 310, date: '2026-08-12', source: 'NordBord' },
        isometricKneeFlexorForceN: null,
        slhbReps: null,
        akeDeg: null,
        pslrDeg: null,
      }),
      history: '[]',
      flags: JSON.stringify({
        priorHamstringInjury: true,
        hamstringInjuryLast12Months: false,
        priorAclInjury: false,
        priorCalfStrain: false,
      }),
      created_at: T3,
      updated_at: T3,
      deleted_at: null,
    },
  ])
  insertRows(db, 'injuries', [
    {
      id: 'c0000000-0000-4000-8000-000000000001',
      athlete_id: FIXTURE.zoe,
      injury_date: '2026-10-01',
      side: 'right',
      mechanism: 'sprint_type',
      activity: 'sprinting',
      muscle: 'BFlh',
      location: 'mid',
      free_tendon: null,
      bamic_grade: '2b',
      munich_grade: null,
      avulsion: null,
      mri_date: '2026-10-03',
      palpation_pain_length_cm: 6,
      ake_deficit_deg: 15,
      isometric_pain: 3,
      management: 'conservative',
      surgery_date: null,
      discharge_date: null,
      surgeon_restrictions: '[]',
      recurrence_of: null,
      notes: 'Felt it at 30 m in the second sprint',
      closed_on: null,
      created_at: T3,
      updated_at: T3,
      deleted_at: null,
    },
  ])
  const perMatch = (mean: number | null, unit: string, thresholdKmh: number | null = null) => ({
    mean,
    sd: null,
    unit,
    basis: 'per match',
    source: mean === null ? 'Enter from club data' : 'Club GPS',
    thresholdKmh,
    note: null,
  })
  const profile = {
    sport: 'Soccer',
    position: 'Winger',
    level: 'elite',
    basis: 'club data',
    templateId: null,
    citation: 'Club GPS, last season',
    thresholds: {
      hsrKmh: { value: 19.8, source: 'Club GPS' },
      sprintKmh: { value: 25.2, source: 'Club GPS' },
      accelerationMps2: null,
      decelerationMps2: null,
    },
    perMatch: {
      minutes: perMatch(90, 'min'),
      totalDistanceMetres: perMatch(10_700, 'm'),
      hsrMetres: perMatch(1_150, 'm', 19.8),
      sprintMetres: perMatch(350, 'm', 25.2),
      sprintCount: perMatch(57, 'count', 25.2),
      accelerationCount: perMatch(null, 'count'),
      decelerationCount: perMatch(null, 'count'),
      codCount: perMatch(null, 'count'),
      contactCount: perMatch(null, 'count'),
    },
    contactsByType: [],
    vmaxPercentRequired: { value: 100, source: 'Default' },
    ordinal: {
      cutting: { level: 4, source: 'Coach' },
      contact: { level: 2, source: 'Coach' },
      chaos: { level: 5, source: 'Coach' },
      longLever: { level: 2, source: 'Coach' },
    },
    matchesPerWeek: { value: 1, source: 'Fixture list' },
    flags: {},
    notes: null,
  }
  insertRows(db, 'demand_profiles', [
    {
      id: 'd0000000-0000-4000-8000-000000000001',
      athlete_id: FIXTURE.zoe,
      sport: 'Soccer',
      position: 'Winger',
      template_id: null,
      profile: JSON.stringify(profile),
      created_at: T3,
      updated_at: T3,
      deleted_at: null,
    },
  ])
  insertRows(db, 'club_templates', [
    {
      id: 'e0000000-0000-4000-8000-000000000001',
      name: 'Riverside wingers',
      based_on: null,
      profile: JSON.stringify(profile),
      created_at: T3,
      updated_at: T3,
      deleted_at: null,
    },
  ])
  audit(db, T3, [
    {
      actor: 'Dr Ana Silva',
      action: 'injury.create',
      entityType: 'injury',
      entityId: 'c0000000-0000-4000-8000-000000000001',
      athleteId: FIXTURE.zoe,
      detail: { injuryDate: '2026-10-01', notes: 'Felt it at 30 m in the second sprint' },
    },
  ])
}

const T4 = '2026-10-20T07:30:00.000Z'

function row4(id: string, fields: Row): Row {
  return { id, ...fields, created_at: T4, updated_at: T4, deleted_at: null }
}

function seedV4(db: Db): void {
  const injury = 'c0000000-0000-4000-8000-000000000001'
  const running = {
    totalDistanceMetres: 4000,
    hsrMetres: 300,
    sprintMetres: 40,
    sprintCount: 3,
    peakVelocityMps: 8.1,
    effortsAt90PercentVmax: null,
    effortsAt95PercentVmax: null,
    continuousRunMinutes: 20,
  }
  const nordics = {
    exercise: 'Nordic hamstring curl',
    sets: 3,
    reps: 5,
    loadKg: null,
    lengthened: true,
    eccentric: true,
  }
  insertRows(db, 'sessions', [
    row4('f0000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      date: '2026-10-19',
      type: 'field',
      minutes: 45,
      chaos_level: 1,
      running: JSON.stringify(running),
      acceleration_count: 12,
      deceleration_count: 14,
      cod: JSON.stringify([{ type: 'pre-planned', angleDeg: 45, intensityPercent: 70, count: 10 }]),
      contacts: '[]',
      long_lever_level: 0,
      strength: JSON.stringify([nordics]),
      rpe: 5,
      pain_during: 1,
      warning_signs: '[]',
      data_source: 'GPS',
      device: 'Vest 12',
      data_quality: 'good',
      notes: 'Tight at the end of the last 30 m run',
      import_id: null,
    }),
    row4('f0000000-0000-4000-8000-000000000002', {
      athlete_id: FIXTURE.zoe,
      date: '2026-10-20',
      type: 'gym',
      minutes: 50,
      chaos_level: null,
      running: null,
      acceleration_count: null,
      deceleration_count: null,
      cod: '[]',
      contacts: '[]',
      long_lever_level: 0,
      strength: JSON.stringify([nordics]),
      rpe: 6,
      pain_during: 0,
      warning_signs: '[]',
      data_source: null,
      device: null,
      data_quality: 'good',
      notes: null,
      import_id: null,
    }),
  ])
  insertRows(db, 'response_checks', [
    row4('f1000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      date: '2026-10-20',
      responds_to: '2026-10-19',
      pain_at_rest: 0,
      pain_on_task: 2,
      stiffness: 3,
      ake_deg: 152,
      palpation_pain: 0,
      apprehension: 10,
      notes: 'Slightly stiff on waking',
    }),
  ])
  insertRows(db, 'assessments', [
    row4('f2000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      date: '2026-10-18',
      type: 'NordBord',
      unit: 'N',
      left_value: 305,
      right_value: 262,
      value: null,
      pain_during: 1,
      insecurity: null,
      device: 'NordBord',
      tester: 'Dr Ana Silva',
      notes: null,
    }),
  ])
  insertRows(db, 'phase_records', [
    row4('f3000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      injury_id: injury,
      phase: 'P1',
      entry_date: '2026-10-08',
      decided_by: 'Dr Ana Silva',
      decided_by_role: 'physiotherapist',
      reason: 'Walking without a limp',
      starrt: null,
      criteria_snapshot: '[]',
    }),
  ])
  insertRows(db, 'criterion_overrides', [
    row4('f4000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      injury_id: injury,
      criterion_id: 'P2.flexibilitySymmetry',
      date: '2026-10-18',
      status: 'met',
      clinician_name: 'Dr Ana Silva',
      clinician_role: 'physiotherapist',
      reason: 'Measured twice with the inclinometer; the app value was a typing slip',
    }),
  ])
  insertRows(db, 'criterion_observations', [
    row4('f5000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      injury_id: injury,
      criterion_id: 'P4.strideQuality',
      date: '2026-10-17',
      met: 1,
      observed_by: 'Coach Ben Hart',
      note: 'Stride looked even on video at 85 %',
    }),
  ])
  insertRows(db, 'weekly_check_ins', [
    row4('f6000000-0000-4000-8000-000000000001', {
      athlete_id: FIXTURE.zoe,
      injury_id: injury,
      week_start: '2026-10-12',
      loads_summary: 'Two field sessions, HSR 300 m in the best session',
      response: 'green',
      learned: 'Tolerates pre-planned cutting at 45°',
      next_step: 'Add one sprint at 85 % of max velocity',
      agreed_by: 'Dr Ana Silva (physiotherapist)',
      prepared_by: 'Coach Ben Hart',
    }),
  ])
  insertRows(db, 'gps_mappings', [
    row4('f7000000-0000-4000-8000-000000000001', {
      source_name: 'Catapult OpenField',
      mapping: JSON.stringify({
        date: 'Date',
        player: 'Player Name',
        totalDistanceMetres: 'Total Distance (m)',
        hsrMetres: 'High Speed Running (Absolute)',
      }),
    }),
  ])
  db.prepare('UPDATE squads SET demo = 0').run()
  audit(db, T4, [
    {
      actor: 'Coach Ben Hart',
      action: 'session.create',
      entityType: 'session',
      entityId: 'f0000000-0000-4000-8000-000000000001',
      athleteId: FIXTURE.zoe,
      detail: { date: '2026-10-19', notes: 'Tight at the end of the last 30 m run' },
    },
  ])
}

const T5 = '2026-11-02T18:10:00.000Z'

/**
 * Two GPS imports written in slices: one finished (its session shown, with its audit row) and
 * one cut short by a crash (its `staged_imports` row and a session still hidden).
 */
function seedV5(db: Db): void {
  const done = 'e5000000-0000-4000-8000-000000000001'
  const cut = 'e5000000-0000-4000-8000-000000000002'
  const session = (id: string, date: string, importId: string, hidden: boolean): Row => ({
    id,
    athlete_id: FIXTURE.zoe,
    date,
    type: 'field',
    minutes: 62.5,
    chaos_level: null,
    running: JSON.stringify({
      totalDistanceMetres: 5210.4,
      hsrMetres: 402.1,
      sprintMetres: 88.3,
      sprintCount: 6,
      peakVelocityMps: 8.42,
      effortsAt90PercentVmax: null,
      effortsAt95PercentVmax: null,
      continuousRunMinutes: null,
    }),
    acceleration_count: 31,
    deceleration_count: 28,
    cod: '[]',
    contacts: '[]',
    long_lever_level: 0,
    strength: '[]',
    rpe: null,
    pain_during: null,
    warning_signs: '[]',
    data_source: 'GPS',
    device: 'Catapult Vector',
    data_quality: 'good',
    notes: 'GPS import: week-44.csv · “Training” · whole-session row “Entire Session”',
    import_id: importId,
    created_at: T5,
    updated_at: T5,
    deleted_at: hidden ? T5 : null,
  })
  insertRows(db, 'sessions', [
    session('f0000000-0000-4000-8000-000000000051', '2026-10-27', done, false),
    session('f0000000-0000-4000-8000-000000000052', '2026-10-28', cut, true),
  ])
  insertRows(db, 'staged_imports', [{ id: cut, kind: 'gps', started_at: T5 }])
  audit(db, T5, [
    {
      actor: 'Coach Ben Hart',
      action: 'session.import',
      entityType: 'session',
      entityId: null,
      athleteId: FIXTURE.zoe,
      detail: { source: 'gps-import', sourceName: 'Catapult Vector', importId: done, count: 1 },
    },
  ])
}

const T6 = '2026-11-10T06:45:00.000Z'

/** Version 6 only changed indexes: a morning check logged and then deleted (a tombstone). */
function seedV6(db: Db): void {
  insertRows(db, 'response_checks', [
    {
      id: 'f1000000-0000-4000-8000-000000000061',
      athlete_id: FIXTURE.zoe,
      date: '2026-11-10',
      responds_to: '2026-11-09',
      pain_at_rest: 0,
      pain_on_task: 1,
      stiffness: 2,
      ake_deg: null,
      palpation_pain: 0,
      apprehension: 5,
      notes: 'Logged for the wrong athlete',
      created_at: T6,
      updated_at: T6,
      deleted_at: T6,
    },
  ])
}

/** The seed for each schema version; the fixture script refuses to build a version without one. */
export const seeds: Record<number, (db: Db) => void> = {
  1: seedV1,
  2: seedV2,
  3: seedV3,
  4: seedV4,
  5: seedV5,
  6: seedV6,
}
