import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppHarness } from './harness'

describe('squad board, driven in Chromium against the real main process', () => {
  let app: AppHarness

  beforeAll(async () => {
    app = await launchApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('opens on an empty board that offers to create a squad', async () => {
    const { page } = app
    await page.getByText('No squads yet').waitFor()
    await page.getByRole('button', { name: 'Create squad' }).waitFor()
  })

  it('creates a squad and adds an athlete who is still there after a reload and a restart', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Create squad' }).click()
    await page.getByLabel('Squad name').fill('First team')
    await page.getByRole('dialog').getByRole('button', { name: 'Create squad' }).click()
    await page.getByRole('heading', { name: 'First team' }).waitFor()

    await page.getByRole('button', { name: 'Add athlete' }).first().click()
    const form = page.getByRole('form', { name: 'Add athlete' })
    await form.getByLabel('Name').fill('Zoë Kowalczyk')
    await form.getByLabel('Position').fill('Winger')
    await form.getByLabel('Date of birth').fill('2001-04-17')
    await form.getByRole('combobox', { name: 'Dominant leg' }).click()
    await page.getByRole('option', { name: 'Right' }).click()
    await form.getByRole('button', { name: 'Add athlete' }).click()
    await page.getByRole('link', { name: 'Zoë Kowalczyk', exact: true }).waitFor()

    await page.reload()
    await page.getByRole('link', { name: 'Zoë Kowalczyk', exact: true }).waitFor()

    await app.restartMain()
    await page.reload()
    const row = page.getByRole('row', { name: /Zoë Kowalczyk/ })
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('Winger')
    await app.screenshot('squad-board-roster')
  })

  it('shows a message next to a bad date of birth and saves nothing', async () => {
    const { page, services } = app
    const squadId = services.deps.repos.squads.list()[0]!.id
    const before = services.deps.repos.athletes.listBySquad(squadId).length

    await page.getByRole('button', { name: 'Add athlete' }).first().click()
    const form = page.getByRole('form', { name: 'Add athlete' })
    await form.getByLabel('Name').fill('Ivan Petrov')
    await form.getByLabel('Date of birth').fill('2001-02-30')
    await form.getByRole('combobox', { name: 'Dominant leg' }).click()
    await page.getByRole('option', { name: 'Left' }).click()
    await form.getByRole('button', { name: 'Add athlete' }).click()

    const dateField = form.getByLabel('Date of birth')
    await expect(dateField.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(
      form.getByText('That day does not exist on the calendar').isVisible(),
    ).resolves.toBe(true)
    await app.screenshot('athlete-form-date-error')
    expect(services.deps.repos.athletes.listBySquad(squadId)).toHaveLength(before)

    await form.getByRole('button', { name: 'Cancel' }).click()
  })

  it('saves the squad list as a PDF whose text holds the athlete', async () => {
    const { page, savedDir } = app
    await page.getByRole('button', { name: 'Print' }).click()
    await page.getByRole('menuitem', { name: 'Squad list' }).click()
    await page.getByText(/^Saved Squad list First team/).waitFor()
    const files = readdirSync(savedDir).filter((name) => name.endsWith('.pdf'))
    expect(files).toHaveLength(1)
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(savedDir, files[0]!), '-'], {
      encoding: 'utf8',
    })
    expect(text).toContain('Squad list: First team')
    expect(text).toContain('Zoë Kowalczyk')
    expect(text).toContain('Page 1 of 1')
  })

  it('gives the page no Node and refuses to run an injected inline script', async () => {
    const { page } = app
    const globals = await page.evaluate(() => [typeof require, typeof process, typeof module])
    expect(globals).toEqual(['undefined', 'undefined', 'undefined'])

    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__injected = true'
      document.body.append(script)
      await new Promise((resolve) => setTimeout(resolve, 50))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
  })
})
