import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { handoverDocument, type HandoverData } from '../pdf/handover'
import { squadListDocument, type SquadListData } from '../pdf/squad-list'
import { availabilityDocument } from '../pdf/squad-availability'
import type { AvailabilityData } from '../reports/availability'

/** A report to render: which document, and its data (structured-cloned into the worker). */
export type PdfJob =
  | { kind: 'handover'; data: HandoverData }
  | { kind: 'availability'; data: AvailabilityData }
  | { kind: 'squadList'; data: SquadListData }

export interface PdfRequest {
  id: number
  job: PdfJob
}

export type PdfAnswer =
  { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string }

/** Marks the worker the PDF worker module starts as, so importing it elsewhere does nothing. */
export const PDF_WORKER_ROLE = 'rts-bridge-pdf'

/** The document definition of a job: the same builders the reports always used. */
export function pdfDefinition(job: PdfJob): TDocumentDefinitions {
  switch (job.kind) {
    case 'handover':
      return handoverDocument(job.data)
    case 'availability':
      return availabilityDocument(job.data)
    case 'squadList':
      return squadListDocument(job.data)
  }
}
