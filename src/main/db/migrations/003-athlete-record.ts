import type { Migration } from './types'

/**
 * The athlete record: availability on the roster, the rehab profile (sex, sport, level, mass,
 * dated baselines, injury history), injury episodes with the surgeon's restrictions, the sport
 * demand profile of each athlete and the club's own copies of the sport templates.
 *
 * Fields that are queried or constrained are columns with CHECKs; nested structures that are
 * always read whole (baselines, restrictions, the demand numbers with their sources) are JSON
 * documents validated by the shared zod schemas on every write and read.
 */
export const migration003: Migration = {
  version: 3,
  name: 'athlete record',
  sql: `
    ALTER TABLE athletes ADD COLUMN availability TEXT NOT NULL DEFAULT 'available'
      CHECK (availability IN ('available', 'modified', 'rehab', 'unavailable'));

    CREATE TABLE athlete_profiles (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL UNIQUE REFERENCES athletes (id),
      sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'not recorded')),
      sport TEXT NOT NULL CHECK (length(sport) BETWEEN 1 AND 60),
      level TEXT NOT NULL CHECK (level IN ('elite', 'sub-elite', 'amateur', 'youth')),
      mass_kg REAL CHECK (mass_kg IS NULL OR mass_kg BETWEEN 25 AND 200),
      baselines TEXT NOT NULL CHECK (json_valid(baselines)),
      history TEXT NOT NULL CHECK (json_valid(history) AND json_type(history) = 'array'),
      flags TEXT NOT NULL CHECK (json_valid(flags)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE injuries (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL REFERENCES athletes (id),
      injury_date TEXT NOT NULL CHECK (date(injury_date) = injury_date),
      side TEXT NOT NULL CHECK (side IN ('left', 'right')),
      mechanism TEXT NOT NULL CHECK (mechanism IN ('sprint_type', 'stretch_type', 'contact', 'other', 'unknown')),
      activity TEXT NOT NULL CHECK (activity IN ('sprinting', 'kicking', 'COD', 'slide', 'lunge', 'other')),
      muscle TEXT NOT NULL CHECK (muscle IN ('BFlh', 'BFsh', 'ST', 'SM', 'multiple')),
      location TEXT NOT NULL CHECK (location IN ('proximal', 'mid', 'distal')),
      free_tendon INTEGER CHECK (free_tendon IS NULL OR free_tendon IN (0, 1)),
      bamic_grade TEXT CHECK (bamic_grade IS NULL OR bamic_grade IN
        ('0a', '0b', '1a', '1b', '2a', '2b', '2c', '3a', '3b', '3c', '4', '4c')),
      munich_grade TEXT CHECK (munich_grade IS NULL OR munich_grade IN
        ('1A', '1B', '2A', '2B', '3A', '3B', '4', 'contusion', 'laceration')),
      avulsion TEXT CHECK (avulsion IS NULL OR json_valid(avulsion)),
      mri_date TEXT CHECK (mri_date IS NULL OR date(mri_date) = mri_date),
      palpation_pain_length_cm REAL CHECK (palpation_pain_length_cm IS NULL OR palpation_pain_length_cm BETWEEN 0 AND 40),
      ake_deficit_deg REAL CHECK (ake_deficit_deg IS NULL OR ake_deficit_deg BETWEEN 0 AND 90),
      isometric_pain REAL CHECK (isometric_pain IS NULL OR isometric_pain BETWEEN 0 AND 10),
      management TEXT NOT NULL CHECK (management IN ('conservative', 'surgical')),
      surgery_date TEXT CHECK (surgery_date IS NULL OR date(surgery_date) = surgery_date),
      discharge_date TEXT CHECK (discharge_date IS NULL OR date(discharge_date) = discharge_date),
      surgeon_restrictions TEXT NOT NULL CHECK (json_valid(surgeon_restrictions) AND json_type(surgeon_restrictions) = 'array'),
      recurrence_of TEXT REFERENCES injuries (id),
      notes TEXT CHECK (notes IS NULL OR length(notes) <= 1000),
      closed_on TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      CHECK (surgery_date IS NULL OR surgery_date >= injury_date),
      CHECK (closed_on IS NULL OR closed_on >= injury_date)
    ) STRICT;

    CREATE INDEX injuries_by_athlete ON injuries (athlete_id, injury_date) WHERE deleted_at IS NULL;

    CREATE TABLE demand_profiles (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      athlete_id TEXT NOT NULL UNIQUE REFERENCES athletes (id),
      sport TEXT NOT NULL CHECK (length(sport) BETWEEN 1 AND 60),
      position TEXT CHECK (position IS NULL OR length(position) <= 60),
      template_id TEXT CHECK (template_id IS NULL OR length(template_id) <= 80),
      profile TEXT NOT NULL CHECK (json_valid(profile)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE club_templates (
      id TEXT PRIMARY KEY CHECK (length(id) = 36),
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
      based_on TEXT CHECK (based_on IS NULL OR length(based_on) <= 80),
      profile TEXT NOT NULL CHECK (json_valid(profile)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE UNIQUE INDEX club_templates_live_name ON club_templates (name COLLATE NOCASE) WHERE deleted_at IS NULL;
  `,
}
