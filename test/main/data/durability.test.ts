import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CHECKPOINT_AT_BYTES } from '../../../src/main/data-safety/app-data'
import { WAL_SIZE_LIMIT_BYTES } from '../../../src/main/db/connection'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import { startTestBackend, type TestBackend } from '../../support/backend'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  backend = undefined
})

function walSize(dataDir: string): number {
  const wal = join(dataDir, `${DATABASE_FILE_NAME}-wal`)
  return existsSync(wal) ? statSync(wal).size : 0
}

describe('the WAL (quality D9)', () => {
  it('is cut back to a bounded size after a large write', () => {
    backend = startTestBackend()
    const { db } = backend.services
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(WAL_SIZE_LIMIT_BYTES)
    db.exec('CREATE TABLE bulk (payload BLOB) STRICT')
    const insert = db.prepare('INSERT INTO bulk VALUES (randomblob(10000))')
    db.transaction(() => {
      for (let i = 0; i < 2500; i += 1) insert.run()
    })()
    expect(walSize(backend.dataDir)).toBeGreaterThan(2 * WAL_SIZE_LIMIT_BYTES)
    db.pragma('wal_checkpoint(PASSIVE)')
    db.prepare('INSERT INTO bulk VALUES (randomblob(10))').run()
    expect(walSize(backend.dataDir)).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES)
  })

  it('is copied into the data file by a worker after a large write, not by the main thread', async () => {
    backend = startTestBackend()
    const { api, services } = backend
    const { db, data } = services
    // The app's connection leaves checkpoints to the worker; a bare one would run its own.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0)
    const squad = await api.squads.create({ name: 'First team' })
    if (!squad.ok) throw new Error(squad.error.message)
    // A small write leaves the WAL alone.
    await data.checkpointDone
    expect(data.lastCheckpoint).toBeNull()

    // A large one (rows written straight to the file, then one more through IPC) has a worker
    // copy the WAL into the data file; the next write starts the WAL over, cut back to its limit.
    db.exec('CREATE TABLE bulk (payload BLOB) STRICT')
    const insert = db.prepare('INSERT INTO bulk VALUES (randomblob(10000))')
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1) insert.run()
    })()
    expect(walSize(backend.dataDir)).toBeGreaterThan(CHECKPOINT_AT_BYTES)
    const athlete = await api.athletes.create({
      squadId: squad.data.id,
      name: 'Ana Ionescu',
      position: 'Winger',
      dateOfBirth: '2001-04-17',
      dominantLeg: 'right',
    })
    expect(athlete.ok).toBe(true)
    await data.checkpointDone
    expect(data.lastCheckpoint).toMatchObject({ where: 'worker' })
    expect(data.lastCheckpoint!.walPages).toBeGreaterThan(CHECKPOINT_AT_BYTES / 4096)
    expect(data.lastCheckpoint!.checkpointed).toBe(data.lastCheckpoint!.walPages)
    const first = data.lastCheckpoint
    await api.squads.rename({ id: squad.data.id, name: 'First team (men)' })
    expect(walSize(backend.dataDir)).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES)
    // The WAL cut back to its limit does not start another checkpoint at every write.
    await data.checkpointDone
    expect(data.lastCheckpoint).toBe(first)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    // Everything is there after a restart, the large write included.
    backend.restart()
    await backend.services.data.healthChecked
    const { db: again } = backend.services
    expect(again.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(2000)
    expect(backend.services.deps.repos.squads.list().map((s) => s.name)).toEqual([
      'First team (men)',
    ])
  })

  it('is checkpointed into the data file when the app closes', () => {
    backend = startTestBackend()
    const { repos } = backend.services.deps
    repos.squads.create('First team')
    expect(walSize(backend.dataDir)).toBeGreaterThan(0)
    backend.services.close()
    expect(walSize(backend.dataDir)).toBe(0)
    backend.restart()
    expect(backend.services.deps.repos.squads.list().map((s) => s.name)).toEqual(['First team'])
  })
})

describe('a full disk (quality D10)', () => {
  it('answers with a clear error, rolls the change back and keeps everything acknowledged', async () => {
    backend = startTestBackend()
    const { api, services } = backend
    const squad = await api.squads.create({ name: 'First team' })
    if (!squad.ok) throw new Error(squad.error.message)
    // The file may not grow any further: the next page SQLite needs is "disk full".
    const pages = services.db.pragma('page_count', { simple: true }) as number
    services.db.pragma(`max_page_count = ${pages + 2}`)
    const acknowledged: string[] = []
    let failure: { code: string; message: string } | null = null
    for (let i = 0; i < 500 && !failure; i += 1) {
      const result = await api.athletes.create({
        squadId: squad.data.id,
        name: `Athlete ${i} ${'with a long name to fill pages '.repeat(3)}`.slice(0, 120),
        position: 'Winger',
        dateOfBirth: '2001-04-17',
        dominantLeg: 'right',
      })
      if (result.ok) acknowledged.push(result.data.id)
      else failure = result.error
    }
    expect(failure).toEqual({
      code: 'io',
      message: 'The disk is full. Nothing was saved; free some space and try again.',
    })
    const { db } = services
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const stored = db.prepare('SELECT id FROM athletes').pluck().all()
    expect(stored.sort()).toEqual([...acknowledged].sort())
    // Every athlete has their audit row and nothing else has one: no half-written change.
    const audited = db
      .prepare(`SELECT entity_id FROM audit_log WHERE action = 'athlete.create'`)
      .pluck()
      .all()
    expect(audited.sort()).toEqual([...acknowledged].sort())
    expect(services.deps.repos.audit.verify().ok).toBe(true)

    // A manual backup into the same full "disk" is not possible either, and says so.
    services.db.pragma(`max_page_count = ${1 << 30}`)
    const after = await api.athletes.create({
      squadId: squad.data.id,
      name: 'Space again',
      position: '',
      dateOfBirth: '',
      dominantLeg: 'left',
    })
    expect(after.ok).toBe(true)
  })
})
