import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import {
  GPS_WORKER_ROLE,
  type GpsFromWorker,
  type GpsToWorker,
} from '../../src/main/workers/gps-jobs'
import { PDF_WORKER_ROLE, type PdfAnswer, type PdfRequest } from '../../src/main/workers/pdf-jobs'
import { startTestBackend, type TestBackend } from '../support/backend'
import { pdfText } from '../support/pdf'

/**
 * The Electron window cannot start here, but the worker threads of the built main process are
 * plain Node modules: run the bundled PDF worker exactly as the app starts it, so a build that
 * leaves a module out of the worker's chunk fails here rather than on a coach's laptop.
 */

const CHUNKS = resolve(__dirname, '../../out/main/chunks')

function builtChunk(prefix: string): string {
  const name = readdirSync(CHUNKS).find((file) => file.startsWith(prefix) && file.endsWith('.js'))
  if (!name) throw new Error(`No ${prefix}*.js in out/main/chunks: build the app first`)
  return join(CHUNKS, name)
}

let backend: TestBackend | undefined
let worker: Worker | undefined
afterEach(async () => {
  backend?.close()
  backend = undefined
  await worker?.terminate()
  worker = undefined
})

describe('the built main process', () => {
  it('lays out a squad list in its bundled PDF worker thread', async () => {
    backend = startTestBackend()
    const { repos } = backend.services.deps
    const squad = repos.squads.create('Harbour Rovers')
    const athlete = repos.athletes.create(squad.id, {
      name: 'Tomasz Wróbel',
      position: 'Centre-back',
      dateOfBirth: '2002-06-30',
      dominantLeg: 'left',
    })

    worker = new Worker(builtChunk('pdf-worker-'), { workerData: { role: PDF_WORKER_ROLE } })
    const running = worker
    const answer = await new Promise<PdfAnswer>((done, fail) => {
      running.once('message', done)
      running.once('error', fail)
      const request: PdfRequest = {
        id: 1,
        job: {
          kind: 'squadList',
          data: {
            squadName: squad.name,
            athletes: [athlete],
            today: '2026-11-22',
            generatedAt: new Date('2026-11-22T09:00:00Z'),
            appVersion: 'test',
            pageSize: 'A4',
          },
        },
      }
      running.postMessage(request)
    })

    if (!answer.ok) throw new Error(answer.message)
    const text = pdfText(new Uint8Array(answer.bytes))
    expect(text).toContain('Harbour Rovers')
    expect(text).toContain('Tomasz Wróbel')
    expect(text).toContain('Centre-back')
  })

  it('reads a GPS export in its bundled GPS worker thread', async () => {
    const bytes = readFileSync(resolve(__dirname, '../fixtures/gps/catapult-session-export.csv'))
    worker = new Worker(builtChunk('gps-worker-'), { workerData: { role: GPS_WORKER_ROLE } })
    const running = worker
    const answer = await new Promise<GpsFromWorker>((done, fail) => {
      running.once('message', done)
      running.once('error', fail)
      const request: GpsToWorker = {
        id: 1,
        type: 'job',
        job: { kind: 'read', key: 'file-1', bytes: new Uint8Array(bytes) },
      }
      running.postMessage(request)
    })
    expect(answer).toMatchObject({ id: 1, type: 'done' })
    const result = (answer as { result: { headers?: string[] } }).result
    expect(result.headers).toEqual(
      expect.arrayContaining(['Player Name', 'Maximum Velocity (km/h)']),
    )
  })
})
