import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../../../src/main/db/connection'
import { migrate } from '../../../src/main/db/migrate'
import { createRepositories } from '../../../src/main/db/repositories'
import { eraseAthlete } from '../../../src/main/data/athlete-data'
import { listBackupFiles } from '../../../src/main/data-safety/backup-files'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import type { Db } from '../../../src/main/db/connection'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { dbFingerprint } from '../../support/db-fingerprint'
import { tempDir } from '../../support/temp'
import { addLaterTables, fileContains, fillLaterTables, seedAthlete } from './helpers'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  backend = undefined
})

const CANARY = 'CANARY-ERASE-9b2e7d'
const CANARY_NAME = 'Kanária Ødegård'

/** Every table and text column that mentions `needle`, except the audit trail's own rows. */
function mentions(db: Db, needle: string): string[] {
  const found: string[] = []
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
  for (const table of tables) {
    if (table === 'audit_log') continue
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
      (column) => column.name,
    )
    for (const column of columns) {
      const hit = db
        .prepare(`SELECT 1 FROM "${table}" WHERE instr(CAST("${column}" AS TEXT), ?) > 0`)
        .get(needle)
      if (hit) found.push(`${table}.${column}`)
    }
  }
  return found
}

/** Only the rows of athletes other than `athleteId`, to show erasure left them alone. */
function othersFingerprint(db: Db, athleteId: string): string {
  const copy = db
    .prepare(
      `SELECT a.*, (SELECT json_group_array(json_object('id', i.id, 'notes', i.notes)) FROM injuries i WHERE i.athlete_id = a.id) AS injuries
       FROM athletes a WHERE a.id <> ? ORDER BY a.id`,
    )
    .all(athleteId)
  return JSON.stringify(copy)
}

describe('erasing one athlete (quality P3)', () => {
  it('removes every linked row, and the canary from the database and WAL files', async () => {
    backend = startTestBackend()
    const { repos } = backend.services.deps
    const { db } = backend.services
    const erased = seedAthlete(repos, CANARY_NAME, CANARY)
    const kept = seedAthlete(repos, 'Ivan Petrov', 'kept notes')
    addLaterTables(db)
    fillLaterTables(db, erased.athleteId, CANARY)
    fillLaterTables(db, kept.athleteId, 'kept later')
    repos.athletes.update(erased.athleteId, {
      name: CANARY_NAME,
      position: 'Full-back',
      dateOfBirth: '2001-04-17',
      dominantLeg: 'left',
    })
    // A saved GPS mapping remembers both athletes as players of the file.
    const match = (key: string, athleteId: string) => ({ key: key.repeat(64), athleteId })
    repos.gpsMappings.save('Catapult Vector', {
      version: 1,
      dataSource: 'GPS',
      columns: {},
      thresholds: { hsr: null, sprint: null, unit: 'km/h' },
      dateOrder: null,
      totalRowNames: null,
      defaultType: 'field',
      typeBySession: {},
      players: {
        salt: 'a'.repeat(32),
        matches: [match('b', erased.athleteId), match('c', kept.athleteId)],
      },
    })
    const dbPath = join(backend.dataDir, DATABASE_FILE_NAME)
    // The canary really is on disk before: in the WAL, the main file, or both.
    expect(fileContains(`${dbPath}-wal`, CANARY) || fileContains(dbPath, CANARY)).toBe(true)
    const others = othersFingerprint(db, erased.athleteId)

    const result = await backend.api.data.eraseAthlete({
      athleteId: erased.athleteId,
      confirmName: ` ${CANARY_NAME.toUpperCase()} `,
      removeBackups: false,
    })
    expect(result).toMatchObject({ ok: true, data: { walCleared: true, backupsRemoved: 0 } })
    if (result.ok) expect(result.data.rowsErased).toBeGreaterThan(8)
    // The WAL was emptied by a worker, not by the main thread.
    expect(backend.services.data.lastCheckpoint).toMatchObject({ where: 'worker', complete: true })

    expect(mentions(db, erased.athleteId)).toEqual([])
    expect(mentions(db, CANARY)).toEqual([])
    expect(mentions(db, CANARY_NAME)).toEqual([])
    expect(fileContains(dbPath, CANARY)).toBe(false)
    expect(fileContains(dbPath, CANARY_NAME)).toBe(false)
    expect(fileContains(`${dbPath}-wal`, CANARY)).toBe(false)
    expect(othersFingerprint(db, erased.athleteId)).toBe(others)
    // The mapping stays for the next file, with only the other athlete's match.
    expect(repos.gpsMappings.list()[0]?.mapping.players.matches).toEqual([
      match('c', kept.athleteId),
    ])
    expect(db.prepare('SELECT count(*) FROM rehab_notes').pluck().get()).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    // The trail keeps a tombstone with no content, and still verifies.
    const trail = repos.audit
      .list({ limit: 100 })
      .filter((row) => row.athleteId === erased.athleteId)
    expect(trail[0]).toMatchObject({ action: 'athlete.erase', hasDetail: false })
    expect(trail.slice(1).every((row) => !row.hasDetail || row.detailErased)).toBe(true)
    expect(repos.audit.verify()).toMatchObject({ ok: true })
    const tombstone = JSON.stringify(db.prepare('SELECT * FROM audit_log').all())
    expect(tombstone).not.toContain(CANARY)
    expect(tombstone).not.toContain(CANARY_NAME)
  })

  it('needs the athlete’s name typed, and changes nothing without it', async () => {
    backend = startTestBackend()
    const { athleteId } = seedAthlete(backend.services.deps.repos, CANARY_NAME, CANARY)
    const before = dbFingerprint(backend.services.db)
    const result = await backend.api.data.eraseAthlete({
      athleteId,
      confirmName: 'Kanaria Odegard',
      removeBackups: true,
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { confirmName: expect.any(String) } },
    })
    expect(dbFingerprint(backend.services.db)).toBe(before)
  })

  it('removes older backups when asked, and makes a fresh one without the athlete', async () => {
    const extra = tempDir()
    backend = startTestBackend({ folderPath: () => extra })
    const { athleteId } = seedAthlete(backend.services.deps.repos, CANARY_NAME, CANARY)
    await backend.api.data.chooseBackupFolder({})
    const old = await backend.api.data.backupNow({})
    if (!old.ok) throw new Error(old.error.message)
    const backupsDir = join(backend.dataDir, 'backups')
    expect(fileContains(join(backupsDir, old.data.backup.fileName), CANARY)).toBe(true)

    const result = await backend.api.data.eraseAthlete({
      athleteId,
      confirmName: CANARY_NAME,
      removeBackups: true,
    })
    expect(result).toMatchObject({ ok: true, data: { backupsRemoved: 2 } })
    for (const dir of [backupsDir, extra]) {
      const files = listBackupFiles(dir)
      expect(files).toHaveLength(1)
      expect(files[0]!.fileName).not.toBe(old.data.backup.fileName)
      expect(fileContains(files[0]!.path, CANARY)).toBe(false)
      expect(fileContains(files[0]!.path, CANARY_NAME)).toBe(false)
    }
  })

  it('would leave the canary on disk without secure_delete (negative control)', () => {
    const path = join(tempDir(), 'control.sqlite')
    const db = openDatabase(path)
    migrate(db)
    db.pragma('secure_delete = OFF')
    let tick = Date.parse('2026-03-01T09:00:00.000Z')
    const repos = createRepositories(db, () => new Date((tick += 1000)))
    const { athleteId } = seedAthlete(repos, CANARY_NAME, CANARY)
    db.pragma('wal_checkpoint(TRUNCATE)')
    eraseAthlete(db, repos.audit, 'Tester', athleteId)
    closeDatabase(db)
    expect(fileContains(path, CANARY)).toBe(true)
  })
})
