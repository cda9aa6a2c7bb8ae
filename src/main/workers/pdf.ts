/// <reference types="electron-vite/node" />
import { Worker } from 'node:worker_threads'
import { sourceWorkerOptions } from './source-options'
import workerPath from './pdf-worker.ts?modulePath'
import { PDF_WORKER_ROLE, type PdfAnswer, type PdfJob } from './pdf-jobs'

/**
 * Renders reports in one long-lived worker thread (quality D12: the main process must not be
 * blocked over ~100 ms by a report). The worker starts on the first report, handles reports one
 * after another, and stops after a minute without work; it never keeps the process alive on its
 * own. A report that fails in the worker rejects with its message, like an in-thread render.
 */

const IDLE_MS = 60_000

interface Pending {
  resolve: (bytes: Buffer) => void
  reject: (error: Error) => void
}

let worker: Worker | null = null
let idleTimer: NodeJS.Timeout | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error)
  pending.clear()
}

function start(): Worker {
  const started = new Worker(workerPath, {
    workerData: { role: PDF_WORKER_ROLE },
    ...sourceWorkerOptions(workerPath),
  })
  started.on('message', (answer: PdfAnswer) => {
    const job = pending.get(answer.id)
    if (!job) return
    pending.delete(answer.id)
    if (answer.ok) job.resolve(Buffer.from(answer.bytes))
    else job.reject(new Error(answer.message))
    if (pending.size === 0) idle()
  })
  started.on('error', (error) => {
    if (worker === started) worker = null
    failAll(error instanceof Error ? error : new Error(String(error)))
  })
  started.on('exit', (code) => {
    if (worker === started) worker = null
    failAll(new Error(`The report could not be made (the PDF worker stopped, code ${code}).`))
  })
  return started
}

function idle(): void {
  // Not holding the process open, and gone after a while so its memory is returned.
  worker?.unref()
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = setTimeout(() => {
    const stopping = worker
    worker = null
    void stopping?.terminate()
  }, IDLE_MS)
  idleTimer.unref()
}

/** The PDF of a report, laid out in the worker thread. */
export function renderInWorker(job: PdfJob): Promise<Buffer> {
  if (idleTimer) {
    clearTimeout(idleTimer)
    idleTimer = null
  }
  worker ??= start()
  worker.ref()
  const id = nextId
  nextId += 1
  const running = worker
  return new Promise<Buffer>((resolvePdf, reject) => {
    pending.set(id, { resolve: resolvePdf, reject })
    try {
      running.postMessage({ id, job })
    } catch (error) {
      // Data that cannot be cloned: a programming error, reported like a failed render.
      pending.delete(id)
      if (pending.size === 0) idle()
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}

/** Stops the worker now (tests; the app simply lets it idle out). */
export async function stopPdfWorker(): Promise<void> {
  const stopping = worker
  worker = null
  if (idleTimer) clearTimeout(idleTimer)
  idleTimer = null
  await stopping?.terminate()
}
