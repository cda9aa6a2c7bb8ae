import type { Migration } from './types'

/**
 * What training exposes the athlete to and how they respond: sessions, next-morning checks,
 * tests, phase decisions, clinician overrides, observations and weekly check-ins, plus the
 * remembered column mappings of GPS exports. Ranges that matter clinically (pain, effort,
 * apprehension) are repeated as CHECKs behind the zod schemas.
 */
export const migration004: Migration = {
  version: 4,
  name: 'training, responses and tests',
  sql: `
    -- Demo data (fictional athletes) lives in squads marked demo, removable in one step.
    ALTER TABLE squads ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));

    CREATE TABLE sessions (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      date TEXT NOT NULL CHECK (date(date) = date),
      type TEXT NOT NULL CHECK (type IN ('gym', 'field', 'match')),
      minutes REAL NOT NULL CHECK (minutes BETWEEN 0 AND 300),
      chaos_level INTEGER CHECK (chaos_level IS NULL OR chaos_level BETWEEN 1 AND 5),
      running TEXT CHECK (running IS NULL OR json_valid(running)),
      acceleration_count INTEGER CHECK (acceleration_count IS NULL OR acceleration_count BETWEEN 0 AND 1000),
      deceleration_count INTEGER CHECK (deceleration_count IS NULL OR deceleration_count BETWEEN 0 AND 1000),
      cod TEXT NOT NULL CHECK (json_valid(cod) AND json_type(cod) = 'array'),
      contacts TEXT NOT NULL CHECK (json_valid(contacts) AND json_type(contacts) = 'array'),
      long_lever_level INTEGER NOT NULL CHECK (long_lever_level BETWEEN 0 AND 3),
      strength TEXT NOT NULL CHECK (json_valid(strength) AND json_type(strength) = 'array'),
      rpe REAL CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
      pain_during REAL CHECK (pain_during IS NULL OR pain_during BETWEEN 0 AND 10),
      warning_signs TEXT NOT NULL CHECK (json_valid(warning_signs) AND json_type(warning_signs) = 'array'),
      data_source TEXT CHECK (data_source IS NULL OR data_source IN ('GPS', 'LPS', 'estimate')),
      device TEXT CHECK (device IS NULL OR length(device) <= 60),
      data_quality TEXT NOT NULL CHECK (data_quality IN ('good', 'questionable')),
      notes TEXT CHECK (notes IS NULL OR length(notes) <= 1000),
      import_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX sessions_by_athlete ON sessions (athlete_id, date) WHERE deleted_at IS NULL;

    CREATE TABLE response_checks (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      date TEXT NOT NULL CHECK (date(date) = date),
      responds_to TEXT CHECK (responds_to IS NULL OR (date(responds_to) = responds_to AND responds_to <= date)),
      pain_at_rest REAL NOT NULL CHECK (pain_at_rest BETWEEN 0 AND 10),
      pain_on_task REAL NOT NULL CHECK (pain_on_task BETWEEN 0 AND 10),
      stiffness REAL NOT NULL CHECK (stiffness BETWEEN 0 AND 10),
      ake_deg REAL CHECK (ake_deg IS NULL OR ake_deg BETWEEN 0 AND 180),
      palpation_pain INTEGER NOT NULL CHECK (palpation_pain IN (0, 1)),
      apprehension REAL NOT NULL CHECK (apprehension BETWEEN 0 AND 100),
      notes TEXT CHECK (notes IS NULL OR length(notes) <= 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX response_checks_by_athlete ON response_checks (athlete_id, date) WHERE deleted_at IS NULL;

    CREATE TABLE assessments (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      date TEXT NOT NULL CHECK (date(date) = date),
      type TEXT NOT NULL CHECK (type IN ('AKE', 'PSLR', 'ISO_90_90', 'IPCT_90_20', 'NordBord', 'SLHB',
        'Askling_H', 'Vmax', '10m', 'hop', 'palpation')),
      unit TEXT NOT NULL CHECK (unit IN ('deg', 'N', 'reps', 's', 'deg/s', 'm/s', 'cm')),
      left_value REAL CHECK (left_value IS NULL OR left_value BETWEEN 0 AND 2000),
      right_value REAL CHECK (right_value IS NULL OR right_value BETWEEN 0 AND 2000),
      value REAL CHECK (value IS NULL OR value BETWEEN 0 AND 2000),
      pain_during REAL CHECK (pain_during IS NULL OR pain_during BETWEEN 0 AND 10),
      insecurity INTEGER CHECK (insecurity IS NULL OR insecurity IN (0, 1)),
      device TEXT CHECK (device IS NULL OR length(device) <= 60),
      tester TEXT CHECK (tester IS NULL OR length(tester) <= 80),
      notes TEXT CHECK (notes IS NULL OR length(notes) <= 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX assessments_by_athlete ON assessments (athlete_id, date) WHERE deleted_at IS NULL;

    CREATE TABLE phase_records (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      injury_id TEXT NOT NULL REFERENCES injuries (id),
      phase TEXT NOT NULL CHECK (phase IN ('P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6')),
      entry_date TEXT NOT NULL CHECK (date(entry_date) = entry_date),
      decided_by TEXT NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 120),
      decided_by_role TEXT NOT NULL CHECK (length(decided_by_role) BETWEEN 1 AND 60),
      reason TEXT CHECK (reason IS NULL OR length(reason) <= 1000),
      starrt TEXT CHECK (starrt IS NULL OR json_valid(starrt)),
      criteria_snapshot TEXT NOT NULL CHECK (json_valid(criteria_snapshot) AND json_type(criteria_snapshot) = 'array'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX phase_records_by_injury ON phase_records (injury_id, entry_date) WHERE deleted_at IS NULL;

    CREATE TABLE criterion_overrides (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      injury_id TEXT NOT NULL REFERENCES injuries (id),
      criterion_id TEXT NOT NULL CHECK (length(criterion_id) BETWEEN 1 AND 60),
      date TEXT NOT NULL CHECK (date(date) = date),
      status TEXT NOT NULL CHECK (status IN ('met', 'not met')),
      clinician_name TEXT NOT NULL CHECK (length(clinician_name) BETWEEN 2 AND 120),
      clinician_role TEXT NOT NULL CHECK (length(clinician_role) BETWEEN 1 AND 60),
      reason TEXT NOT NULL CHECK (length(reason) BETWEEN 5 AND 1000),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX criterion_overrides_by_injury ON criterion_overrides (injury_id, date) WHERE deleted_at IS NULL;

    CREATE TABLE criterion_observations (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      injury_id TEXT NOT NULL REFERENCES injuries (id),
      criterion_id TEXT NOT NULL CHECK (length(criterion_id) BETWEEN 1 AND 60),
      date TEXT NOT NULL CHECK (date(date) = date),
      met INTEGER NOT NULL CHECK (met IN (0, 1)),
      observed_by TEXT NOT NULL CHECK (length(observed_by) BETWEEN 1 AND 120),
      note TEXT CHECK (note IS NULL OR length(note) <= 500),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX criterion_observations_by_injury ON criterion_observations (injury_id, date) WHERE deleted_at IS NULL;

    CREATE TABLE weekly_check_ins (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      injury_id TEXT REFERENCES injuries (id),
      week_start TEXT NOT NULL CHECK (date(week_start) = week_start),
      loads_summary TEXT CHECK (loads_summary IS NULL OR length(loads_summary) <= 1000),
      response TEXT NOT NULL CHECK (response IN ('green', 'amber', 'red')),
      learned TEXT CHECK (learned IS NULL OR length(learned) <= 1000),
      next_step TEXT CHECK (next_step IS NULL OR length(next_step) <= 500),
      agreed_by TEXT CHECK (agreed_by IS NULL OR length(agreed_by) <= 200),
      prepared_by TEXT NOT NULL CHECK (length(prepared_by) BETWEEN 1 AND 120),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX weekly_check_ins_by_athlete ON weekly_check_ins (athlete_id, week_start) WHERE deleted_at IS NULL;

    CREATE TABLE gps_mappings (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      source_name TEXT NOT NULL CHECK (length(trim(source_name)) BETWEEN 1 AND 80),
      mapping TEXT NOT NULL CHECK (json_valid(mapping)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX gps_mappings_live_name ON gps_mappings (source_name COLLATE NOCASE) WHERE deleted_at IS NULL;
  `,
}
