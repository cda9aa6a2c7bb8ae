import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './harness'

describe('athlete record, in Chromium against the real main process', () => {
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

  it('records a BAMIC 2b sprint-type injury that is still there after a reload', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Zoë Kowalczyk' }).click()
    await page.getByRole('heading', { name: 'Zoë Kowalczyk' }).waitFor()
    await page.getByText('No open injury.').waitFor()
    await page.getByRole('tab', { name: 'Injury' }).click()
    await page.getByRole('button', { name: 'Record injury' }).click()
    const form = page.getByRole('form', { name: 'Injury' })
    await form.getByRole('textbox', { name: 'Date of injury' }).fill('2026-10-12')
    await form.getByRole('combobox', { name: 'Mechanism' }).click()
    await page.getByRole('option', { name: /Sprint-type/ }).click()
    await form.getByRole('combobox', { name: 'Activity' }).click()
    await page.getByRole('option', { name: 'Sprinting' }).click()
    await form.getByRole('combobox', { name: /BAMIC grade/ }).click()
    await page.getByRole('option', { name: /^2b/ }).click()
    await form.getByRole('textbox', { name: /Pain on isometric contraction/ }).fill('3')
    await app.screenshot('injury-form')
    await form.getByRole('button', { name: 'Record injury' }).click()
    await page.getByText('Injury recorded').waitFor()

    await page.reload()
    await page.getByText('BAMIC 2b · moderate, musculotendinous').waitFor()
    const saved = app.services.deps.repos.injuries.current(athleteId)
    expect(saved).toMatchObject({
      injuryDate: '2026-10-12',
      bamicGrade: '2b',
      mechanism: 'sprint_type',
      isometricPain: 3,
    })
    await app.screenshot('injury-tab')

    await page.getByRole('tab', { name: 'Overview' }).click()
    const phase = page.getByRole('region', { name: 'Current phase' })
    await phase.waitFor()
    await expect(phase.textContent()).resolves.toMatch(/Phase 0/)
    await app.screenshot('athlete-overview')
    await page.getByRole('tab', { name: 'Injury' }).click()
  })

  it('shows avulsion fields only for a proximal injury and refuses a surgical repair without a date', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Edit injury' }).click()
    const form = page.getByRole('form', { name: 'Injury' })
    await expect(
      form.getByText('The tendon is torn off the bone (avulsion)').count(),
    ).resolves.toBe(0)
    await form.getByText('Proximal', { exact: true }).click()
    await form.getByText('The tendon is torn off the bone (avulsion)').waitFor()
    await form.getByText('Surgical repair', { exact: true }).click()
    await form.getByRole('button', { name: 'Save injury' }).click()
    await form.getByText('Enter the date of surgery').waitFor()
    expect(app.services.deps.repos.injuries.current(athleteId)?.management).toBe('conservative')
    await form.getByRole('button', { name: 'Cancel' }).click()
  })
})
