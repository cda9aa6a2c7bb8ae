import type { SquadListData } from '../pdf/squad-list'
import { renderInWorker } from '../workers/pdf'

/**
 * The squad list PDF, laid out in the PDF worker: in the main process it held the event loop
 * for 0.23 s with 60 athletes and 0.6 s with 1,000 (quality D12 allows ~100 ms).
 */
export function renderSquadList(data: SquadListData): Promise<Buffer> {
  return renderInWorker({ kind: 'squadList', data })
}
