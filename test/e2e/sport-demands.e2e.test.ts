import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './harness'

describe('sport demands, in Chromium against the real main process', () => {
  let app: AppHarness
  let athleteId: string

  beforeAll(async () => {
    app = await launchApp()
    const { repos } = app.services.deps
    const squad = repos.squads.create('First team')
    athleteId = repos.athletes.create(squad.id, {
      name: 'Zoë Kowalczyk',
      position: 'Winger',
      dateOfBirth: '2001-04-17',
      dominantLeg: 'right',
    }).id
    await app.page.reload()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('applies the soccer winger template, flags max velocity as feared, and finds it all after a reload', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Zoë Kowalczyk' }).click()
    await page.getByRole('heading', { name: 'Zoë Kowalczyk' }).waitFor()
    await page.getByRole('tab', { name: 'Sport demands' }).click()

    await page.getByRole('combobox', { name: 'Sport template' }).click()
    await page.getByRole('option', { name: 'Soccer · Elite' }).click()
    await page.getByRole('combobox', { name: 'Position' }).click()
    await page.getByRole('option', { name: 'Wide midfielder' }).click()
    await page.getByRole('button', { name: 'Apply template' }).click()

    const form = page.getByRole('form', { name: 'Sport demands' })
    await form.getByText('Not saved yet', { exact: false }).waitFor()
    await form
      .getByRole('group', { name: 'Max velocity', exact: true })
      .getByText('Feared', { exact: true })
      .click()
    await expect(form.getByText('Feared:').locator('..').textContent()).resolves.toBe(
      'Feared: Max velocity',
    )
    await app.screenshot('sport-demands-editor')
    await form.getByRole('button', { name: 'Save sport demands' }).click()
    await page.getByText('Sport demands saved').waitFor()

    await page.reload()
    const reloaded = page.getByRole('form', { name: 'Sport demands' })
    await reloaded.getByText('All changes saved').waitFor()
    // The picker remembers where the profile came from.
    await expect(page.getByRole('combobox', { name: 'Position' }).inputValue()).resolves.toBe(
      'Wide midfielder',
    )
    await expect(
      reloaded.getByRole('textbox', { name: 'High-speed running, mean' }).inputValue(),
    ).resolves.toBe('3,138')
    await expect(
      reloaded.getByRole('textbox', { name: 'High-speed running, measured above' }).inputValue(),
    ).resolves.toBe('14.4 km/h')
    await expect(
      reloaded.getByRole('textbox', { name: 'Sprint distance, source' }).inputValue(),
    ).resolves.toMatch(/^Barnes 2014/)
    await expect(
      reloaded
        .getByRole('group', { name: 'Max velocity', exact: true })
        .getByRole('checkbox', { name: 'Feared' })
        .isChecked(),
    ).resolves.toBe(true)
    await expect(
      reloaded.getByRole('textbox', { name: 'Accelerations, mean' }).inputValue(),
    ).resolves.toBe('')

    const saved = app.services.deps.repos.demands.get(athleteId)
    expect(saved).toMatchObject({
      sport: 'Soccer',
      position: 'Wide midfielder',
      templateId: 'soccer/wide-midfielder',
      flags: { maxVelocity: { feared: true, untested: false } },
      perMatch: {
        hsrMetres: { mean: 3138, thresholdKmh: 14.4 },
        sprintMetres: { mean: 350, sd: 139, thresholdKmh: 25.2 },
        accelerationCount: { mean: null },
      },
    })
    await app.screenshot('sport-demands-saved')
  })

  it('copies a built-in template into a club template, edits it, and offers it to the athlete', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('link', { name: 'Open sport templates' }).click()
    await page.getByRole('heading', { name: 'Soccer', exact: true }).waitFor()
    await page.getByText('Wide midfielder', { exact: true }).click()
    await app.screenshot('sport-templates-builtin')

    await page.getByRole('button', { name: 'Copy to a club template…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Copy to a club template' })
    await dialog.getByRole('textbox', { name: 'Template name' }).fill('First-team winger')
    await dialog.getByRole('button', { name: 'Create club template' }).click()
    const form = page.getByRole('form', { name: 'Club template' })
    await form.getByRole('textbox', { name: 'Accelerations, mean' }).fill('41')
    await form
      .getByRole('textbox', { name: 'Accelerations, source' })
      .fill('Club GPS 2025-26, 10 Hz')
    await form.getByRole('button', { name: 'Save template' }).click()
    await page.getByText('Template saved').waitFor()
    await app.screenshot('sport-templates-club')
    expect(app.services.deps.repos.clubTemplates.list()).toEqual([
      expect.objectContaining({
        name: 'First-team winger',
        profile: expect.objectContaining({
          perMatch: expect.objectContaining({
            accelerationCount: expect.objectContaining({ mean: 41 }),
          }),
        }),
      }),
    ])

    await page.goto(`${app.origin}/index.html#/athletes/${athleteId}/demands`)
    await page.getByRole('combobox', { name: 'Sport template' }).click()
    await page.getByRole('option', { name: 'First-team winger' }).waitFor()
  })
})
