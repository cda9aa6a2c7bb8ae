import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAthleteCase } from '../../src/main/cases/athlete-case'
import { assessAthlete } from '../../src/shared/domain/assess'
import type { DimensionGap } from '../../src/shared/domain/gap-analysis'
import { arrangeRehabCase, REHAB_ATHLETE, type RehabCase } from '../renderer/rehab-case'
import { launchApp, SCREENSHOT_DIR, type AppHarness } from './harness'

/** "2,100" the way an English-speaking coach reads metres (independent of the UI's formatter). */
const metres = (value: number) => `${Math.round(value).toLocaleString('en-GB')} m`

async function shoot(locator: Locator, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await locator.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

describe('gap analysis, tests and overrides, in Chromium against the real main process', () => {
  let app: AppHarness
  let rehab: RehabCase

  beforeAll(async () => {
    app = await launchApp()
    rehab = arrangeRehabCase(app.services.deps.repos)
    await app.page.reload()
  })
  afterAll(async () => {
    await app?.close()
  })

  /** The engine's gap analysis for the same stored data the page reads. */
  function engineGap(): Map<string, DimensionGap> {
    const { repos } = app.services.deps
    const athleteCase = loadAthleteCase(repos, rehab.athleteId, rehab.today)!
    const gap = assessAthlete(athleteCase, repos.settings.domain()).gap
    return new Map(gap.dimensions.map((d) => [d.dimension, d]))
  }

  it('shows the coverage figures the domain engine computes for a week of sessions', async () => {
    const { page } = app
    const expected = engineGap()
    await page.getByRole('link', { name: REHAB_ATHLETE }).click()
    await page.getByRole('tab', { name: 'Gap analysis' }).click()
    await page.getByRole('region', { name: 'High-speed running', exact: true }).waitFor()

    for (const dimension of ['hsr', 'sprintDistance', 'totalDistance'] as const) {
      const gap = expected.get(dimension)!
      // The case is built so that every one of these has a match and a match-week demand.
      expect(gap.coverageSingle).not.toBeNull()
      expect(gap.coverageWeek).not.toBeNull()
      const card = page.getByRole('region', { name: gap.label, exact: true })
      const text = await card.textContent()
      expect(text).toContain(
        `Best session ${metres(gap.bestSingle)} = ${gap.coverageSingle!.toFixed(2)} of a match`,
      )
      expect(text).toContain(
        `7-day total ${metres(gap.windowTotal)} = ${gap.coverageWeek!.toFixed(2)} of a match week`,
      )
      expect(text).toContain(gap.status)
    }

    // Feared and untested demands are circled and say so in words.
    const velocity = page.getByRole('region', { name: 'Max velocity', exact: true })
    await expect(velocity.getAttribute('data-circled')).resolves.toBe('feared')
    await expect(velocity.textContent()).resolves.toContain('feared')
    const contact = page.getByRole('region', { name: 'Contact', exact: true })
    await expect(contact.getAttribute('data-circled')).resolves.toBe('untested')
    const maxVelocity = expected.get('maxVelocity')!
    await expect(velocity.textContent()).resolves.toContain(
      `${Math.round(maxVelocity.bestSingle)} %`,
    )

    await app.screenshot('gap-analysis')
    await shoot(page.getByRole('region', { name: 'Gap summary' }), 'gap-analysis-summary')
    await shoot(velocity, 'gap-analysis-max-velocity')
    await shoot(page.getByRole('region', { name: 'Volumes and counts' }), 'gap-analysis-volumes')
    await shoot(page.getByRole('region', { name: 'Ladders' }), 'gap-analysis-ladders')
    await shoot(page.getByRole('region', { name: 'Weekly trend' }), 'gap-analysis-trend')
  })

  it('lists the tests with their symmetry index and % of pre-injury, charted over time', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Tests' }).click()
    const table = page.getByRole('table', { name: 'Test results' })
    await table.waitFor()
    // Nordic of 5 days ago: injured right 300 N, other 345 N, pre-injury right 330 N.
    const nordic = table.getByRole('row', { name: /Nordic strength/ }).first()
    await expect(nordic.textContent()).resolves.toMatch(/87 %.*91 %/)
    await page.getByRole('figure', { name: /Nordic strength \(NordBord\) over time/ }).waitFor()
    await app.screenshot('tests-tab')
  })

  it('records a clinician override through the overview, named and with its reason', async () => {
    const { page } = app
    const { repos } = app.services.deps
    await page.getByRole('tab', { name: 'Overview' }).click()
    const criteria = page.getByRole('table', { name: 'Phase 0 criteria' })
    const row = criteria.getByRole('row', { name: 'Light activation work tolerated', exact: true })
    await row.getByRole('button', { name: 'Override Light activation work tolerated' }).click()

    const form = page.getByRole('form', { name: 'Override' })
    await form.getByRole('radio', { name: 'Met', exact: true }).check({ force: true })
    await form.getByLabel('Clinician name').fill('Dr Ana Silva')
    await form.getByRole('combobox', { name: 'Clinician role' }).click()
    await page.getByRole('option', { name: 'physiotherapist' }).click()
    await form.getByLabel('Reason').fill('Isometric bridges at 50 % held pain-free in clinic')
    await form.getByRole('button', { name: 'Save override' }).click()
    await page.getByText('Override saved').waitFor()

    const override = criteria.getByRole('note', {
      name: 'Clinician override of Light activation work tolerated',
    })
    await override.waitFor()
    await expect(override.textContent()).resolves.toContain(
      'Set to “met” by Dr Ana Silva (physiotherapist)',
    )
    await expect(override.textContent()).resolves.toContain(
      'Isometric bridges at 50 % held pain-free in clinic',
    )
    await expect(row.textContent()).resolves.toMatch(/^met/)
    const stored = repos.overrides.listByInjury(rehab.injuryId)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      criterionId: 'P0.activationTolerated',
      status: 'met',
      clinicianName: 'Dr Ana Silva',
      clinicianRole: 'physiotherapist',
    })
    await app.screenshot('overview-override')
    await shoot(page.getByRole('region', { name: 'Current phase' }), 'overview-current-phase')
  })
})
