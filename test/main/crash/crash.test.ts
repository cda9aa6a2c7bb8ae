import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../../src/main/db/connection'
import { LATEST_SCHEMA_VERSION } from '../../../src/main/db/migrations'
import { athleteLinkedTables, quoteIdentifier } from '../../../src/main/data/linked-tables'
import { AppData } from '../../../src/main/data-safety/app-data'
import { listBackupFiles } from '../../../src/main/data-safety/backup-files'
import { backupVerdict, expectedSchema } from '../../../src/main/data-safety/verdict'
import { inspectDatabaseFileNow } from '../../../src/main/data-safety/worker-tasks'
import { DATABASE_FILE_NAME } from '../../../src/main/services'
import { dbFingerprint } from '../../support/db-fingerprint'
import { injuryFields, profileFields } from '../../support/records'
import { fixturePath } from '../data/helpers'
import { checkAfterCrash, lostAcks, random, RUNS, runWriter, SEED } from './harness'
import { IMPORT_SIZE, sessionFacts, type WriterConfig } from './scenario'

/**
 * Crash safety (quality D3): for each write path a child process writes through the real code
 * and is killed with SIGKILL at a random moment, RUNS times, continuing on the same file. After
 * every kill the file must open, pass integrity and foreign-key checks, keep its audit chain,
 * hold every acknowledged write, and hold no half-written change.
 */

const workDirs: string[] = []
function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rts-crash-'))
  workDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true })
})

const clock = () => new Date()

/** A data folder with one squad and one athlete, through the app's own code. */
function dataFolderWithAthlete(): { path: string; athleteId: string } {
  const path = join(workDir(), DATABASE_FILE_NAME)
  const data = new AppData({ databasePath: path, clock })
  const squad = data.repos.squads.create('First team')
  const athlete = data.repos.athletes.create(squad.id, {
    name: 'Sam Reid',
    position: 'Winger',
    dateOfBirth: '2000-05-02',
    dominantLeg: 'right',
  })
  data.close()
  return { path, athleteId: athlete.id }
}

interface Tally {
  runs: number
  acks: number
  killedWhileWriting: number
}

function describeRun(tally: Tally): string {
  return `${tally.runs} runs, ${tally.acks} acknowledged writes, ${tally.killedWhileWriting} kills mid-write (seed ${SEED})`
}

/** Sessions without their audit row, or the reverse: a change that is only half there. */
function halfWrittenSessions(db: Db): string[] {
  const orphans = db
    .prepare(
      `SELECT s.id FROM sessions s WHERE NOT EXISTS (
         SELECT 1 FROM audit_log l WHERE l.action = 'session.create' AND l.entity_id = s.id)
       AND s.notes IS NULL`,
    )
    .pluck()
    .all() as string[]
  const ghosts = db
    .prepare(
      `SELECT l.entity_id FROM audit_log l WHERE l.action = 'session.create'
       AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.id = l.entity_id)`,
    )
    .pluck()
    .all() as string[]
  const detailless = db
    .prepare(
      `SELECT l.id FROM audit_log l WHERE l.detail_hash IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM audit_details d WHERE d.audit_id = l.id)
       AND EXISTS (SELECT 1 FROM athletes a WHERE a.id = l.athlete_id)`,
    )
    .pluck()
    .all() as string[]
  return [
    ...orphans.map((id) => `session ${id} has no audit row`),
    ...ghosts.map((id) => `audit row for missing session ${id}`),
    ...detailless.map((id) => `audit row ${id} lost its details`),
  ]
}

function sessionsScenario(unsafe: boolean) {
  const { path, athleteId } = dataFolderWithAthlete()
  return {
    config: (tag: string): WriterConfig => ({
      scenario: 'sessions',
      databasePath: path,
      tag,
      athleteId,
      unsafe,
    }),
    check: (acks: string[]) =>
      checkAfterCrash(path, (db) => {
        const present = new Set(db.prepare('SELECT id FROM sessions').pluck().all() as string[])
        return [
          ...lostAcks(acks, present).map((id) => `acknowledged session ${id} is gone`),
          ...halfWrittenSessions(db),
        ]
      }),
  }
}

function importScenario(unsafe: boolean) {
  const { path, athleteId } = dataFolderWithAthlete()
  return {
    config: (tag: string): WriterConfig => ({
      scenario: 'import',
      databasePath: path,
      tag,
      athleteId,
      unsafe,
    }),
    check: (acks: string[]) =>
      checkAfterCrash(path, (db) => {
        const sessions = new Map(
          (
            db
              .prepare(
                `SELECT substr(notes, 1, instr(notes, ' row ') - 1) AS source, count(*) AS n
                 FROM sessions WHERE notes LIKE 'import-%' GROUP BY source`,
              )
              .all() as { source: string; n: number }[]
          ).map((row) => [row.source, row.n]),
        )
        const audited = db
          .prepare(
            `SELECT json_extract(d.payload, '$.source') FROM audit_log l
             JOIN audit_details d ON d.audit_id = l.id WHERE l.action = 'session.import'`,
          )
          .pluck()
          .all() as string[]
        const problems: string[] = []
        for (const [source, n] of sessions) {
          if (n !== IMPORT_SIZE)
            problems.push(`import ${source} holds ${n} of ${IMPORT_SIZE} sessions`)
          if (!audited.includes(source)) problems.push(`import ${source} has no audit row`)
        }
        for (const source of audited) {
          if (!sessions.has(source)) problems.push(`audit row for missing import ${source}`)
        }
        const complete = new Set(
          [...sessions].filter(([, n]) => n === IMPORT_SIZE).map(([source]) => source),
        )
        problems.push(...lostAcks(acks, complete).map((id) => `acknowledged ${id} is not complete`))
        return problems
      }),
  }
}

/**
 * The sliced import of a GPS file: its shown sessions are all of an import or none, each shown
 * import has its audit row, and hidden ones belong to the one import a kill cut short (the
 * next import drops them).
 */
function slicedImportScenario() {
  const { path, athleteId } = dataFolderWithAthlete()
  return {
    config: (tag: string): WriterConfig => ({
      scenario: 'slicedImport',
      databasePath: path,
      tag,
      athleteId,
    }),
    check: (acks: string[]) =>
      checkAfterCrash(path, (db) => {
        const shownRows = db
          .prepare(
            `SELECT substr(notes, 1, instr(notes, ' row ') - 1) AS source, import_id AS importId,
               count(*) AS n
             FROM sessions WHERE notes LIKE 'import-%' AND deleted_at IS NULL
             GROUP BY source, import_id`,
          )
          .all() as { source: string; importId: string; n: number }[]
        const shown = new Map(shownRows.map((row) => [row.source, row.n]))
        // Each import's audit row names it by its id.
        const audited = db
          .prepare(`SELECT entity_id FROM audit_log WHERE action = 'session.import'`)
          .pluck()
          .all() as string[]
        const shownImports = new Set(shownRows.map((row) => row.importId))
        const hidden = db
          .prepare(
            `SELECT count(*) FROM sessions
             WHERE deleted_at IS NOT NULL AND import_id NOT IN (SELECT id FROM staged_imports)`,
          )
          .pluck()
          .get() as number
        const staged = db.prepare('SELECT count(*) FROM staged_imports').pluck().get() as number
        const problems: string[] = []
        for (const { source, importId, n } of shownRows) {
          if (n !== IMPORT_SIZE) problems.push(`import ${source} shows ${n} of ${IMPORT_SIZE}`)
          if (!audited.includes(importId)) problems.push(`import ${source} has no audit row`)
        }
        for (const importId of audited) {
          if (!shownImports.has(importId)) problems.push(`audit row for missing import ${importId}`)
        }
        if (hidden > 0) problems.push(`${hidden} hidden sessions belong to no unfinished import`)
        if (staged > 1) problems.push(`${staged} unfinished imports: each should drop the last`)
        problems.push(...lostAcks(acks, new Set(shown.keys())).map((id) => `${id} is not shown`))
        return problems
      }),
  }
}

/** What one athlete has in each linked table (the audit trail's own rows aside). */
function linkedCounts(db: Db, athleteId: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const table of athleteLinkedTables(db)) {
    if (table.name === 'audit_log') continue
    counts[table.name] = db
      .prepare(`SELECT count(*) FROM ${quoteIdentifier(table.name)} WHERE ${table.condition}`)
      .pluck()
      .get({ athleteId }) as number
  }
  return counts
}

function erasureScenario(unsafe: boolean) {
  const path = join(workDir(), DATABASE_FILE_NAME)
  const seeded = new Map<string, Record<string, number>>()
  return {
    /** Ten athletes with a profile, an injury and sessions, added before each run. */
    config: async (tag: string): Promise<WriterConfig> => {
      const data = new AppData({ databasePath: path, clock })
      // An existing file: its health check runs in the background, and writes wait for it.
      await data.healthChecked
      const { repos, db } = data
      const squad =
        repos.squads.list().find((s) => s.name === 'First team') ??
        repos.squads.create('First team')
      const athleteIds: string[] = []
      for (let i = 0; i < 10; i += 1) {
        const athlete = repos.athletes.create(squad.id, {
          name: `Athlete ${tag} ${i}`,
          position: 'Winger',
          dateOfBirth: '2001-04-17',
          dominantLeg: 'right',
        })
        repos.profiles.save(athlete.id, profileFields())
        repos.injuries.create(athlete.id, injuryFields({ notes: `notes ${tag} ${i}` }))
        repos.sessions.createMany(
          athlete.id,
          [sessionFacts('2026-10-20', null), sessionFacts('2026-10-21', null)],
          { source: 'setup' },
        )
        athleteIds.push(athlete.id)
        seeded.set(athlete.id, linkedCounts(db, athlete.id))
      }
      data.close()
      return { scenario: 'erasure', databasePath: path, tag, athleteIds, unsafe }
    },
    check: (acks: string[]) =>
      checkAfterCrash(path, (db) => {
        const problems: string[] = []
        for (const [athleteId, before] of seeded) {
          const now = linkedCounts(db, athleteId)
          const tombstones = db
            .prepare(
              `SELECT count(*) FROM audit_log WHERE action = 'athlete.erase' AND entity_id = ?`,
            )
            .pluck()
            .get(athleteId) as number
          const intact = JSON.stringify(now) === JSON.stringify(before) && tombstones === 0
          const erased = Object.values(now).every((n) => n === 0) && tombstones === 1
          if (!intact && !erased) {
            problems.push(
              `athlete ${athleteId} is half erased: ${JSON.stringify(now)}, ${tombstones} tombstones`,
            )
          }
          if (acks.includes(athleteId) && !erased) {
            problems.push(`acknowledged erasure of ${athleteId} is not complete`)
          }
        }
        return problems
      }),
  }
}

function backupScenario() {
  const keep = 100
  const path = join(workDir(), DATABASE_FILE_NAME)
  const data = new AppData({ databasePath: path, clock })
  data.saveBackupSettings({ keepCount: keep, extraFolder: null })
  const squad = data.repos.squads.create('First team')
  for (let i = 0; i < 40; i += 1) {
    const athlete = data.repos.athletes.create(squad.id, {
      name: `Athlete ${i}`,
      position: 'Winger',
      dateOfBirth: null,
      dominantLeg: 'left',
    })
    data.repos.injuries.create(athlete.id, injuryFields({ notes: 'x'.repeat(900) }))
  }
  data.close()
  const backupsDir = join(path, '..', 'backups')
  const acknowledged: string[] = []
  return {
    config: (tag: string): WriterConfig => ({ scenario: 'backup', databasePath: path, tag }),
    check: (acks: string[]) => {
      acknowledged.push(...acks)
      const problems: string[] = []
      const files = listBackupFiles(backupsDir)
      for (const file of files) {
        const verdict = backupVerdict(
          inspectDatabaseFileNow(file.path, { full: true }),
          LATEST_SCHEMA_VERSION,
        )
        if (!verdict.ok)
          problems.push(`${file.fileName} is under a backup name but ${verdict.message}`)
      }
      const names = new Set(files.map((file) => file.fileName))
      // Rotation may remove an acknowledged backup, but only once `keep` newer ones exist.
      const lost = lostAcks(acknowledged, names).filter(
        (name) => files.filter((file) => file.fileName > name).length < keep,
      )
      problems.push(...lost.map((name) => `acknowledged backup ${name} is gone`))
      return [...problems, ...checkAfterCrash(path, () => [])]
    },
  }
}

/**
 * Kills at a uniformly random moment within `windowMs` after the child is ready, `runs` times;
 * then, unless stopping at the first problem, once more after `LONG_RUN_MS`, so the path is
 * surely exercised past its first writes even on a slow, busy machine.
 */
async function crashRepeatedly(
  scenario: {
    config: (tag: string) => WriterConfig | Promise<WriterConfig>
    check: (acks: string[]) => string[]
  },
  windowMs: number,
  runs: number,
  seedOffset: number,
  stopAtFirstProblem = false,
): Promise<{ tally: Tally; problems: string[] }> {
  const next = random(SEED + seedOffset)
  const tally: Tally = { runs: 0, acks: 0, killedWhileWriting: 0 }
  const total = stopAtFirstProblem ? runs : runs + 1
  for (let run = 0; run < total; run += 1) {
    const delay = run < runs ? Math.floor(next() * windowMs) : LONG_RUN_MS
    const result = await runWriter(await scenario.config(`r${run}`), delay)
    tally.runs += 1
    tally.acks += result.acks.length
    if (result.killed) tally.killedWhileWriting += 1
    const problems = scenario.check(result.acks)
    if (problems.length > 0) {
      const where = `run ${run}, killed ${delay} ms after ready`
      if (stopAtFirstProblem) return { tally, problems: problems.map((p) => `${where}: ${p}`) }
      return { tally, problems: problems.slice(0, 10).map((p) => `${where}: ${p}`) }
    }
  }
  return { tally, problems: [] }
}

// About 1–2 s per run on the CI machine under a full test run; generous for a soak.
const TIMEOUT = Math.max(240_000, RUNS * 6_000)
const LONG_RUN_MS = 1500

describe('crash safety under SIGKILL (quality D3)', () => {
  it(
    'keeps every acknowledged session with its exposures and audit row',
    { timeout: TIMEOUT },
    async () => {
      const { tally, problems } = await crashRepeatedly(sessionsScenario(false), 250, RUNS, 1)
      console.log(`sessions: ${describeRun(tally)}`)
      expect(problems).toEqual([])
      expect(tally.acks).toBeGreaterThan(RUNS)
    },
  )

  it('keeps each import whole or leaves it out', { timeout: TIMEOUT }, async () => {
    const { tally, problems } = await crashRepeatedly(importScenario(false), 250, RUNS, 2)
    console.log(`imports: ${describeRun(tally)}`)
    expect(problems).toEqual([])
    expect(tally.acks).toBeGreaterThan(RUNS)
  })

  it('shows each import written in slices whole or not at all', { timeout: TIMEOUT }, async () => {
    const { tally, problems } = await crashRepeatedly(slicedImportScenario(), 250, RUNS, 5)
    console.log(`sliced imports: ${describeRun(tally)}`)
    expect(problems).toEqual([])
    expect(tally.acks).toBeGreaterThan(RUNS)
  })

  it('erases an athlete completely or not at all', { timeout: TIMEOUT }, async () => {
    const { tally, problems } = await crashRepeatedly(erasureScenario(false), 120, RUNS, 3)
    console.log(`erasures: ${describeRun(tally)}`)
    expect(problems).toEqual([])
    expect(tally.acks).toBeGreaterThan(0)
  })

  it('never leaves a half-written file under a backup name', { timeout: TIMEOUT }, async () => {
    const { tally, problems } = await crashRepeatedly(backupScenario(), 600, RUNS, 4)
    console.log(`backups: ${describeRun(tally)}`)
    expect(problems).toEqual([])
    expect(tally.acks).toBeGreaterThan(0)
  })
})

describe('crash safety of a migration (quality D3, D8)', () => {
  let heavyV1: string
  let heavyFingerprint: string
  let heavyCounts: Record<string, number>

  beforeAll(() => {
    // The schema 1 fixture with a few thousand athletes, so a migration takes long enough to
    // be killed in the middle of it.
    heavyV1 = join(workDir(), 'heavy-v1.sqlite')
    copyFileSync(fixturePath(1), heavyV1)
    const db = new Database(heavyV1)
    const insert = db.prepare(
      `INSERT INTO athletes (id, squad_id, name, position, date_of_birth, dominant_leg, created_at, updated_at)
       VALUES (?, '6f1c4c2e-2a0b-4d57-9d2e-1f3b7c9a0001', ?, 'Winger', '2001-04-17', 'left', '2026-09-01T08:00:00.000Z', '2026-09-01T08:00:00.000Z')`,
    )
    db.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) {
        insert.run(
          `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          `Athlete number ${i} ${'·'.repeat(40)}`,
        )
      }
    })()
    heavyFingerprint = dbFingerprint(db)
    heavyCounts = Object.fromEntries(
      (
        db
          .prepare(
            `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
          )
          .pluck()
          .all() as string[]
      ).map((table) => [
        table,
        db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number,
      ]),
    )
    db.close()
  })

  it(
    'leaves the file at schema 1 or fully migrated, never in between',
    { timeout: TIMEOUT },
    async () => {
      const next = random(SEED + 5)
      const tally: Tally = { runs: 0, acks: 0, killedWhileWriting: 0 }
      const seen = new Set<number>()
      // The last run is not killed: the whole startup must also complete.
      for (let run = 0; run <= RUNS; run += 1) {
        const dir = workDir()
        const path = join(dir, DATABASE_FILE_NAME)
        copyFileSync(heavyV1, path)
        const delay = run < RUNS ? Math.floor(next() * 400) : 25_000
        const result = await runWriter(
          { scenario: 'migration', databasePath: path, tag: `m${run}` },
          delay,
        )
        tally.runs += 1
        tally.acks += result.acks.length
        if (result.killed && result.acks.length === 0) tally.killedWhileWriting += 1
        const problems = checkAfterCrash(path, (db) => {
          const version = db.pragma('user_version', { simple: true }) as number
          seen.add(version)
          const found: string[] = []
          if (version === 1) {
            if (dbFingerprint(db) !== heavyFingerprint) found.push('schema 1 but the data changed')
            if (result.acks.length > 0) found.push('acknowledged migration is not on disk')
          } else if (version === LATEST_SCHEMA_VERSION) {
            const schema = db
              .prepare(
                `SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema
               WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY type, name`,
              )
              .all()
            if (JSON.stringify(schema) !== JSON.stringify(expectedSchema(LATEST_SCHEMA_VERSION))) {
              found.push('latest version but not the latest schema')
            }
            for (const [table, count] of Object.entries(heavyCounts)) {
              const now = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
              if (now < count) found.push(`${table} lost rows: ${now} of ${count}`)
            }
          } else {
            found.push(`half-migrated: user_version ${version}`)
          }
          return found
        })
        for (const file of listBackupFiles(join(dir, 'backups'))) {
          const verdict = backupVerdict(inspectDatabaseFileNow(file.path, { full: true }), 1)
          if (!verdict.ok)
            problems.push(`${file.fileName} is under a backup name but ${verdict.message}`)
        }
        expect(problems, `run ${run}, killed ${delay} ms after start (seed ${SEED})`).toEqual([])
        if (run === RUNS) expect(result.acks).toEqual(['migrated'])
        rmSync(dir, { recursive: true, force: true })
      }
      console.log(
        `migrations: ${describeRun(tally)}; versions seen after kills: ${[...seen].sort().join(', ')}`,
      )
    },
  )
})

describe('the negative control: the same writes without transactions', () => {
  it('is caught half-written by the same checks', { timeout: TIMEOUT }, async () => {
    const sessions = await crashRepeatedly(sessionsScenario(true), 250, 20, 6, true)
    console.log(
      `negative control, sessions: found after ${sessions.tally.runs} runs: ${sessions.problems[0]}`,
    )
    expect(sessions.problems.length).toBeGreaterThan(0)

    const erasures = await crashRepeatedly(erasureScenario(true), 120, 20, 7, true)
    console.log(
      `negative control, erasures: found after ${erasures.tally.runs} runs: ${erasures.problems[0]}`,
    )
    expect(erasures.problems.length).toBeGreaterThan(0)
  })
})
