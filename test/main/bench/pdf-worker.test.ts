import { afterAll, describe, expect, it } from 'vitest'
import type { Athlete } from '@shared/schemas/athlete'
import type { SquadListData } from '../../../src/main/pdf/squad-list'
import { renderSquadList } from '../../../src/main/reports/squad-list'
import { renderInWorker, stopPdfWorker } from '../../../src/main/workers/pdf'
import { pdfPageCount, pdfText } from '../../support/pdf'

/**
 * Reports are laid out in a worker thread (quality D12). These check the PDF that comes back,
 * that a failure in the worker reaches the caller as an error, and that the main thread keeps
 * running while a long report is made: in the main thread this squad list held it ~0.6 s.
 */
function squad(size: number): SquadListData {
  const athletes: Athlete[] = Array.from({ length: size }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    squadId: '00000000-0000-4000-8000-aaaaaaaaaaaa',
    name: `Παίκτης ${String(i + 1).padStart(4, '0')} Ørsted`,
    position: 'Winger',
    dateOfBirth: '2000-05-02',
    dominantLeg: 'right',
    availability: 'available',
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }))
  return {
    squadName: 'Academy',
    athletes,
    today: '2026-11-22',
    generatedAt: new Date('2026-11-22T10:15:00Z'),
    appVersion: '1.2.3',
    pageSize: 'A4',
  }
}

describe('reports laid out in the PDF worker', () => {
  afterAll(() => stopPdfWorker())

  it('give back the whole document, names intact, page x of y on every page', async () => {
    const bytes = await renderSquadList(squad(120))
    const text = pdfText(bytes)
    const pages = pdfPageCount(bytes)
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain('Παίκτης 0001 Ørsted')
    expect(text).toContain('Παίκτης 0120 Ørsted')
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('reject with the reason when the document cannot be made, and the next one still works', async () => {
    const broken = { ...squad(1), generatedAt: 'not a date' } as unknown as SquadListData
    await expect(renderInWorker({ kind: 'squadList', data: broken })).rejects.toThrow()
    await stopPdfWorker()
    expect(pdfText(await renderSquadList(squad(2)))).toContain('Παίκτης 0002 Ørsted')
  })

  it('leave the main thread free while a long report is made', async () => {
    await renderSquadList(squad(1)) // the worker is started
    let longest = 0
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 5)
    try {
      const bytes = await renderSquadList(squad(1000))
      // The stretch since the last tick counts too (a render that never yields has no tick).
      longest = Math.max(longest, performance.now() - last)
      expect(pdfPageCount(bytes)).toBeGreaterThan(20)
    } finally {
      clearInterval(timer)
    }
    // In the main thread this held the event loop for ~600 ms; a generous bound for a busy CI.
    expect(longest).toBeLessThan(250)
  })
})
