import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/connection'
import { migrate, schemaVersion } from '../../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations'
import type { Migration } from '../../../src/main/db/migrations/types'
import { tempDir } from '../../support/temp'

const extra = (sql: string): Migration => ({
  version: migrations.length + 1,
  name: 'test step',
  sql,
})

describe('migrations', () => {
  it('brings a new file to the latest schema and is a no-op the second time', () => {
    const db = openDatabase(join(tempDir(), 'm.sqlite'))
    expect(migrate(db)).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION })
    expect(migrate(db)).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION })
    db.close()
  })

  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })

  it('leaves data and version untouched when a step fails halfway', () => {
    const db = openDatabase(join(tempDir(), 'fail.sqlite'))
    migrate(db)
    db.prepare(
      `INSERT INTO squads (id, name, created_at, updated_at) VALUES (?, 'Kept', 'x', 'x')`,
    ).run('00000000-0000-4000-8000-000000000009')
    const failing = extra(`
      UPDATE squads SET name = 'Changed';
      CREATE TABLE half_done (id TEXT) STRICT;
      INSERT INTO no_such_table VALUES (1);
    `)
    expect(() => migrate(db, [...migrations, failing])).toThrow()
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT name FROM squads').all()).toEqual([{ name: 'Kept' }])
    expect(
      db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'half_done'`).get(),
    ).toBeUndefined()
    db.close()
  })

  it('rolls back a step that would leave broken references', () => {
    const db = openDatabase(join(tempDir(), 'fk.sqlite'))
    migrate(db)
    const orphan = extra(`
      PRAGMA defer_foreign_keys = ON;
      INSERT INTO athletes (id, squad_id, name, dominant_leg, created_at, updated_at)
        VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-00000000dead', 'Orphan', 'left', 'x', 'x');
    `)
    expect(() => migrate(db, [...migrations, orphan])).toThrow()
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT count(*) AS n FROM athletes').get()).toEqual({ n: 0 })
    db.close()
  })

  it('calls the backup hook before changing an existing database, not a new one', () => {
    const path = join(tempDir(), 'hook.sqlite')
    const seen: number[] = []
    const db = openDatabase(path)
    migrate(db, migrations, (from) => seen.push(from))
    migrate(db, [...migrations, extra('CREATE TABLE later (id TEXT) STRICT')], (from) =>
      seen.push(from),
    )
    migrate(db, [...migrations, extra('CREATE TABLE later (id TEXT) STRICT')], (from) =>
      seen.push(from),
    )
    expect(seen).toEqual([0, LATEST_SCHEMA_VERSION])
    db.close()
  })

  it('refuses a database written by a newer version of the app, without touching it', () => {
    const db = openDatabase(join(tempDir(), 'newer.sqlite'))
    migrate(db)
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    expect(() => migrate(db)).toThrowError(/newer version of RTS Bridge/)
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION + 5)
    db.close()
  })
})
