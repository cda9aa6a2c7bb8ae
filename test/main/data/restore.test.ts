import { copyFileSync, existsSync, readdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { APPLICATION_ID, closeDatabase, openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations'
import { listBackupFiles } from '../../../src/main/data-safety/backup-files'
import {
  inspectDatabaseFile,
  inspectDatabaseFileNow,
} from '../../../src/main/data-safety/worker-tasks'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { dbFingerprint } from '../../support/db-fingerprint'
import { tempDir } from '../../support/temp'
import { copyFixture, scribble, seedAthlete, sha256File } from './helpers'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  backend = undefined
})

function names(b: TestBackend): string[] {
  const { repos } = b.services.deps
  return repos.squads
    .list()
    .flatMap((squad) => repos.athletes.listBySquad(squad.id, { includeArchived: true }))
    .map((athlete) => athlete.name)
    .sort()
}

/** A healthy RTS Bridge file with one athlete, written outside the app (as another laptop would). */
function otherLaptopFile(dir: string, name: string): string {
  const other = startTestBackend()
  seedAthlete(other.services.deps.repos, name)
  other.services.close()
  const path = join(dir, `${name}.sqlite`)
  copyFileSync(join(other.dataDir, DATABASE_FILE_NAME), path)
  other.close()
  return path
}

describe('restore drill through the real handler (quality D7)', () => {
  it('restores a backup and goes on with the restored data without a restart', async () => {
    let now = Date.parse('2026-11-02T08:00:00.000Z')
    backend = startTestBackend({ clock: () => new Date((now += 1000)) })
    const { api } = backend
    seedAthlete(backend.services.deps.repos, 'Zoë Kowalczyk')
    const backup = await api.data.backupNow({})
    if (!backup.ok) throw new Error(backup.error.message)
    seedAthlete(backend.services.deps.repos, 'Ivan Petrov')
    expect(names(backend)).toEqual(['Ivan Petrov', 'Zoë Kowalczyk'])

    const restored = await api.data.restore({
      from: 'backup',
      fileName: backup.data.backup.fileName,
    })
    expect(restored).toMatchObject({
      ok: true,
      data: { status: 'restored', source: backup.data.backup.fileName, migratedFrom: null },
    })
    expect(names(backend)).toEqual(['Zoë Kowalczyk'])

    // The app keeps working on the restored file through the same dispatcher.
    const squads = await api.squads.list({})
    if (!squads.ok) throw new Error(squads.error.message)
    const created = await api.athletes.create({
      squadId: squads.data[0]!.id,
      name: 'Sione Taufa',
      position: '',
      dateOfBirth: '',
      dominantLeg: 'both',
    })
    expect(created.ok).toBe(true)

    // What was replaced is kept as a "before restore" backup that still has Ivan.
    const safety = listBackupFiles(join(backend.dataDir, 'backups')).find(
      (file) => file.kind === 'pre-restore',
    )
    expect(safety).toBeDefined()
    const copy = new Database(safety!.path, { readonly: true })
    expect(copy.prepare('SELECT name FROM athletes ORDER BY name').pluck().all()).toEqual([
      'Ivan Petrov',
      'Zoë Kowalczyk',
    ])
    copy.close()
    expect(backend.services.deps.repos.audit.list({ limit: 5 }).map((r) => r.action)).toContain(
      'data.restore',
    )
    expect(backend.services.deps.repos.audit.verify().ok).toBe(true)
  })

  it('restores a file from an older schema into a fresh profile, migrating it after a copy', async () => {
    const chosen = copyFixture(1, join(tempDir(), 'old-laptop.sqlite'))
    const chosenHash = sha256File(chosen)
    backend = startTestBackend({ openPath: () => chosen })
    const restored = await backend.api.data.restore({ from: 'file' })
    expect(restored).toMatchObject({
      ok: true,
      data: {
        status: 'restored',
        source: 'old-laptop.sqlite',
        migratedFrom: 1,
        schemaVersion: LATEST_SCHEMA_VERSION,
      },
    })
    expect(names(backend)).toEqual(
      ['Sam O’Neill', 'Sione Taufa', 'Zoë Kowalczyk', 'Ελένη Παπαδοπούλου', 'Иван Петров'].sort(),
    )
    const kinds = listBackupFiles(join(backend.dataDir, 'backups')).map(
      (file) => `${file.kind} v${file.schemaVersion}`,
    )
    expect(kinds).toContain('pre-migration v1')
    expect(sha256File(chosen)).toBe(chosenHash)
    expect(backend.services.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('restores the newest backup that passes its checks, skipping a damaged one', async () => {
    let now = Date.parse('2026-11-02T08:00:00.000Z')
    backend = startTestBackend({ clock: () => new Date((now += 60_000)) })
    seedAthlete(backend.services.deps.repos, 'Zoë Kowalczyk')
    const older = await backend.api.data.backupNow({})
    seedAthlete(backend.services.deps.repos, 'Ivan Petrov')
    const newer = await backend.api.data.backupNow({})
    if (!older.ok || !newer.ok) throw new Error('backup failed')
    scribble(join(backend.dataDir, 'backups', newer.data.backup.fileName), 100, 40_000)
    seedAthlete(backend.services.deps.repos, 'Sione Taufa')

    const restored = await backend.api.data.restore({ from: 'latest' })
    expect(restored).toMatchObject({
      ok: true,
      data: { status: 'restored', source: older.data.backup.fileName },
    })
    expect(names(backend)).toEqual(['Zoë Kowalczyk'])
  })

  it('refuses to restore the data file in use onto itself', async () => {
    backend = startTestBackend({
      openPath: () => join(backend!.dataDir, DATABASE_FILE_NAME),
    })
    const result = await backend.api.data.restore({ from: 'file' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})

/** Files a user might pick that must never replace the data file (quality B8). */
const untrustedFiles: [string, RegExp, (dir: string) => string][] = [
  ['an empty file', /empty/, (dir) => writeTo(dir, 'empty.sqlite', '')],
  [
    'a text file',
    /not a database/,
    (dir) => writeTo(dir, 'notes.sqlite', 'squad,athlete\n'.repeat(400)),
  ],
  [
    'a truncated data file',
    /damaged/,
    (dir) => {
      const path = otherLaptopFile(dir, 'Truncated Athlete')
      truncateSync(path, 8192)
      return path
    },
  ],
  [
    'a data file with scribbled pages',
    /damaged/,
    (dir) => {
      const path = otherLaptopFile(dir, 'Scribbled Athlete')
      scribble(path, 8192, 4096 * 6)
      return path
    },
  ],
  [
    'a database of another program',
    /not made by RTS Bridge/,
    (dir) => {
      const path = join(dir, 'other-program.sqlite')
      const other = new Database(path)
      other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)')
      other.close()
      return path
    },
  ],
  [
    'a file that borrowed our application id but has other tables',
    /do not match/,
    (dir) => {
      const path = otherLaptopFile(dir, 'Tampered Athlete')
      const db = new Database(path)
      db.exec('CREATE TABLE smuggled (payload TEXT)')
      db.close()
      return path
    },
  ],
  [
    'a data file from a newer version',
    /newer version/,
    (dir) => {
      const path = otherLaptopFile(dir, 'Future Athlete')
      const db = new Database(path)
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
      db.close()
      return path
    },
  ],
  [
    'an RTS Bridge file with no data',
    /no data/,
    (dir) => {
      const path = join(dir, 'blank.sqlite')
      const db = new Database(path)
      db.pragma(`application_id = ${APPLICATION_ID}`)
      db.exec('CREATE TABLE x (y INTEGER); DROP TABLE x')
      db.close()
      return path
    },
  ],
  [
    'a file whose records point at missing ones',
    /point to records that are missing/,
    (dir) => {
      const path = otherLaptopFile(dir, 'Orphaned Athlete')
      const db = new Database(path)
      db.pragma('foreign_keys = OFF')
      db.prepare('DELETE FROM squads').run()
      db.close()
      return path
    },
  ],
]

function writeTo(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('restoring an untrusted file (quality B8)', () => {
  it.each(untrustedFiles)(
    'refuses %s and leaves the live data and the chosen file untouched',
    async (_label, message, make) => {
      const chosen = make(tempDir())
      const chosenHash = sha256File(chosen)
      backend = startTestBackend({ openPath: () => chosen })
      seedAthlete(backend.services.deps.repos, 'Zoë Kowalczyk')
      const livePath = join(backend.dataDir, DATABASE_FILE_NAME)
      const before = dbFingerprint(backend.services.db)
      const liveHash = sha256File(livePath)

      const result = await backend.api.data.restore({ from: 'file' })
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
      if (!result.ok) expect(result.error.message).toMatch(message)
      expect(dbFingerprint(backend.services.db)).toBe(before)
      expect(sha256File(livePath)).toBe(liveHash)
      expect(sha256File(chosen)).toBe(chosenHash)
      expect(backend.services.data.mode).toBe('ready')
      // Nothing of the refused file is left beside the data file.
      expect(readdirSync(backend.dataDir).filter((name) => name.includes('restore'))).toEqual([])
    },
  )

  it('checks a file the same way in a worker thread and on the calling thread', async () => {
    const dir = tempDir()
    const healthy = otherLaptopFile(dir, 'Healthy Athlete')
    const damaged = otherLaptopFile(dir, 'Damaged Athlete')
    scribble(damaged, 8192, 4096 * 6)
    for (const path of [healthy, damaged, join(dir, 'missing.sqlite')]) {
      const inWorker = await inspectDatabaseFile(path, { full: true })
      expect(inWorker).toEqual(inspectDatabaseFileNow(path, { full: true }))
    }
    expect(await inspectDatabaseFile(healthy, { full: true })).toMatchObject({
      status: 'ok',
      integrity: ['ok'],
      applicationId: APPLICATION_ID,
      userVersion: LATEST_SCHEMA_VERSION,
    })
  })

  it('never opens the chosen file for writing: a read-only file can be checked and restored', async () => {
    const dir = tempDir()
    const chosen = otherLaptopFile(dir, 'Read Only Athlete')
    const db = openDatabase(chosen, { create: false })
    migrate(db)
    closeDatabase(db)
    const { chmodSync } = await import('node:fs')
    chmodSync(chosen, 0o444)
    backend = startTestBackend({ openPath: () => chosen })
    const result = await backend.api.data.restore({ from: 'file' })
    expect(result.ok).toBe(true)
    expect(names(backend)).toEqual(['Read Only Athlete'])
    expect(existsSync(`${chosen}-wal`)).toBe(false)
  })
})
