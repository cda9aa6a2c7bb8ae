import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Db } from '../../../src/main/db/connection'
import type { Repositories } from '../../../src/main/db/repositories'
import { closeDatabase, openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import { injuryFields, profileFields } from '../../support/records'

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/schemas')

export function fixturePath(version: number): string {
  return join(FIXTURE_DIR, `schema-v${version}.sqlite`)
}

export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/** True when `needle` occurs in the file's raw bytes (UTF-8), e.g. an erased name. */
export function fileContains(path: string, needle: string): boolean {
  if (!existsSync(path)) return false
  return readFileSync(path).includes(Buffer.from(needle, 'utf8'))
}

export interface SeededAthlete {
  squadId: string
  athleteId: string
  injuryId: string
}

/** A squad (found or created), an athlete with a profile and an injury whose notes hold `marker`. */
export function seedAthlete(
  repos: Repositories,
  name: string,
  marker = `${name} marker`,
  squadName = 'First team',
): SeededAthlete {
  const squad =
    repos.squads.list().find((candidate) => candidate.name === squadName) ??
    repos.squads.create(squadName)
  const athlete = repos.athletes.create(squad.id, {
    name,
    position: 'Winger',
    dateOfBirth: '2001-04-17',
    dominantLeg: 'right',
  })
  repos.profiles.save(athlete.id, profileFields())
  const injury = repos.injuries.create(athlete.id, injuryFields({ notes: marker }))
  return { squadId: squad.id, athleteId: athlete.id, injuryId: injury.id }
}

/** Writes a healthy RTS Bridge database at `dir/rts-bridge.sqlite` with one athlete in it. */
export function writeDataFile(dir: string, build: (path: string) => void = () => {}): string {
  const path = join(dir, DATABASE_FILE_NAME)
  const db = openDatabase(path)
  migrate(db)
  closeDatabase(db)
  build(path)
  return path
}

/** Overwrites bytes in the middle of a file (b-tree pages, not the header). */
export function scribble(path: string, from = 4096, to = 4096 * 3): void {
  const bytes = readFileSync(path)
  bytes.fill(0x5a, from, Math.min(to, bytes.length))
  writeFileSync(path, bytes)
}

/** Copies a committed schema fixture to `target` (fixtures themselves are never opened). */
export function copyFixture(version: number, target: string): string {
  copyFileSync(fixturePath(version), target)
  return target
}

/**
 * Tables a later migration might add, created here by hand: one with an athlete_id column,
 * one linked only through it, and one two steps further away. Export and erasure must find
 * them without being told.
 */
export function addLaterTables(db: Db): void {
  db.exec(`
    CREATE TABLE rehab_notes (
      id TEXT PRIMARY KEY, athlete_id TEXT NOT NULL REFERENCES athletes (id), body TEXT NOT NULL
    ) STRICT;
    CREATE TABLE note_attachments (
      id TEXT PRIMARY KEY, note_id TEXT NOT NULL REFERENCES rehab_notes (id), caption TEXT
    ) STRICT;
    CREATE TABLE attachment_tags (
      attachment_id TEXT NOT NULL REFERENCES note_attachments (id), tag TEXT NOT NULL
    ) STRICT;
  `)
}

export function fillLaterTables(db: Db, athleteId: string, text: string): void {
  const note = `note-${athleteId}`
  const attachment = `att-${athleteId}`
  db.prepare('INSERT INTO rehab_notes VALUES (?, ?, ?)').run(note, athleteId, `${text} note`)
  db.prepare('INSERT INTO note_attachments VALUES (?, ?, ?)').run(attachment, note, `${text} scan`)
  db.prepare('INSERT INTO attachment_tags VALUES (?, ?)').run(attachment, `${text} tag`)
}
