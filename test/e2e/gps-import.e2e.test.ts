import { copyFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demandFields, injuryFields } from '../support/records'
import { launchApp, type AppHarness } from './harness'

const FIXTURES = resolve(__dirname, '../fixtures/gps')
const SQUAD = ['Sam Reid', 'Lee Park', 'José Núñez', 'Maya Chen', 'Kofi Mensah', 'Maya Lopez']

describe('GPS import, in Chromium against the real main process', () => {
  let app: AppHarness
  let squadId: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    app = await launchApp()
    // Tall enough that each step of the dialog shows whole in its screenshot.
    await app.page.setViewportSize({ width: 1360, height: 2600 })
    const repos = app.services.deps.repos
    squadId = repos.squads.create('First team').id
    for (const name of SQUAD) {
      ids[name] = repos.athletes.create(squadId, {
        name,
        position: name === 'Sam Reid' ? 'Winger' : null,
        dateOfBirth: null,
        dominantLeg: 'right',
      }).id
    }
    // Sam is in rehab: an open injury and a sport demand with its own speed thresholds.
    repos.injuries.create(
      ids['Sam Reid']!,
      injuryFields({ injuryDate: '2026-02-16', mriDate: null }),
    )
    repos.demands.save(ids['Sam Reid']!, demandFields())
    await app.page.reload()
    await app.page.getByRole('heading', { name: 'First team' }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('refuses a raw 10 Hz sample file with a clear message', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Import GPS file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into First team' })
    await dialog.waitFor()
    await app.screenshot('gps-import-1-file')
    const raw = join(app.dataDir, 'trace-10hz.csv')
    copyFileSync(join(FIXTURES, 'raw-10hz-samples.csv'), raw)
    app.nextOpenPath = raw
    await dialog.getByRole('button', { name: 'Choose GPS file…' }).click()
    await dialog.getByText('trace-10hz.csv cannot be imported').waitFor()
    await expect(dialog.textContent()).resolves.toContain(
      'raw sample file (about 10 rows per second)',
    )
    await app.screenshot('gps-import-1-refused')
  })

  it('maps, matches players, previews and imports a Catapult export; the sessions are in the record', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into First team' })
    const file = join(app.dataDir, 'catapult-week-11.csv')
    copyFileSync(join(FIXTURES, 'catapult-session-export.csv'), file)
    app.nextOpenPath = file
    await dialog.getByRole('button', { name: 'Choose another file…' }).click()

    // Columns: recognised with their units; the speed thresholds come from the coach.
    const columns = dialog.getByRole('table', { name: 'Columns of the file' })
    await columns.waitFor()
    await expect(
      dialog.getByRole('combobox', { name: 'Column for Max velocity' }).inputValue(),
    ).resolves.toBe('Maximum Velocity (km/h)')
    await expect(
      dialog.getByRole('combobox', { name: 'Unit of Duration' }).inputValue(),
    ).resolves.toBe('h:mm:ss')
    await expect(dialog.getByRole('textbox', { name: 'Source' }).inputValue()).resolves.toBe(
      'Catapult Vector S7',
    )
    await dialog.getByRole('textbox', { name: 'High-speed running above' }).fill('19.8')
    await dialog.getByRole('textbox', { name: 'Sprint distance above' }).fill('25.2')
    await dialog.getByText(/at least one date in the file only makes sense this way/).waitFor()
    await page.waitForTimeout(500)
    await app.screenshot('gps-import-2-columns')

    // Players: exact names matched, a first name suggested, an unknown trialist skipped.
    await dialog.getByRole('button', { name: 'Next: players' }).click()
    const players = dialog.getByRole('table', { name: 'Players of the file' })
    await players.waitFor()
    await expect(
      dialog.getByRole('combobox', { name: 'Athlete for JOSE NUNEZ' }).inputValue(),
    ).resolves.toBe('José Núñez')
    await expect(
      dialog.getByRole('combobox', { name: 'Athlete for Kofi' }).inputValue(),
    ).resolves.toBe('Kofi Mensah')
    await expect(players.getByRole('row', { name: /Kofi/ }).textContent()).resolves.toContain(
      'Suggested: check',
    )
    await app.screenshot('gps-import-3-players')
    await dialog.getByRole('combobox', { name: 'Athlete for Trialist 7' }).click()
    await page.getByRole('option', { name: 'Skip this player' }).click()
    await players
      .getByRole('row', { name: /Trialist 7/ })
      .getByText('Skipped')
      .waitFor()

    // Check: what is imported per athlete, the whole-session rows used, the match summed.
    await dialog.getByRole('button', { name: 'Next: check and import' }).click()
    await dialog.getByText('20 sessions for 5 athletes').waitFor()
    await dialog
      .getByText('15 whole-session rows used (50 drill rows not added)', { exact: false })
      .waitFor()
    await dialog.getByRole('button', { name: 'Sessions of Sam Reid' }).click()
    const sam = dialog.getByRole('table', { name: 'Sessions to import for Sam Reid' })
    await sam.waitFor()
    await expect(sam.textContent()).resolves.toContain('sum of 2 parts: 1st Half + 2nd Half')
    await expect(dialog.getByRole('radio', { name: 'Match' }).first().isChecked()).resolves.toBe(
      false,
    )
    await app.screenshot('gps-import-4-check')

    await dialog.getByRole('button', { name: 'Import 20 sessions' }).click()
    await page.getByText('Imported 20 sessions for 5 athletes from catapult-week-11.csv').waitFor()
    await dialog.waitFor({ state: 'hidden' })

    const stored = app.services.deps.repos.sessions.listByAthlete(ids['Sam Reid']!)
    expect(stored.map((s) => [s.date, s.type, s.dataSource, s.device])).toEqual([
      ['2026-03-09', 'field', 'GPS', 'Catapult Vector S7'],
      ['2026-03-10', 'field', 'GPS', 'Catapult Vector S7'],
      ['2026-03-11', 'field', 'GPS', 'Catapult Vector S7'],
      ['2026-03-13', 'match', 'GPS', 'Catapult Vector S7'],
    ])

    // In the athlete's record: the training log lists the imported sessions with their source.
    await page.getByRole('link', { name: 'Sam Reid', exact: true }).click()
    await page.getByRole('heading', { name: 'Sam Reid' }).waitFor()
    await page.getByRole('tab', { name: 'Training and responses' }).click()
    await page
      .getByText(/GPS import: catapult-week-11\.csv/)
      .first()
      .waitFor()
    await expect(page.getByText(/GPS import: catapult-week-11\.csv/).count()).resolves.toBe(4)
    await app.screenshot('gps-import-5-training-log')
  })

  it('remembers the mapping: the same file again is recognised and its sessions flagged as already imported', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Squad board' }).first().click()
    await page.getByRole('button', { name: 'Import GPS file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into First team' })
    const file = join(app.dataDir, 'catapult-week-11-again.csv')
    copyFileSync(join(FIXTURES, 'catapult-session-export.csv'), file)
    app.nextOpenPath = file
    await dialog.getByRole('button', { name: 'Choose GPS file…' }).click()
    await dialog.getByRole('table', { name: 'Columns of the file' }).waitFor()
    await expect(
      dialog.getByRole('textbox', { name: 'High-speed running above' }).inputValue(),
    ).resolves.toBe('19.8')
    await dialog.getByRole('button', { name: 'Next: players' }).click()
    await expect(dialog.getByRole('row', { name: /Trialist 7/ }).textContent()).resolves.toContain(
      'Skipped',
    )
    await dialog.getByRole('button', { name: 'Next: check and import' }).click()
    await dialog.getByText('20 sessions already imported', { exact: true }).waitFor()
    await expect(
      dialog.getByRole('button', { name: 'Import 0 sessions' }).isDisabled(),
    ).resolves.toBe(true)
    await app.screenshot('gps-import-6-duplicates')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    expect(app.services.deps.repos.sessions.listByAthlete(ids['Lee Park']!)).toHaveLength(4)
  })

  it('reads an LPS export named by first names: the coach picks the athlete when two share a name', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Import GPS file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into First team' })
    const file = join(app.dataDir, 'kinexon-indoor.csv')
    copyFileSync(join(FIXTURES, 'kinexon-lps-export.csv'), file)
    app.nextOpenPath = file
    await dialog.getByRole('button', { name: 'Choose GPS file…' }).click()
    await dialog.getByRole('table', { name: 'Columns of the file' }).waitFor()
    await expect(
      dialog.getByRole('combobox', { name: 'Unit of Max velocity' }).inputValue(),
    ).resolves.toBe('mph')
    await expect(
      dialog.getByRole('combobox', { name: 'Unit of Total distance' }).inputValue(),
    ).resolves.toBe('yards')
    await dialog.getByRole('textbox', { name: 'Source' }).fill('Kinexon arena')
    await dialog.getByText('LPS (indoor / local)').click()
    await app.screenshot('gps-import-7-lps-columns')
    await dialog.getByRole('button', { name: 'Next: players' }).click()
    await expect(dialog.getByText('first name only', { exact: true }).count()).resolves.toBe(1)
    await dialog.getByRole('combobox', { name: 'Athlete for Maya' }).click()
    await page.getByRole('option', { name: 'Maya Chen' }).click()
    await dialog.getByRole('row', { name: /Maya/ }).getByText('Chosen').waitFor()
    await app.screenshot('gps-import-7-lps-players')
    await dialog.getByRole('button', { name: 'Next: check and import' }).click()
    await dialog.getByText('15 sessions for 5 athletes', { exact: true }).waitFor()
    // Sam's sport demand names its thresholds; this file does not: the preview says so.
    await dialog.getByRole('button', { name: 'Sessions of Sam Reid' }).click()
    await dialog
      .getByText(
        /High-speed running: the file's threshold is not given; the sport demand uses above 19\.8 km\/h/,
      )
      .waitFor()
    await app.screenshot('gps-import-7-lps-check')
    await dialog.getByRole('button', { name: 'Import 15 sessions' }).click()
    await page.getByText('Imported 15 sessions for 5 athletes from kinexon-indoor.csv').waitFor()
    const maya = app.services.deps.repos.sessions.listByAthlete(ids['Maya Chen']!)
    const indoor = maya.filter((s) => s.device === 'Kinexon arena')
    expect(indoor.map((s) => [s.date, s.type, s.dataSource])).toEqual([
      ['2026-03-16', 'field', 'LPS'],
      ['2026-03-17', 'field', 'LPS'],
      ['2026-03-19', 'match', 'LPS'],
    ])
  })

  it('stays usable on a 1,200-column export: near-duplicates are offered, the filled one is chosen', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Import GPS file' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import GPS / LPS file into First team' })
    const file = join(app.dataDir, 'statsports-week-14.csv')
    copyFileSync(join(FIXTURES, 'statsports-wide-export.csv'), file)
    app.nextOpenPath = file
    const started = Date.now()
    await dialog.getByRole('button', { name: 'Choose GPS file…' }).click()
    await dialog.getByRole('table', { name: 'Columns of the file' }).waitFor()
    const shownAfterMs = Date.now() - started
    expect(shownAfterMs).toBeLessThan(10_000)
    const speed = dialog.getByRole('combobox', { name: 'Column for Max velocity' })
    await expect(speed.inputValue()).resolves.toBe('Max Speed (m/s)')
    await speed.click()
    await page.getByRole('option', { name: 'Max Speed (also looks right)' }).waitFor()
    await page.keyboard.press('Escape')
    await dialog.getByText('1,200 columns', { exact: false }).waitFor()
    await app.screenshot('gps-import-8-wide-columns')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })
})
