import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import {
  GPS_WORKER_ROLE,
  GpsFiles,
  planInTwoPasses,
  readGpsBytes,
  type GpsFromWorker,
  type GpsLookups,
  type GpsReadResult,
  type GpsToWorker,
} from './gps-jobs'

/**
 * The GPS import worker thread: reads and lays out export files and plans imports (see
 * gps-jobs.ts), one job after another. A plan waits for main's answers to its lookups.
 */

const port = parentPort
if (!isMainThread && port && (workerData as { role?: unknown } | null)?.role === GPS_WORKER_ROLE) {
  const files = new GpsFiles()
  const waiting = new Map<number, (lookups: GpsLookups) => void>()
  const send = (message: GpsFromWorker) => port.postMessage(message)
  port.on('message', async (message: GpsToWorker) => {
    if (message.type === 'lookups') {
      waiting.get(message.id)?.(message.lookups)
      waiting.delete(message.id)
      return
    }
    const { id, job } = message
    try {
      switch (job.kind) {
        case 'read': {
          const read = readGpsBytes(job.bytes)
          let result: GpsReadResult
          if ('refusal' in read) result = read
          else {
            files.put(job.key, read.file)
            result = { headers: read.file.headers }
          }
          send({ id, type: 'done', result })
          return
        }
        case 'forget':
          files.delete(job.key)
          send({ id, type: 'done', result: null })
          return
        case 'plan': {
          const file = files.get(job.key)
          if (!file) {
            send({ id, type: 'missing' })
            return
          }
          const result = await planInTwoPasses(
            file,
            job,
            (needs) =>
              new Promise<GpsLookups>((resolve) => {
                waiting.set(id, resolve)
                send({ id, type: 'needs', needs })
              }),
          )
          send({ id, type: 'done', result })
          return
        }
      }
    } catch (error) {
      send({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  })
}

/** This file's own path (see pdf-worker.ts): the build replaces it with the bundled worker's. */
export default fileURLToPath(import.meta.url)
