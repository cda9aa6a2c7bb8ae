import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bigExport, BIG_EXPORT_NAMES } from '../fixtures/gps/big-export'
import { launchApp, type AppHarness } from './harness'

/**
 * A 10,000-row season block through the real dialog: each step must answer without freezing the
 * page. Long tasks of the page's main thread are recorded with the browser's own observer.
 */
describe('a 10,000-row GPS export in the dialog', () => {
  let app: AppHarness
  let squadId: string
  const timings: Record<string, number> = {}

  beforeAll(async () => {
    app = await launchApp()
    const repos = app.services.deps.repos
    squadId = repos.squads.create('Season squad').id
    for (const name of BIG_EXPORT_NAMES)
      repos.athletes.create(squadId, {
        name,
        position: null,
        dateOfBirth: null,
        dominantLeg: 'right',
      })
    await app.page.reload()
    await app.page.getByRole('heading', { name: 'Season squad' }).waitFor()
    await app.page.evaluate(() => {
      const w = window as unknown as { longestTask: number }
      w.longestTask = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.longestTask = Math.max(w.longestTask, Math.round(entry.duration))
      }).observe({ type: 'longtask', buffered: false })
    })
  })
  afterAll(async () => {
    console.log('GPS dialog timings for 10,000 rows (ms):', JSON.stringify(timings))
    await app?.close()
  })

  const longestTask = () =>
    app.page.evaluate(() => {
      const w = window as unknown as { longestTask: number }
      const longest = w.longestTask
      w.longestTask = 0
      return longest
    })

  async function timed(name: string, run: () => Promise<unknown>) {
    await longestTask()
    const started = Date.now()
    await run()
    timings[name] = Date.now() - started
    timings[`${name}: longest page task`] = await longestTask()
  }

  it('opens, maps, reviews, previews and imports 2,000 sessions for 40 athletes', async () => {
    const { page } = app
    const file = join(app.dataDir, 'season-block.csv')
    writeFileSync(file, bigExport())
    app.nextOpenPath = file
    await page.getByRole('button', { name: 'Import GPS file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into Season squad' })
    await timed('choose file → columns shown', async () => {
      await dialog.getByRole('button', { name: 'Choose GPS file…' }).click()
      await dialog.getByRole('table', { name: 'Columns of the file' }).waitFor()
    })
    await dialog.getByText('10,000 rows', { exact: false }).waitFor()
    // A wrong unit puts every session out of range: 2,000 errors, of which the first 300 are listed.
    await timed('wrong unit → every row in error', async () => {
      await dialog.getByRole('combobox', { name: 'Unit of Total distance' }).click()
      await page.getByRole('option', { name: 'kilometres' }).click()
      await dialog.getByText('as you set it', { exact: true }).waitFor()
    })
    await timed('unit set back → checked again', async () => {
      await dialog.getByRole('combobox', { name: 'Unit of Total distance' }).click()
      await page.getByRole('option', { name: 'metres', exact: true }).click()
      await page.waitForTimeout(300)
      await dialog.getByRole('button', { name: 'Next: players' }).waitFor()
    })
    await timed('source typed → checked again', async () => {
      await dialog.getByRole('textbox', { name: 'Source' }).fill('Club Catapult')
      await dialog.getByText('Name the source', { exact: true }).waitFor({ state: 'hidden' })
      await page.waitForTimeout(600)
    })
    await timed('players shown', async () => {
      await dialog.getByRole('button', { name: 'Next: players' }).click()
      await dialog.getByRole('table', { name: 'Players of the file' }).waitFor()
    })
    await timed('check shown', async () => {
      await dialog.getByRole('button', { name: 'Next: check and import' }).click()
      await dialog.getByText('2,000 sessions for 40 athletes', { exact: true }).waitFor()
    })
    await dialog.getByText('No row to fix', { exact: true }).waitFor()
    await app.screenshot('gps-import-9-season-check')
    await timed('import', async () => {
      await dialog.getByRole('button', { name: 'Import 2,000 sessions' }).click()
      await page
        .getByText('Imported 2,000 sessions for 40 athletes from season-block.csv')
        .waitFor({ timeout: 30_000 })
    })
    const first = app.services.deps.repos.athletes.listBySquad(squadId)[0]!
    expect(app.services.deps.repos.sessions.listByAthlete(first.id)).toHaveLength(50)
    // Generous for a shared machine; the measured numbers are printed.
    expect(timings['check shown']).toBeLessThan(10_000)
    for (const [name, ms] of Object.entries(timings))
      if (name.endsWith('longest page task')) expect(ms, name).toBeLessThan(2_000)
  })
})
