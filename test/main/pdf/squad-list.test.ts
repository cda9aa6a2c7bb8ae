import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Athlete } from '../../../src/shared/schemas/athlete'
import { renderPdf, isAllowedLocalFile } from '../../../src/main/pdf/render'
import { squadListDocument, type SquadListData } from '../../../src/main/pdf/squad-list'
import { pdfPageCount, pdfText, qpdfCheck, renderPages } from '../../support/pdf'

let serial = 0
function athlete(name: string, extra: Partial<Athlete> = {}): Athlete {
  serial += 1
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    squadId: '00000000-0000-4000-8000-aaaaaaaaaaaa',
    name,
    position: 'Winger',
    dateOfBirth: '2000-05-02',
    dominantLeg: 'right',
    availability: 'available',
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  }
}

function data(athletes: Athlete[]): SquadListData {
  return {
    squadName: 'First team',
    athletes,
    today: '2026-11-22',
    generatedAt: new Date('2026-11-22T10:15:00Z'),
    appVersion: '1.2.3',
    pageSize: 'A4',
  }
}

/** Every key that appears anywhere in a pdfmake definition. */
function keysOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keysOf(item, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      found.add(key)
      keysOf(value, found)
    }
  }
  return found
}

describe('squad list document (as data)', () => {
  it('lists each athlete with position, date of birth with age, and dominant leg', () => {
    const doc = squadListDocument(
      data([athlete('Sam Reid'), athlete('Alex Kim', { position: null, dateOfBirth: null })]),
    )
    const table = (doc.content as unknown[])[2] as { table: { body: { text: string }[][] } }
    const rows = table.table.body.map((row) => row.map((cell) => cell.text))
    expect(rows).toEqual([
      ['Name', 'Position', 'Date of birth (age)', 'Dominant leg'],
      ['Sam Reid', 'Winger', '2 May 2000 (26)', 'Right'],
      ['Alex Kim', '—', '—', 'Right'],
    ])
  })

  it('says so plainly when the squad has no active athletes', () => {
    const doc = squadListDocument(data([]))
    expect(JSON.stringify(doc.content)).toContain('No active athletes in this squad.')
  })

  it('never turns user text into pdfmake structure such as images, links or attachments', () => {
    const hostile = athlete('{"image":"/etc/passwd"}', {
      position: 'https://attacker.example/x.png',
    })
    const doc = squadListDocument({ ...data([hostile]), squadName: '<svg onload=1>' })
    const keys = keysOf(doc.content)
    for (const dangerous of ['image', 'link', 'attachment', 'svg', 'qr', 'url', 'files']) {
      expect(keys.has(dangerous)).toBe(false)
    }
  })
})

describe('squad list PDF (rendered by pdfmake, read back by poppler)', () => {
  it('keeps Latin-extended, Greek and Cyrillic names intact', async () => {
    const names = [
      'Zoë Łukasiewicz-Ørsted',
      'Γιώργος Παπαδόπουλος',
      'Дмитрий Шостакович',
      'Şükrü Çağlar',
    ]
    const bytes = await renderPdf(squadListDocument(data(names.map((name) => athlete(name)))))
    qpdfCheck(bytes)
    const text = pdfText(bytes)
    for (const name of names) expect(text).toContain(name)
    expect(text).toContain('Decision support, not medical clearance')
    expect(text).toContain('RTS Bridge 1.2.3')
  })

  it('numbers every page "Page x of y" and repeats the table header on a long squad', async () => {
    const many = Array.from({ length: 90 }, (_, i) => athlete(`Player ${i + 1}`))
    const bytes = await renderPdf(squadListDocument(data(many)))
    qpdfCheck(bytes)
    const pages = pdfPageCount(bytes)
    expect(pages).toBeGreaterThan(1)
    const text = pdfText(bytes)
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`)
    expect(text.match(/Date of birth \(age\)/g)?.length).toBe(pages)
    expect(text).toContain('Player 90')
  })

  it('renders pages that can be looked at', async () => {
    const dir = resolve(__dirname, '../../../test-results/pdf')
    mkdirSync(dir, { recursive: true })
    const bytes = await renderPdf(
      squadListDocument(data([athlete('Zoë Kowalczyk'), athlete('Ivan Petrov')])),
    )
    const pngs = renderPages(bytes, dir, 'squad-list')
    expect(pngs).toHaveLength(1)
  })
})

describe('PDF access policies', () => {
  it('allows the bundled fonts and nothing else on disk', () => {
    expect(isAllowedLocalFile('/etc/passwd')).toBe(false)
    expect(isAllowedLocalFile('../../etc/passwd')).toBe(false)
    expect(isAllowedLocalFile('data.ttf')).toBe(false)
  })

  it('refuses to read a local file named in a document', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname', width: 10 }] })).rejects.toThrow(
      /denied|access/i,
    )
  })

  it('refuses to fetch a URL named in a document', async () => {
    await expect(
      renderPdf({ content: [{ image: 'https://example.com/logo.png', width: 10 }] }),
    ).rejects.toThrow(/denied|access/i)
  })
})
