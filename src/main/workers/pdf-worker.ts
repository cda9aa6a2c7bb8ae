import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import { renderPdf } from '../pdf/render'
import { PDF_WORKER_ROLE, pdfDefinition, type PdfAnswer, type PdfRequest } from './pdf-jobs'

/**
 * The PDF worker thread: builds a report's document definition from its data and lays it out
 * with pdfmake, off the main thread. pdfmake's layout is synchronous: a four-page handover held
 * the main process for 0.4 s and a 60-athlete availability report for 0.6 s, far over the
 * ~100 ms budget of quality D12. Definitions hold functions (page footers, table layouts) that
 * cannot cross threads, so the data travels and the definition is built here.
 */

const port = parentPort
if (!isMainThread && port && (workerData as { role?: unknown } | null)?.role === PDF_WORKER_ROLE) {
  port.on('message', async ({ id, job }: PdfRequest) => {
    let answer: PdfAnswer
    const transfer: ArrayBuffer[] = []
    try {
      const bytes = await renderPdf(pdfDefinition(job))
      const copy = new Uint8Array(bytes.byteLength)
      copy.set(bytes)
      answer = { id, ok: true, bytes: copy.buffer }
      transfer.push(copy.buffer)
    } catch (error) {
      answer = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
    }
    port.postMessage(answer, transfer)
  })
}

/**
 * This file's own path. The app's build replaces `import … from './pdf-worker.ts?modulePath'`
 * with the path of the bundled worker; run from source (tests, the bench), the import loads this
 * module and gets its path here, and the worker runs the TypeScript source.
 */
export default fileURLToPath(import.meta.url)
