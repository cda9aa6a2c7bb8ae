import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION, migrations } from '../../../src/main/db/migrations'
import { statePathFor } from '../../../src/main/data-safety/state-file'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { dbFingerprint } from '../../support/db-fingerprint'
import { tempDir } from '../../support/temp'
import { copyFixture, scribble, seedAthlete, sha256File } from './helpers'

/** Every row and the schema version, read without writing anything. */
function fingerprintOf(path: string): string {
  const db = new Database(path, { readonly: true })
  try {
    return dbFingerprint(db)
  } finally {
    db.close()
  }
}

/** The data file and its WAL (empty string when there is none): what a write would change. */
function sidecarHashes(path: string): [string, string] {
  const wal = `${path}-wal`
  return [sha256File(path), existsSync(wal) ? sha256File(wal) : '']
}

const opened: TestBackend[] = []
afterEach(() => {
  for (const backend of opened.splice(0)) backend.close()
})

function start(options: Parameters<typeof startTestBackend>[0]): TestBackend {
  const backend = startTestBackend(options)
  opened.push(backend)
  return backend
}

/** A data folder that has been used: one athlete and one backup, app closed. */
async function usedDataFolder(): Promise<string> {
  const dataDir = tempDir()
  const first = startTestBackend({ dataDir })
  first.services.deps.repos.settings.set('app', {
    userName: 'Dr Ana Silva',
    clubName: null,
    pageSize: 'A4',
    speedUnit: 'km/h',
  })
  seedAthlete(first.services.deps.repos, 'Zoë Kowalczyk')
  const backup = await first.api.data.backupNow({})
  if (!backup.ok) throw new Error(backup.error.message)
  seedAthlete(first.services.deps.repos, 'Ivan Petrov')
  first.close()
  return dataDir
}

const damages: [string, string, (path: string) => void][] = [
  ['a corrupted file', 'corrupt', (path) => scribble(path, 4096, 4096 * 4)],
  ['a zero-length file', 'corrupt', (path) => writeFileSync(path, '')],
  [
    'a file from another program',
    'not_rts_bridge',
    (path) => {
      rmSync(path)
      const other = new Database(path)
      other.exec('CREATE TABLE notes (body TEXT)')
      other.close()
    },
  ],
  [
    'a file written by a newer version',
    'too_new',
    (path) => {
      const db = new Database(path)
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
      db.close()
    },
  ],
]

describe('startup health check and recovery (quality D5)', () => {
  it.each(damages)(
    'opens the recovery screen for %s, keeps it byte for byte and restores the latest backup',
    async (_label, reason, damage) => {
      const dataDir = await usedDataFolder()
      const livePath = join(dataDir, DATABASE_FILE_NAME)
      damage(livePath)
      const damagedHash = sha256File(livePath)

      const backend = start({ dataDir })
      // Damage inside the file is found by the health check that runs after start.
      await backend.services.healthChecked
      expect(backend.services.data.mode).toBe('recovery')
      expect(sha256File(livePath)).toBe(damagedHash)
      const status = await backend.api.data.status({})
      expect(status).toMatchObject({
        ok: true,
        data: { mode: 'recovery', reason, databaseFileExists: true, backupCount: 1 },
      })
      // Nothing else runs against a file that is not open; the recovery channels do.
      const squads = await backend.api.squads.list({})
      expect(squads).toMatchObject({ ok: false, error: { code: 'io' } })
      expect((await backend.api.data.backups({})).ok).toBe(true)

      const restored = await backend.api.data.restore({ from: 'latest' })
      if (!restored.ok) throw new Error(restored.error.message)
      expect(restored.data).toMatchObject({ status: 'restored' })
      expect(backend.services.data.mode).toBe('ready')
      const squadList = await backend.api.squads.list({})
      expect(squadList.ok).toBe(true)

      // The damaged file was moved aside unchanged, never overwritten.
      const kept = restored.data.status === 'restored' ? restored.data.previousFileKeptAt : null
      expect(kept).toContain(join(dataDir, 'damaged'))
      expect(sha256File(kept!)).toBe(damagedHash)
    },
  )

  it('does not create a new empty database when the file is missing after the first run', async () => {
    const dataDir = await usedDataFolder()
    const livePath = join(dataDir, DATABASE_FILE_NAME)
    rmSync(livePath)
    const backend = start({ dataDir })
    expect(backend.services.data.mode).toBe('recovery')
    expect(existsSync(livePath)).toBe(false)
    const status = await backend.api.data.status({})
    expect(status).toMatchObject({
      ok: true,
      data: { mode: 'recovery', reason: 'missing', databaseFileExists: false },
    })
    // Restarting does not change that: the state file remembers a database was made here.
    backend.restart()
    expect(backend.services.data.mode).toBe('recovery')
    expect(existsSync(livePath)).toBe(false)

    const restored = await backend.api.data.restore({ from: 'latest' })
    expect(restored).toMatchObject({ ok: true, data: { previousFileKeptAt: null } })
    const { repos } = backend.services.deps
    const squad = repos.squads.list()[0]!
    expect(repos.athletes.listBySquad(squad.id).map((a) => a.name)).toEqual(['Zoë Kowalczyk'])
    // Nobody is known on the recovery screen: the restore is recorded as the file's own user's.
    expect(repos.audit.list({ limit: 1 })[0]).toMatchObject({
      action: 'data.restore',
      actor: 'Dr Ana Silva',
    })
  })

  it('treats backups without a state file as proof of earlier data', async () => {
    const dataDir = await usedDataFolder()
    rmSync(join(dataDir, DATABASE_FILE_NAME))
    rmSync(statePathFor(join(dataDir, DATABASE_FILE_NAME)))
    const backend = start({ dataDir })
    expect(backend.services.data.problem?.reason).toBe('missing')
    expect(existsSync(join(dataDir, DATABASE_FILE_NAME))).toBe(false)
  })

  it('starts normally on a first run and remembers that a data file now exists', () => {
    const dataDir = tempDir()
    const backend = start({ dataDir })
    expect(backend.services.data.mode).toBe('ready')
    expect(existsSync(statePathFor(join(dataDir, DATABASE_FILE_NAME)))).toBe(true)
  })

  it('stays on the recovery screen, file untouched, when a migration fails', async () => {
    const dataDir = await usedDataFolder()
    const livePath = join(dataDir, DATABASE_FILE_NAME)
    const before = sha256File(livePath)
    const failing = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken step',
        sql: 'CREATE TABLE half_done (id TEXT) STRICT; INSERT INTO no_such_table VALUES (1);',
      },
    ]
    const backend = start({ dataDir, migrations: failing })
    expect(backend.services.data.problem?.reason).toBe('migration_failed')
    expect(sha256File(livePath)).toBe(before)
    const kinds = readdirSync(join(dataDir, 'backups')).filter((name) =>
      name.includes('pre-migration'),
    )
    expect(kinds).toHaveLength(1)
  })

  it('does not migrate when the safety copy before it cannot be made', () => {
    const dataDir = tempDir()
    const livePath = copyFixture(1, join(dataDir, DATABASE_FILE_NAME))
    const before = fingerprintOf(livePath)
    writeFileSync(join(dataDir, 'backups'), 'a file where the backups folder should be')
    const backend = start({ dataDir })
    expect(backend.services.data.problem).toMatchObject({
      reason: 'migration_failed',
      message: expect.stringMatching(/could not make the safety copy first/),
    })
    expect(fingerprintOf(livePath)).toBe(before)
  })

  it('keeps the damaged file and starts an empty one only when asked to', async () => {
    const dataDir = await usedDataFolder()
    const livePath = join(dataDir, DATABASE_FILE_NAME)
    scribble(livePath, 4096, 4096 * 4)
    const damagedHash = sha256File(livePath)
    const backend = start({ dataDir })
    await backend.services.healthChecked
    expect(backend.services.data.mode).toBe('recovery')
    const fresh = await backend.api.data.startFresh({ confirmed: true })
    if (!fresh.ok) throw new Error(fresh.error.message)
    expect(fresh.data.status).toBe('started')
    expect(backend.services.data.mode).toBe('ready')
    expect(backend.services.deps.repos.squads.list()).toEqual([])
    const kept = fresh.data.status === 'started' ? fresh.data.previousFileKeptAt : null
    expect(sha256File(kept!)).toBe(damagedHash)
    // Backups of the old data are still there to restore later.
    const overview = await backend.api.data.backups({})
    expect(overview.ok && overview.data.backups.length).toBe(1)
    // And a healthy app is never reset by this channel.
    expect(await backend.api.data.startFresh({ confirmed: true })).toMatchObject({
      ok: true,
      data: { status: 'not_needed' },
    })
  })

  it('finds damage in the background after start: writes asked for meanwhile never run', async () => {
    const dataDir = await usedDataFolder()
    const livePath = join(dataDir, DATABASE_FILE_NAME)
    scribble(livePath, 4096, 4096 * 4)
    const damaged = sidecarHashes(livePath)

    const backend = start({ dataDir })
    // Opened at once, the check still running in its worker.
    expect(backend.services.data.mode).toBe('ready')
    expect(backend.services.data.healthCheckPending).toBe(true)
    const write = backend.api.squads.create({ name: 'Reserves' })
    const settings = backend.api.settings.update({
      userName: 'Someone Else',
      clubName: null,
      pageSize: 'A4',
      speedUnit: 'm/s',
    })
    // A write that does not go through the IPC gate cannot change the file either.
    expect(() => backend.services.deps.repos.squads.create('Straight to the repository')).toThrow()

    await backend.services.healthChecked
    expect(backend.services.data.mode).toBe('recovery')
    expect(backend.services.data.problem?.reason).toBe('corrupt')
    for (const answer of [await write, await settings]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'io' } })
    }
    expect(sidecarHashes(livePath)).toEqual(damaged)
    expect(await backend.api.data.status({})).toMatchObject({
      ok: true,
      data: { mode: 'recovery', reason: 'corrupt' },
    })
    // The recovery screen works as for damage found before opening.
    const restored = await backend.api.data.restore({ from: 'latest' })
    if (!restored.ok) throw new Error(restored.error.message)
    const kept = restored.data.status === 'restored' ? restored.data.previousFileKeptAt : null
    expect(sha256File(kept!)).toBe(damaged[0])
    expect(backend.services.deps.repos.squads.list().map((squad) => squad.name)).not.toContain(
      'Reserves',
    )
  })

  it('answers reads while the background check runs and runs writes once it passes', async () => {
    const dataDir = await usedDataFolder()
    const backend = start({ dataDir })
    expect(backend.services.data.healthCheckPending).toBe(true)
    const squads = await backend.api.squads.list({})
    if (!squads.ok) throw new Error(squads.error.message)
    expect(backend.services.data.healthCheckPending).toBe(true)
    const board = await backend.api.board.squad({ squadId: squads.data[0]!.id })
    expect(board.ok).toBe(true)
    expect(backend.services.data.healthCheckPending).toBe(true)

    const created = await backend.api.squads.create({ name: 'Reserves' })
    expect(backend.services.data.healthCheckPending).toBe(false)
    expect(created).toMatchObject({ ok: true, data: { name: 'Reserves' } })
    expect(backend.services.data.mode).toBe('ready')
    // And the connection accepts writes again outside IPC too.
    backend.services.deps.repos.squads.create('Under 21')
    expect(backend.services.deps.repos.squads.list()).toHaveLength(3)
  })

  it('shows the data file or the backups folder in the file manager', async () => {
    const dataDir = await usedDataFolder()
    scribble(join(dataDir, DATABASE_FILE_NAME), 4096, 4096 * 4)
    const backend = start({ dataDir })
    expect(await backend.api.data.reveal({ what: 'dataFile' })).toMatchObject({
      ok: true,
      data: { path: join(dataDir, DATABASE_FILE_NAME) },
    })
    await backend.api.data.reveal({ what: 'backups' })
    expect(backend.revealed).toEqual([join(dataDir, DATABASE_FILE_NAME), join(dataDir, 'backups')])
  })
})
