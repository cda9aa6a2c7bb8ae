/**
 * The child process of the crash harness (quality D3). It writes through the app's real code
 * (AppData, repositories, erasure, backups) and prints `ack <id>` only after a write has
 * committed; the parent kills it with SIGKILL at a random moment and checks what is on disk.
 *
 * Run with Node's type transform and the repository's loader:
 *   node --experimental-transform-types --import ./scripts/register-ts.mjs writer.ts '<config>'
 *
 * `unsafe: true` is the negative control: transactions are switched off, so each statement
 * commits on its own, and the parent must then find half-written changes.
 */
import { writeSync } from 'node:fs'
import type { Db } from '../../../src/main/db/connection'
import { createRepositories } from '../../../src/main/db/repositories'
import { eraseAthlete } from '../../../src/main/data/athlete-data'
import { AppData } from '../../../src/main/data-safety/app-data'
import { writeSessionsInSlices } from '../../../src/main/import/staged-commit'
import { IMPORT_SIZE, sessionFacts, type WriterConfig } from './scenario'

const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Prints a line before going on, so an ack is on its way to the parent before the next write
 * starts. stdout is a non-blocking pipe: when the parent reads slowly it is full (EAGAIN), and
 * the line is retried rather than lost.
 */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`, 'utf8')
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(1, bytes, offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}

/**
 * The negative control: the same code with every statement committing on its own. A proxy,
 * because better-sqlite3's own properties cannot be redefined.
 */
function withoutTransactions(db: Db): Db {
  const run = (fn: (...args: unknown[]) => unknown) => {
    const direct = (...args: unknown[]) => fn(...args)
    return Object.assign(direct, { deferred: direct, immediate: direct, exclusive: direct })
  }
  return new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') return run
      if (property === 'inTransaction') return true
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function day(n: number): string {
  return new Date(Date.UTC(2026, 9, 1) + (n % 60) * 86_400_000).toISOString().slice(0, 10)
}

async function main(config: WriterConfig): Promise<void> {
  const clock = () => new Date()
  if (config.scenario === 'migration') {
    // The whole startup is the write: copy before migrating, then every migration.
    say('ready')
    const data = new AppData({ databasePath: config.databasePath, clock })
    if (data.mode !== 'ready') throw new Error(`recovery: ${data.problem?.reason}`)
    say(`ack migrated`)
    data.close()
    return
  }
  const data = new AppData({ databasePath: config.databasePath, clock })
  // As in the app, writes wait for the start-up health check of the existing file.
  await data.healthChecked
  if (data.mode !== 'ready') throw new Error(`recovery: ${data.problem?.reason}`)
  const db = config.unsafe ? withoutTransactions(data.db) : data.db
  const repos = config.unsafe ? createRepositories(db, clock) : data.repos
  say('ready')
  for (let i = 0; ; i += 1) {
    switch (config.scenario) {
      case 'sessions': {
        const session = repos.sessions.create(config.athleteId!, sessionFacts(day(i), null))
        say(`ack ${session.id}`)
        break
      }
      case 'import': {
        const source = `import-${config.tag}-${i}`
        const rows = Array.from({ length: IMPORT_SIZE }, (_, k) =>
          sessionFacts(day(i + k), `${source} row ${k}`),
        )
        repos.sessions.createMany(config.athleteId!, rows, { source })
        say(`ack ${source}`)
        break
      }
      case 'slicedImport': {
        // A GPS import's write path: hidden slices of three, then shown all at once.
        const source = `import-${config.tag}-${i}`
        const rows = Array.from({ length: IMPORT_SIZE }, (_, k) =>
          sessionFacts(day(i + k), `${source} row ${k}`),
        )
        await writeSessionsInSlices({ db, repos }, new Map([[config.athleteId!, rows]]), {
          finish: () => undefined,
          sliceRows: 3,
        })
        say(`ack ${source}`)
        break
      }
      case 'erasure': {
        const id = config.athleteIds![i]
        if (id === undefined) {
          say('done')
          return
        }
        eraseAthlete(db, repos.audit, 'Crash test', id)
        say(`ack ${id}`)
        break
      }
      case 'backup': {
        const outcome = await data.backupNow('manual')
        say(`ack ${outcome.backup.fileName}`)
        break
      }
    }
  }
}

main(JSON.parse(process.argv[2] ?? '{}') as WriterConfig).catch((error: unknown) => {
  say(`error ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
})
