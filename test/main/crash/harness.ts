import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { closeDatabase, openDatabase, type Db } from '../../../src/main/db/connection'
import { createAuditLog } from '../../../src/main/db/repositories/audit'
import type { WriterConfig } from './scenario'

const REGISTER_TS = resolve(__dirname, '../../../scripts/register-ts.mjs')
const WRITER = resolve(__dirname, 'writer.ts')
// Node's compile cache halves the child's start (0.8 s → 0.4 s on the CI machine).
const COMPILE_CACHE = join(tmpdir(), 'rts-crash-compile-cache')

/** Runs per write path; CRASH_RUNS raises it for a longer soak. */
export const RUNS = Number(process.env['CRASH_RUNS'] ?? 25)

/** A small seeded generator (mulberry32), so a failing sequence of delays can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const SEED = Number(process.env['CRASH_SEED'] ?? Date.now() % 1_000_000)

export interface WriterRun {
  /** Ids the child acknowledged: each was committed before it was printed. */
  acks: string[]
  /** Milliseconds from "ready" to the kill (or to the child's own exit). */
  ranMs: number
  killed: boolean
}

/**
 * Starts the writer, waits until it is ready to write, lets it write for `killAfterMs`, then
 * kills it with SIGKILL: no exit handlers, no flushes, like a power cut for the process.
 */
export function runWriter(config: WriterConfig, killAfterMs: number): Promise<WriterRun> {
  mkdirSync(COMPILE_CACHE, { recursive: true })
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        REGISTER_TS,
        WRITER,
        JSON.stringify(config),
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, NO_COLOR: '1' },
      },
    )
    const acks: string[] = []
    let buffered = ''
    let stderr = ''
    let readyAt: number | null = null
    let killedAt: number | null = null
    let failure: string | null = null
    let timer: NodeJS.Timeout | undefined
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready' && readyAt === null) {
          readyAt = performance.now()
          timer = setTimeout(() => {
            killedAt = performance.now()
            child.kill('SIGKILL')
          }, killAfterMs)
        } else if (line.startsWith('ack ')) {
          acks.push(line.slice(4))
        } else if (line.startsWith('error ')) {
          failure = line.slice(6)
        }
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8')
    })
    child.on('error', reject)
    // 'close' comes after the pipes are drained: every ack printed before the kill is read.
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      clearTimeout(watchdog)
      if (failure !== null || (signal !== 'SIGKILL' && code !== 0)) {
        reject(
          new Error(`The writer failed: ${failure ?? `exit ${code}`}\n${stderr.slice(0, 2000)}`),
        )
        return
      }
      const end = killedAt ?? performance.now()
      resolveRun({
        acks,
        ranMs: readyAt === null ? 0 : end - readyAt,
        killed: signal === 'SIGKILL',
      })
    })
  })
}

/**
 * Opens the file the way the app does after a crash (WAL recovery, quick_check) and checks what
 * must hold after any crash: integrity, no broken references, an intact audit chain.
 * Returns the problems found; the database is handed to `inspect` for path-specific checks.
 */
export function checkAfterCrash(path: string, inspect: (db: Db) => string[]): string[] {
  let db: Db
  try {
    db = openDatabase(path, { create: false })
  } catch (error) {
    return [`does not open: ${error instanceof Error ? error.message : String(error)}`]
  }
  try {
    const problems: string[] = []
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const broken = db.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) problems.push(`${broken.length} broken references`)
    const hasTrail = db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'audit_log'`).get()
    if (hasTrail) {
      const chain = createAuditLog(db, () => new Date()).verify()
      if (!chain.ok) problems.push(`audit chain broken at ${chain.brokenAt}: ${chain.reason}`)
    }
    problems.push(...inspect(db))
    return problems
  } finally {
    closeDatabase(db)
  }
}

/** Ids that were acknowledged but are not on disk. */
export function lostAcks(acks: readonly string[], present: ReadonlySet<string>): string[] {
  return acks.filter((id) => !present.has(id))
}
