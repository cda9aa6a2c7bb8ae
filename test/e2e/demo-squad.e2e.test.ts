import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './harness'

describe('demo squad, driven in Chromium against the real main process', () => {
  let app: AppHarness

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('loads the demo squad from the empty board and marks it as fictional', async () => {
    const { page, services } = app
    await page.getByText('No squads yet').waitFor()
    await app.screenshot('demo-squad-empty-state')
    await page.getByRole('button', { name: 'Load demo squad' }).click()
    const banner = page.getByRole('region', { name: 'Demo squad' })
    await banner.getByText('Demo · fictional athletes').waitFor()
    await page.getByText('Callum Brightwater').first().waitFor()
    await page.getByText('Ieuan Marchbank').first().waitFor()
    expect(services.deps.repos.squads.list()).toEqual([
      expect.objectContaining({ name: 'Demo squad (fictional athletes)', demo: true }),
    ])

    // Still there, still marked, after a reload.
    await page.reload()
    await banner.getByText('Demo · fictional athletes').waitFor()
    await page.getByText('Lachlan Veitchmoor').first().waitFor()
    await app.screenshot('demo-squad-board')

    // A demo athlete opens like any other: the winger in phase 3, working on its criteria.
    await page.getByText('Callum Brightwater').first().click()
    await page.getByRole('heading', { name: 'Callum Brightwater' }).waitFor()
    await app.screenshot('demo-squad-athlete')
    await page.goBack()
    await banner.waitFor()
  })

  it('removes the demo squad after a confirmation, back to the empty board', async () => {
    const { page, services } = app
    const banner = page.getByRole('region', { name: 'Demo squad' })
    await banner.getByRole('button', { name: 'Remove demo squad' }).click()
    const dialog = page.getByRole('dialog', { name: 'Remove the demo squad?' })
    await dialog.waitFor()
    await app.screenshot('demo-squad-remove-confirm')
    await dialog.getByRole('button', { name: 'Remove demo squad' }).click()
    await page.getByText('No squads yet').waitFor()
    expect(await banner.count()).toBe(0)
    expect(services.deps.repos.squads.list()).toEqual([])
    expect(services.db.prepare('SELECT count(*) FROM athletes').pluck().get()).toBe(0)
  })
})
