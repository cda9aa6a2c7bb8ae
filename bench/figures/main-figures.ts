import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import { addDays } from '@shared/dates'
import { assessAthlete } from '@shared/domain/assess'
import { squadBoard } from '../../src/main/board/squad-board'
import { loadAthleteCase } from '../../src/main/cases/athlete-case'
import { writeBackup } from '../../src/main/data-safety/backup'
import { schemaVersion } from '../../src/main/db/migrate'
import { createRepositories } from '../../src/main/db/repositories'
import { availabilityDocument } from '../../src/main/pdf/squad-availability'
import { handoverDocument } from '../../src/main/pdf/handover'
import { renderPdf } from '../../src/main/pdf/render'
import { availabilityData, renderAvailability } from '../../src/main/reports/availability'
import { handoverData, renderHandover } from '../../src/main/reports/handover'
import { stopGpsWorker } from '../../src/main/workers/gps'
import { stopPdfWorker } from '../../src/main/workers/pdf'
import { DATABASE_FILE_NAME, startServices } from '../../src/main/services'
import { bareReader } from '../lib/bare-reads'
import { BENCH_SENDER, fixedClock, startClub, type Club } from '../lib/club'
import { gpsExport } from '../lib/gps-csv'
import { figureAndFloor, type Measured } from '../lib/measure'
import { bareTwin, pageCount, tableRows } from '../lib/pdf-twin'

/**
 * The main-process figures. Each takes the seeded club (a working copy, so figures that write
 * can leave changes behind without touching the seeded file) and returns the figure, its floor
 * measured alternately in the same process, and what was measured (rows, pages, sizes).
 */

export interface FigureResult {
  figure: Measured
  floor: Measured | null
  /** What the floor is, in words. */
  floorIs: string | null
  details: Record<string, unknown>
  notes: string[]
}

export interface FigureContext {
  dataDir: string
  today: string
  runs: number
}

type Figure = (context: FigureContext) => Promise<FigureResult>

function withClub<T>(context: FigureContext, use: (club: Club) => Promise<T>): Promise<T> {
  const club = startClub(context.dataDir, context.today)
  // The figures write through the repositories: after the start-up health check, as the app's
  // own writes do.
  return club.services.healthChecked
    .then(() => use(club))
    .finally(async () => {
      club.services.close()
      await stopPdfWorker()
      await stopGpsWorker()
    })
}

const dbOpen: Figure = async ({ dataDir, today, runs }) => {
  const path = join(dataDir, DATABASE_FILE_NAME)
  const start = () =>
    startServices({
      databasePath: path,
      clock: fixedClock(today),
      appVersion: 'bench',
      trustedOrigins: [],
      dialogs: {
        chooseSavePath: async () => null,
        chooseOpenPath: async () => null,
        chooseFolder: async () => null,
      },
    })
  let open: ReturnType<typeof start> | null = null
  const settle = async () => {
    const services = open as ReturnType<typeof start> | null
    if (!services) return
    await services.healthChecked
    if (services.data.mode !== 'ready') throw new Error(services.data.problem?.message)
  }
  const result = await figureAndFloor(
    runs,
    () => {
      open = start()
      if (open.data.mode !== 'ready') throw new Error(open.data.problem?.message)
    },
    () => {
      const db = new Database(path, { fileMustExist: true })
      db.pragma('user_version', { simple: true })
      db.prepare('SELECT count(*) FROM sqlite_schema').get()
      db.close()
    },
    async () => {
      // The background check of the run before finishes first (it would otherwise share the
      // two cores with the next run). Closing checkpoints the WAL: part of quitting.
      await settle()
      ;(open as ReturnType<typeof start> | null)?.close()
      open = null
    },
  )
  await settle()
  ;(open as ReturnType<typeof start> | null)?.close()
  open = null
  // Start until the background health check has passed and writes may run: its wall time, and
  // the longest the main thread was blocked over the whole of it (quality D12).
  const untilWritable = await figureAndFloor(
    runs,
    async () => {
      open = start()
      await settle()
    },
    null,
    () => {
      ;(open as ReturnType<typeof start> | null)?.close()
      open = null
    },
  )
  ;(open as ReturnType<typeof start> | null)?.close()
  open = null
  // The health check on its own, the part that grows with the file: as the app runs it, on its
  // read-write connection (SQLite then also checks every CHECK constraint), and on a read-only
  // connection, as a worker would (structure only).
  const quickCheck = (readonly: boolean) => () => {
    const db = new Database(path, { readonly, fileMustExist: true })
    db.pragma('quick_check', { simple: true })
    db.close()
  }
  const checks = await figureAndFloor(runs, quickCheck(false), quickCheck(true))
  return {
    ...result,
    floorIs: 'bare better-sqlite3 open, user_version and schema read',
    details: {
      fileMB: Math.round(readSize(path) / 1_048_576),
      untilWritableMs: untilWritable.figure.wallMs,
      untilWritableLongestBlockMs: untilWritable.figure.longestBlockMs,
      quickCheckReadWriteMs: checks.figure.wallMs,
      quickCheckReadOnlyMs: checks.floor?.wallMs,
    },
    notes: [
      'The figure is the time until the app answers reads (the board): startServices returns with the file open. The quick_check then runs in a worker; writes wait for it.',
      'untilWritable: start until the background quick_check has passed and writes run, with the longest main-thread block over that whole time.',
    ],
  }
}

function readSize(path: string): number {
  return statSync(path).size
}

/**
 * The board as a coach meets it during the day: opened again after a morning check was logged
 * for one injured athlete (that athlete's view is recomputed, the others are kept).
 */
const roster: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const repos = club.services.deps.repos
    const bare = bareReader(club.services.db)
    const injured = (await squadBoard(repos, club.squadId, club.today)).filter((r) => r.injury)
    let rows = 0
    let floorRows = 0
    let turn = 0
    const result = await figureAndFloor(
      runs,
      async () => (rows = (await squadBoard(repos, club.squadId, club.today)).length),
      () => (floorRows = bare.squadBoard(club.squadId, club.today)),
      () => {
        const athlete = injured[turn % injured.length]!
        turn += 1
        club.services.db.transaction(() =>
          repos.responseChecks.create(athlete.athleteId, morningCheck(club.today)),
        )()
      },
    )
    return {
      ...result,
      floorIs: 'bare SQL read of the same rows (roster, injuries, every open case)',
      details: { athletes: rows, injured: injured.length, rowsRead: floorRows },
      notes: ['After a morning check logged for one injured athlete before each run.'],
    }
  })

/** The first board after the app starts: every injured athlete's case read and assessed. */
const rosterCold: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const db = club.services.db
    const bare = bareReader(db)
    let repos = createRepositories(db, club.services.deps.clock)
    let rows = 0
    const result = await figureAndFloor(
      runs,
      async () => (rows = (await squadBoard(repos, club.squadId, club.today)).length),
      () => bare.squadBoard(club.squadId, club.today),
      () => {
        // Fresh repositories, as after a start: nothing kept from an earlier load.
        repos = createRepositories(db, club.services.deps.clock)
      },
    )
    return {
      ...result,
      floorIs: 'bare SQL read of the same rows (roster, injuries, every open case)',
      details: { athletes: rows },
      notes: [],
    }
  })

function morningCheck(today: string) {
  return {
    date: today,
    respondsTo: null,
    painAtRest: 0,
    painOnTask: 1,
    stiffness: 2,
    akeDeg: null,
    palpationPain: false,
    apprehension: 10,
    notes: null,
  }
}

const gapAnalysis: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const repos = club.services.deps.repos
    const settings = repos.settings.domain()
    const bare = bareReader(club.services.db)
    let sessions = 0
    let floorRows = 0
    const result = await figureAndFloor(
      runs,
      () => {
        const athleteCase = loadAthleteCase(repos, club.caseAthleteId, club.today)
        if (!athleteCase) throw new Error('No open case')
        sessions = athleteCase.sessions.length
        assessAthlete(athleteCase, settings)
      },
      () => (floorRows = bare.athleteCase(club.caseAthleteId, club.today)),
    )
    return {
      ...result,
      floorIs: 'bare SQL read of the same case rows',
      details: { sessions, rowsRead: floorRows },
      notes: [],
    }
  })

const squadGap: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const repos = club.services.deps.repos
    const settings = repos.settings.domain()
    const bare = bareReader(club.services.db)
    const ids = repos.athletes.listBySquad(club.squadId).map((a) => a.id)
    let cases = 0
    const result = await figureAndFloor(
      runs,
      () => {
        cases = 0
        for (const id of ids) {
          const athleteCase = loadAthleteCase(repos, id, club.today)
          if (!athleteCase) continue
          assessAthlete(athleteCase, settings)
          cases += 1
        }
      },
      () => bare.squadBoard(club.squadId, club.today),
    )
    return {
      ...result,
      floorIs: 'bare SQL read of every athlete’s case rows',
      details: { athletes: ids.length, openCases: cases },
      notes: [],
    }
  })

const handoverPdf: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const deps = club.services.deps
    const request = {
      athleteId: club.caseAthleteId,
      recipient: 'physiotherapist' as const,
      questions: [
        'Do you agree the exit criteria of the current phase are met, or what would you still like to see?',
        'What response next morning would make you hold or step back?',
      ],
    }
    const sample = handoverData(deps, request)
    let pages = 0
    let floorPages = 0
    const result = await figureAndFloor(
      runs,
      async () => (pages = pageCount(await renderHandover(handoverData(deps, request)))),
      async () => (floorPages = pageCount(await renderPdf(bareTwin(handoverDocument(sample))))),
    )
    return {
      ...result,
      floorIs: 'bare pdfmake document: same pages setup, tables and text, no data or engine',
      details: { pages, floorPages, tableRows: tableRows(handoverDocument(sample)) },
      notes: [],
    }
  })

const squadPdf: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const deps = club.services.deps
    const sample = await availabilityData(deps, [club.pdfSquadId])
    let pages = 0
    let floorPages = 0
    const result = await figureAndFloor(
      runs,
      async () =>
        (pages = pageCount(
          await renderAvailability(await availabilityData(deps, [club.pdfSquadId])),
        )),
      async () => (floorPages = pageCount(await renderPdf(bareTwin(availabilityDocument(sample))))),
    )
    return {
      ...result,
      floorIs: 'bare pdfmake table of the same rows and columns, no data or engine',
      details: {
        athletes: club.pdfSquadSize,
        pages,
        floorPages,
        tableRows: tableRows(availabilityDocument(sample)),
      },
      notes: [],
    }
  })

const csvImport: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const { db, repos } = club.services.deps
    const players = repos.athletes.listBySquad(club.squadId)
    const first = (db.prepare('SELECT min(date) AS d FROM sessions').get() as { d: string }).d
    // 10,000 rows, or fewer for a tiny squad (the import takes up to 100 sessions per athlete).
    const rows = Math.min(10_000, players.length * 5 * 50)
    const exported = gpsExport(players, first ? addDays(first, -1) : club.today, rows)
    const work = mkdtempSync(join(tmpdir(), 'rts-bench-gps-'))
    const file = join(work, 'catapult-export.csv')
    writeFileSync(file, exported.text)
    club.nextOpenPath = file
    const bytes = readFileSync(file)
    const dispatch = club.services.dispatch
    const sessionsBefore = db.prepare('SELECT max(rowid) FROM sessions').pluck().get() as number
    let imported = 0
    let steps: Record<string, number> = {}
    const call = async (channel: string, payload: unknown) => {
      const started = performance.now()
      const answer = (await dispatch(BENCH_SENDER, channel, payload)) as {
        ok: boolean
        data?: unknown
        error?: { message: string }
      }
      steps[channel] = Math.round(performance.now() - started)
      if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message}`)
      return answer.data as Record<string, unknown>
    }
    const result = await figureAndFloor(
      runs,
      async () => {
        steps = {}
        const opened = await call('gps:importOpen', { squadId: club.squadId })
        const settings = { ...(opened['settings'] as object), remember: false }
        const preview = await call('gps:importPreview', { token: opened['token'], settings })
        const blockers = (preview['blockers'] as string[] | undefined) ?? []
        if (blockers.length > 0) throw new Error(`The import is blocked: ${blockers[0]}`)
        const done = await call('gps:importCommit', { token: opened['token'], settings })
        imported = done['imported'] as number
      },
      () => parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true }),
      async () => {
        // Committed for real, as in use (slices, the last transaction, the checkpoint in a
        // worker), then taken out again before the next run, unmeasured, so every run imports
        // the same file into the same sessions. Their audit rows stay (append-only): 1 per
        // athlete and run.
        await club.services.data.checkpointDone
        db.prepare('DELETE FROM sessions WHERE rowid > ?').run(sessionsBefore)
        db.pragma('wal_checkpoint(TRUNCATE)')
      },
    )
    rmSync(work, { recursive: true, force: true })
    return {
      ...result,
      floorIs: 'csv-parse alone on the same bytes',
      details: {
        rows: exported.rows,
        sessionsInFile: exported.sessions,
        imported,
        bytes: bytes.byteLength,
        lastRunStepsMs: steps,
      },
      notes: [
        'Open (read, lay out, plan), preview and commit through the real IPC dispatcher; the imported sessions are deleted again between runs, unmeasured.',
      ],
    }
  })

const backup: Figure = ({ runs, ...context }) =>
  withClub({ runs, ...context }, async (club) => {
    const db = club.services.db
    const dir = mkdtempSync(join(tmpdir(), 'rts-bench-backup-'))
    const copy = join(dir, 'copy.sqlite')
    const version = schemaVersion(db)
    let size = 0
    let written: string | null = null
    const result = await figureAndFloor(
      runs,
      async () => {
        const file = await writeBackup(db, {
          dir,
          kind: 'manual',
          at: new Date(),
          schemaVersion: version,
        })
        size = file.sizeBytes
        written = file.path
      },
      () => copyFileSync(db.name, copy),
      () => {
        // Removing a large file takes a while too: not part of either figure.
        if (written) rmSync(written, { force: true })
        rmSync(copy, { force: true })
      },
    )
    rmSync(dir, { recursive: true, force: true })
    return {
      ...result,
      floorIs: 'copying the database file (fs.copyFileSync)',
      details: { backupMB: Math.round(size / 1_048_576) },
      notes: [],
    }
  })

export const mainFigures: Record<string, Figure> = {
  dbOpen,
  roster,
  rosterCold,
  gapAnalysis,
  squadGap,
  handoverPdf,
  squadPdf,
  csvImport,
  backup,
}
