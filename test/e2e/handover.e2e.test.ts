import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDemoSquad } from '../../src/main/demo'
import { pdfPageCount, pdfText, qpdfCheck, renderPages } from '../support/pdf'
import { launchApp, type AppHarness } from './harness'

describe('handover for a demo athlete, through the real button in Chromium', () => {
  let app: AppHarness
  let athleteId: string

  beforeAll(async () => {
    app = await launchApp()
    const { repos, db, clock } = app.services.deps
    repos.settings.set('app', {
      userName: 'Jo Bell',
      clubName: 'Riverside FC',
      pageSize: 'A4',
      speedUnit: 'km/h',
    })
    const today = clock().toISOString().slice(0, 10)
    const { squad } = loadDemoSquad(repos, db, today)
    athleteId = repos.athletes
      .listBySquad(squad.id)
      .find((a) => a.name === 'Callum Brightwater')!.id
    await app.page.goto(`${app.origin}/index.html#/athletes/${athleteId}/handover`)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('previews the exact PDF for the chosen recipient and questions', async () => {
    const { page } = app
    await page.getByText('Surgeon', { exact: true }).click()
    const first = page.getByRole('textbox', { name: 'Question 1' })
    await first.fill('Until which date does the “no sprinting” advice apply to Callum?')
    await page.getByRole('button', { name: 'Preview' }).click()
    const pages = page.getByRole('img', { name: /^Page \d of \d$/ })
    await pages.first().waitFor({ timeout: 30_000 })
    expect(await pages.count()).toBeGreaterThanOrEqual(2)
    await app.screenshot('handover-tab')
  })

  it('saves it through the dialog in main, lists it, and the file reads right', async () => {
    const { page, savedDir } = app
    const started = Date.now()
    await page.getByRole('button', { name: 'Save PDF…' }).click()
    await page.getByText(/^Saved Handover Callum Brightwater/).waitFor()
    console.log(`handover saved through the UI in ${Date.now() - started} ms`)
    const file = readdirSync(savedDir).find((name) =>
      name.startsWith('Handover Callum Brightwater'),
    )!
    const bytes = readFileSync(join(savedDir, file))
    qpdfCheck(bytes)
    const text = pdfText(bytes)
    expect(text).toContain('Return-to-sport handover for the surgeon')
    expect(text).toContain('Until which date does the “no sprinting” advice apply to Callum?')
    expect(text).toContain('Riverside FC')
    const count = pdfPageCount(bytes)
    expect(text).toContain(`Page ${count} of ${count}`)
    const pngs = renderPages(
      bytes,
      resolve(__dirname, '../../test-results/screenshots'),
      'handover-e2e',
      60,
    )
    expect(pngs).toHaveLength(count)
    const row = page
      .getByRole('table', { name: 'Earlier handovers' })
      .getByRole('row', { name: /Surgeon/ })
    await row.waitFor()
  })
})
