import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDemoSquad } from '../../../src/main/demo'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { injuryFields } from '../../support/records'
import { pdfPageCount, pdfText, qpdfCheck, renderPages } from '../../support/pdf'

const NOW = new Date('2026-11-22T10:00:00')
let backend: TestBackend

beforeEach(() => {
  backend = startTestBackend({ clock: () => NOW })
})
afterEach(() => backend.close())

describe('handover save', () => {
  it('writes the PDF where the user chose, with an audit row holding its hash and recipient', async () => {
    const { repos, db } = backend.services.deps
    const { squad } = loadDemoSquad(repos, db, '2026-11-22')
    const athlete = repos.athletes.listBySquad(squad.id).find((a) => repos.injuries.current(a.id))!
    const result = await backend.api.handover.save({
      athleteId: athlete.id,
      recipient: 'surgeon',
      questions: ['Which restrictions still apply, and until which date?'],
    })
    expect(result.ok).toBe(true)
    if (!result.ok || result.data.status !== 'saved') throw new Error('not saved')
    const path = backend.saved[0]!
    expect(path).toMatch(/Handover .+ 2026-11-22\.pdf$/)
    const bytes = readFileSync(path)
    qpdfCheck(bytes)
    expect(result.data.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    const list = await backend.api.handover.list({ athleteId: athlete.id })
    expect(list.ok && list.data).toEqual([
      expect.objectContaining({ recipient: 'surgeon', sha256: result.data.sha256, questions: 1 }),
    ])
  })

  it('says plainly that an athlete without an open injury has nothing to hand over', async () => {
    const { repos } = backend.services.deps
    const squad = repos.squads.create('First team')
    const athlete = repos.athletes.create(squad.id, {
      name: 'Lee Park',
      position: null,
      dateOfBirth: null,
      dominantLeg: 'left',
    })
    const result = await backend.api.handover.preview({
      athleteId: athlete.id,
      recipient: 'coach',
      questions: [],
    })
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ message: expect.stringMatching(/no open injury/) }),
    })
  })
})

describe('squad availability PDF', () => {
  it('prints one landscape table per squad with the header on every page', async () => {
    const { repos, db } = backend.services.deps
    loadDemoSquad(repos, db, '2026-11-22')
    const big = repos.squads.create('Academy Ölüdeniz')
    db.transaction(() => {
      for (let i = 1; i <= 60; i += 1) {
        const a = repos.athletes.create(big.id, {
          name: `Академия ${i}`,
          position: 'Winger',
          dateOfBirth: null,
          dominantLeg: 'right',
        })
        if (i % 3 === 0) {
          repos.injuries.create(
            a.id,
            injuryFields({
              management: 'surgical',
              surgeryDate: '2026-10-05',
              location: 'proximal',
              surgeonRestrictions: [
                {
                  restriction: 'No sprinting',
                  until: '2026-12-20',
                  gate: 'P3',
                  stressors: ['sprinting'],
                },
              ],
            }),
          )
        }
      }
    })()
    const result = await backend.api.reports.availability({})
    expect(result.ok).toBe(true)
    const bytes = readFileSync(backend.saved[0]!)
    qpdfCheck(bytes)
    const text = pdfText(bytes)
    const pages = pdfPageCount(bytes)
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(text).toContain('Academy Ölüdeniz — 60 athletes, 20 with an open injury')
    expect(text).toContain('Demo squad (fictional athletes) · demo data')
    expect(text).toContain('Академия 60')
    expect(text).toContain('No sprinting until 20 Dec 2026')
    expect(text.match(/Key restriction/g)?.length).toBe(pages)
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`)
    const dir = resolve(__dirname, '../../../test-results/pdf')
    mkdirSync(dir, { recursive: true })
    expect(renderPages(bytes, dir, 'availability', 60)).toHaveLength(pages)
  })
})
