/// <reference types="electron-vite/node" />
import { Worker } from 'node:worker_threads'
import { sourceWorkerOptions } from './source-options'
import workerPath from './gps-worker.ts?modulePath'
import {
  GPS_WORKER_ROLE,
  type GpsFromWorker,
  type GpsJob,
  type GpsLookups,
  type GpsNeeds,
  type GpsPlanJob,
  type GpsPlanResult,
  type GpsReadResult,
  type GpsToWorker,
} from './gps-jobs'

/**
 * Runs GPS import jobs in one long-lived worker thread (quality D12), like the PDF worker: it
 * starts on the first job, and stops after a while without work, never keeping the process
 * alive on its own. The files it read go with it: a plan for a file it no longer holds answers
 * `missing`, and the caller reads the file again.
 */

const IDLE_MS = 10 * 60_000

interface Pending {
  resolve: (result: unknown) => void
  reject: (error: Error) => void
  lookup?: (needs: GpsNeeds) => Promise<GpsLookups>
}

/** The worker no longer holds the file: read it again and retry. */
export class GpsFileMissing extends Error {
  constructor() {
    super('The GPS worker no longer holds that file')
    this.name = 'GpsFileMissing'
  }
}

let worker: Worker | null = null
let idleTimer: NodeJS.Timeout | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error)
  pending.clear()
}

function settle(id: number): Pending | null {
  const job = pending.get(id)
  if (!job) return null
  pending.delete(id)
  if (pending.size === 0) idle()
  return job
}

function start(): Worker {
  const started = new Worker(workerPath, {
    workerData: { role: GPS_WORKER_ROLE },
    ...sourceWorkerOptions(workerPath),
  })
  started.on('message', (message: GpsFromWorker) => {
    const job = pending.get(message.id)
    if (!job) return
    switch (message.type) {
      case 'needs': {
        const answer = (lookups: GpsLookups) =>
          started.postMessage({ id: message.id, type: 'lookups', lookups } as GpsToWorker)
        if (!job.lookup) {
          answer({ existing: {} })
          return
        }
        job.lookup(message.needs).then(answer, (error: unknown) => {
          settle(message.id)?.reject(error instanceof Error ? error : new Error(String(error)))
          // The worker's plan waits for an answer that will not come: give it an empty one.
          answer({ existing: {} })
        })
        return
      }
      case 'done':
        settle(message.id)?.resolve(message.result)
        return
      case 'missing':
        settle(message.id)?.reject(new GpsFileMissing())
        return
      case 'failed':
        settle(message.id)?.reject(new Error(message.message))
        return
    }
  })
  started.on('error', (error) => {
    if (worker === started) worker = null
    failAll(error instanceof Error ? error : new Error(String(error)))
  })
  started.on('exit', (code) => {
    if (worker === started) worker = null
    failAll(new Error(`The GPS file could not be read (the worker stopped, code ${code}).`))
  })
  return started
}

function idle(): void {
  worker?.unref()
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = setTimeout(() => {
    const stopping = worker
    worker = null
    void stopping?.terminate()
  }, IDLE_MS)
  idleTimer.unref()
}

function run<T>(job: GpsJob, lookup?: Pending['lookup']): Promise<T> {
  if (idleTimer) {
    clearTimeout(idleTimer)
    idleTimer = null
  }
  worker ??= start()
  worker.ref()
  const id = nextId
  nextId += 1
  const running = worker
  return new Promise<T>((resolveJob, reject) => {
    pending.set(id, { resolve: resolveJob as (result: unknown) => void, reject, lookup })
    try {
      running.postMessage({ id, type: 'job', job } satisfies GpsToWorker)
    } catch (error) {
      settle(id)
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}

/** Reads and lays out a file in the worker, which keeps it under `key`; the bytes are copied. */
export function readGpsInWorker(key: string, bytes: Uint8Array): Promise<GpsReadResult> {
  return run({ kind: 'read', key, bytes })
}

/** Plans an import of a file the worker holds; `lookup` answers the plan's database lookups. */
export function planGpsInWorker(
  job: Omit<GpsPlanJob, 'kind'>,
  lookup: (needs: GpsNeeds) => Promise<GpsLookups>,
): Promise<GpsPlanResult> {
  return run({ kind: 'plan', ...job }, lookup)
}

/** Lets the worker drop a file (imported, or no longer wanted). */
export function forgetGpsInWorker(key: string): Promise<void> {
  return run({ kind: 'forget', key })
}

/** Stops the worker now (tests, the bench; the app lets it idle out). */
export async function stopGpsWorker(): Promise<void> {
  const stopping = worker
  worker = null
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = null
  await stopping?.terminate()
}
