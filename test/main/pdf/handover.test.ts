import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { questionLibrary } from '../../../src/shared/reports/handover'
import { loadDemoSquad } from '../../../src/main/demo'
import { handoverDocument } from '../../../src/main/pdf/handover'
import { handoverData, renderHandover } from '../../../src/main/reports/handover'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { pdfPageCount, pdfText, qpdfCheck, renderPages } from '../../support/pdf'

const TODAY = new Date('2026-11-22T10:00:00')

/** Every key used anywhere in a pdfmake definition. */
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

describe('handover PDF for a demo athlete with six weeks of data', () => {
  let backend: TestBackend
  let athleteId: string

  beforeAll(() => {
    backend = startTestBackend({ clock: () => TODAY })
    const { repos, db } = backend.services.deps
    repos.settings.set('app', {
      userName: 'Jo Bell',
      clubName: 'Riverside FC',
      pageSize: 'A4',
      speedUnit: 'km/h',
    })
    const { squad } = loadDemoSquad(repos, db, '2026-11-22')
    const athletes = repos.athletes.listBySquad(squad.id)
    const withInjury = athletes.filter((a) => repos.injuries.current(a.id) !== null)
    athleteId =
      withInjury.find((a) => a.position?.toLowerCase().includes('wing'))?.id ?? withInjury[0]!.id
  })
  afterAll(() => backend?.close())

  const request = () => ({
    athleteId,
    recipient: 'physiotherapist' as const,
    questions: questionLibrary.physiotherapist.slice(0, 3),
  })

  it('puts user text only into text nodes, never into images, links or SVG', () => {
    const data = handoverData(backend.services.deps, request())
    const hostile = {
      ...data,
      athlete: { ...data.athlete, name: '<svg onload=alert(1)>{"image":"/etc/passwd"}' },
      questions: ['https://attacker.example/x.png'],
    }
    const doc = handoverDocument(hostile)
    const keys = keysOf(doc.content)
    for (const key of ['image', 'link', 'attachment', 'qr', 'url'])
      expect(keys.has(key)).toBe(false)
    const svgs = JSON.stringify(doc.content).match(/<svg[^"]*/g) ?? []
    expect(svgs.length).toBeGreaterThan(0)
    for (const svg of svgs) expect(svg).not.toContain('attacker')
  })

  it('prints every section, page x of y and the disclaimer, in two to four pages', async () => {
    const data = handoverData(backend.services.deps, request())
    const bytes = await renderHandover(data)
    qpdfCheck(bytes)
    const pages = pdfPageCount(bytes)
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(4)
    const text = pdfText(bytes)
    for (const heading of [
      'Return-to-sport handover for the physiotherapist',
      'Riverside FC',
      'prepared by Jo Bell',
      'Athlete',
      'Injury',
      'Where the athlete stands',
      'What the athlete can do today',
      'Gap to the sport’s demands',
      'Morning responses, last 14 days',
      'Loads of the last four weeks',
      'Weekly check-in',
      'Proposed next step — for discussion',
      'Questions for the physiotherapist',
      'Sign-off',
      'For discussion with medical staff.',
    ]) {
      expect(text, heading).toContain(heading)
    }
    // Every column of the loads table fits on the page (a column pushed past the margin is cut
    // off, and its text is not on the page).
    for (const column of [
      'Minutes',
      'Total (m)',
      'HSR (m)',
      'Sprint (m)',
      'Accels',
      'Efforts',
      'Load (AU)',
    ]) {
      expect(text, column).toContain(column)
    }
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`)
    expect(text.match(/Decision support, not medical clearance/g)?.length).toBeGreaterThanOrEqual(
      pages,
    )
    expect(text).toContain(questionLibrary.physiotherapist[0]!.slice(0, 40))
    const dir = resolve(__dirname, '../../../test-results/pdf')
    mkdirSync(dir, { recursive: true })
    expect(renderPages(bytes, dir, 'handover', 70)).toHaveLength(pages)
  })
})
