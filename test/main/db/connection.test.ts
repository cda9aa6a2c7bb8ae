import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import {
  APPLICATION_ID,
  closeDatabase,
  DatabaseOpenError,
  openDatabase,
} from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations'
import { tempDir } from '../../support/temp'

function pragmas(db: Database.Database) {
  return {
    journalMode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreignKeys: db.pragma('foreign_keys', { simple: true }),
    busyTimeout: db.pragma('busy_timeout', { simple: true }),
    applicationId: db.pragma('application_id', { simple: true }),
    userVersion: db.pragma('user_version', { simple: true }),
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('opening the data file', () => {
  it('sets WAL, FULL sync, foreign keys, a busy timeout and our application id on a new file', () => {
    const path = join(tempDir(), 'new.sqlite')
    const db = openDatabase(path)
    migrate(db)
    expect(pragmas(db)).toEqual({
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: 1,
      busyTimeout: 5000,
      applicationId: APPLICATION_ID,
      userVersion: LATEST_SCHEMA_VERSION,
    })
    db.close()
  })

  it('sets the same pragmas again when a WAL file is reopened (they are per connection)', () => {
    const path = join(tempDir(), 'reopen.sqlite')
    const first = openDatabase(path)
    migrate(first)
    first
      .prepare(`INSERT INTO squads (id, name, created_at, updated_at) VALUES (?, 'A', 'x', 'x')`)
      .run('00000000-0000-4000-8000-000000000001')
    // Leave the WAL in place by not checkpointing, as after a crash.
    first.close()
    const again = openDatabase(path, { create: false })
    expect(pragmas(again)).toMatchObject({
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: 1,
      busyTimeout: 5000,
    })
    expect(again.prepare('SELECT count(*) AS n FROM squads').get()).toEqual({ n: 1 })
    closeDatabase(again)
  })

  it('refuses a zero-length file instead of treating it as a new empty database', () => {
    const path = join(tempDir(), 'empty.sqlite')
    writeFileSync(path, '')
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError)
    expect(readFileSync(path)).toHaveLength(0)
  })

  it('refuses a missing file when the app expects one to exist', () => {
    const path = join(tempDir(), 'gone.sqlite')
    expect(() => openDatabase(path, { create: false })).toThrowError(/missing/)
  })

  it('refuses a damaged file and leaves it byte for byte as it was', () => {
    const path = join(tempDir(), 'damaged.sqlite')
    const db = openDatabase(path)
    migrate(db)
    const insert = db.prepare(
      `INSERT INTO squads (id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')`,
    )
    for (let i = 0; i < 300; i += 1) {
      insert.run(
        `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        `Squad ${i} ${'x'.repeat(60)}`,
      )
    }
    closeDatabase(db)
    const bytes = readFileSync(path)
    // Scribble over the middle of the file: b-tree pages, not the header.
    bytes.fill(0x5a, 4096, 4096 * 3)
    writeFileSync(path, bytes)
    const before = sha256(path)
    const error = (() => {
      try {
        openDatabase(path, { create: false })
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as DatabaseOpenError).reason).toBe('corrupt')
    expect(sha256(path)).toBe(before)
  })

  it('refuses a SQLite file that belongs to another program', () => {
    const path = join(tempDir(), 'other.sqlite')
    const other = new Database(path)
    other.exec('CREATE TABLE notes (body TEXT)')
    other.close()
    expect(() => openDatabase(path)).toThrowError(/not an RTS Bridge data file/)
  })

  it('refuses a file that is not SQLite at all', () => {
    const path = join(tempDir(), 'text.sqlite')
    writeFileSync(path, 'squad,athlete\n'.repeat(500))
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError)
  })
})
