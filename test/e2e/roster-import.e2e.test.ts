import { copyFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './harness'

const FIXTURES = resolve(__dirname, '../fixtures/roster')

describe('roster CSV import, in Chromium against the real main process', () => {
  let app: AppHarness
  let squadId: string

  beforeAll(async () => {
    app = await launchApp()
    squadId = app.services.deps.repos.squads.create('Academy U18').id
    await app.page.reload()
    await app.page.getByRole('heading', { name: 'Academy U18' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows a bad row with its line and column and imports nothing', async () => {
    const { page } = app
    const file = join(app.dataDir, 'roster.csv')
    writeFileSync(
      file,
      'Name,Position,Date of birth,Dominant leg\nLee Park,Winger,1999-07-14,left\nMaya Chen,Goalkeeper,2001-02-31,right\n',
    )
    app.nextOpenPath = file
    await page.getByRole('button', { name: 'Import roster' }).first().click()
    await page.getByRole('button', { name: 'Choose CSV file…' }).click()
    const rows = page.getByRole('table', { name: 'Rows to import' })
    await rows.waitFor()
    const bad = rows.getByRole('row', { name: /Maya Chen/ })
    await expect(bad.textContent()).resolves.toContain('is not a day on the calendar')
    await expect(bad.getByRole('cell').first().textContent()).resolves.toBe('3')
    await expect(page.getByRole('button', { name: 'Import 1 athlete' }).isDisabled()).resolves.toBe(
      true,
    )
    await app.screenshot('roster-import-bad-row')
    expect(app.services.deps.repos.athletes.listBySquad(squadId)).toEqual([])
  })

  it('imports every row once the file is fixed', async () => {
    const { page } = app
    const file = join(app.dataDir, 'roster-fixed.csv')
    copyFileSync(join(FIXTURES, 'roster-sample.csv'), file)
    app.nextOpenPath = file
    await page.getByRole('button', { name: 'Choose another file…' }).click()
    await page.getByRole('button', { name: 'Import 5 athletes' }).click()
    await page.getByText(/^Imported 5 athletes into Academy U18/).waitFor()
    const names = app.services.deps.repos.athletes.listBySquad(squadId).map((a) => a.name)
    expect(names).toHaveLength(5)
    expect(names).toContain('Дмитрий Шостакович')
    await page.getByRole('link', { name: 'Γιώργος Παπαδόπουλος', exact: true }).waitFor()
  })
})
