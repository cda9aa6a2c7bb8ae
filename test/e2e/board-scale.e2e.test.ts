import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { injuryFields } from '../support/records'
import { launchApp, type AppHarness } from './harness'

/**
 * The squad board with 1,000 athletes in Chromium. Timings are measured inside the page and
 * written to test-results/perf/ for the record; the assertions are about what is shown, never
 * about speed (speed is tracked by `npm run bench`).
 */
describe('squad board with 1,000 athletes', () => {
  let app: AppHarness
  const timings: Record<string, number[]> = { firstRowsMs: [], filterKeystrokeMs: [] }

  beforeAll(async () => {
    app = await launchApp()
    const { repos, db } = app.services.deps
    db.transaction(() => {
      const squad = repos.squads.create('Academy')
      for (let i = 1; i <= 1000; i += 1) {
        const athlete = repos.athletes.create(squad.id, {
          name: `Player ${String(i).padStart(4, '0')}`,
          position: ['Winger', 'Centre-back', 'Striker', 'Goalkeeper', 'Midfielder'][i % 5]!,
          dateOfBirth: null,
          dominantLeg: i % 2 ? 'left' : 'right',
        })
        if (i % 4 === 0)
          repos.injuries.create(
            athlete.id,
            injuryFields({ injuryDate: '2026-10-01', mriDate: null }),
          )
      }
    })()
  })
  afterAll(async () => {
    await app?.close()
    const dir = resolve(__dirname, '../../test-results/perf')
    mkdirSync(dir, { recursive: true })
    writeFileSync(resolve(dir, 'board-1000.json'), JSON.stringify(timings, null, 2))
    console.log('squad board, 1,000 athletes:', JSON.stringify(timings))
  })

  it('shows the first rows and the full count', async () => {
    const { page } = app
    for (let run = 0; run < 3; run += 1) {
      const start = Date.now()
      await page.reload()
      await page.getByRole('link', { name: 'Player 0001', exact: true }).waitFor()
      timings['firstRowsMs']!.push(Date.now() - start)
    }
    await page.getByText('1000 athletes', { exact: true }).waitFor()
    // Only the rows in view are in the page.
    const rendered = await page.getByRole('table', { name: 'Roster' }).getByRole('link').count()
    expect(rendered).toBeGreaterThan(5)
    expect(rendered).toBeLessThan(80)
    await app.screenshot('board-1000')
  })

  it('filters by name as the coach types', async () => {
    const { page } = app
    for (const query of ['Player 07', 'Player 077', 'Player 0777']) {
      const elapsed = await page.evaluate(async (text) => {
        const input = document.querySelector<HTMLInputElement>(
          'input[aria-label="Search athletes"]',
        )!
        const counter = document.querySelector('p[aria-live="polite"]')!
        const before = counter.textContent
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
        const start = performance.now()
        setValue.call(input, text)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        while (counter.textContent === before) await new Promise((r) => requestAnimationFrame(r))
        return performance.now() - start
      }, query)
      timings['filterKeystrokeMs']!.push(Math.round(elapsed))
    }
    await page.getByText('1 of 1000 athletes').waitFor()
    await expect(
      page.getByRole('link', { name: 'Player 0777', exact: true }).isVisible(),
    ).resolves.toBe(true)
  })

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    const { page } = app
    await page.getByLabel('Search athletes').fill('')
    await page.getByText('1000 athletes', { exact: true }).waitFor()
    await page.getByRole('region', { name: /Roster/ }).focus()
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Player 0999' }).waitFor()
  })
})
