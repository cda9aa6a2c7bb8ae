import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../../src/main/clock'
import { AppData } from '../../src/main/data-safety/app-data'
import { DATABASE_FILE_NAME } from '../../src/main/services'
import { scribble } from '../main/data/helpers'
import { injuryFields } from '../support/records'
import { launchApp, type AppHarness } from './harness'

/** A used data folder: a squad with two athletes and one backup, the app closed. */
async function usedDataFolder(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rts-e2e-data-'))
  const data = new AppData({ databasePath: join(dataDir, DATABASE_FILE_NAME), clock: systemClock })
  const squad = data.repos.squads.create('First team')
  for (const name of ['Zoë Kowalczyk', 'Ivan Petrov']) {
    const athlete = data.repos.athletes.create(squad.id, {
      name,
      position: 'Winger',
      dateOfBirth: '2001-04-17',
      dominantLeg: 'right',
    })
    data.repos.injuries.create(athlete.id, injuryFields({ notes: `${name}: felt it at 30 m` }))
  }
  await data.backupNow('manual', 'Dr Ana Silva')
  data.close()
  return dataDir
}

describe('Settings → data safety, in Chromium against the real main process', () => {
  let app: AppHarness
  let dataDir: string

  beforeAll(async () => {
    dataDir = await usedDataFolder()
    app = await launchApp({ dataDir })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('lists backups, makes one on request and shows the audit trail', async () => {
    const { page } = app
    await page.goto(`${app.origin}/index.html#/settings`)
    await page.getByRole('heading', { name: 'Backups and restore' }).waitFor()
    const table = page.getByRole('table', { name: 'Backups' })
    await table.waitFor()
    await expect(table.getByRole('row').count()).resolves.toBe(2)
    await page.getByRole('button', { name: 'Back up now' }).click()
    await page.getByText(/Backup made: .* checked and kept/).waitFor()
    await expect(table.getByRole('row').count()).resolves.toBe(3)
    await page.getByRole('button', { name: 'Verify the trail' }).click()
    await page.getByText('The trail is intact').waitFor()
    await app.screenshot('settings-data-safety')
  })

  it('erases an athlete after their name is typed, and the trail keeps a tombstone', async () => {
    const { page } = app
    await page.getByRole('combobox', { name: 'Athlete to erase' }).click()
    await page.getByRole('option', { name: /Ivan Petrov/ }).click()
    await page.getByRole('button', { name: 'Erase…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Erase Ivan Petrov?' })
    await dialog.getByLabel(/Type “Ivan Petrov” to confirm/).fill('Ivan Petrov')
    await dialog.getByLabel(/Also delete all existing backups/).check()
    await app.screenshot('erase-athlete-dialog')
    await dialog.getByRole('button', { name: 'Erase for good' }).click()
    await page.getByText(/Ivan Petrov was erased, with \d+ older backups/).waitFor()
    await page.getByRole('table', { name: 'Audit trail' }).getByText('Athlete erased').waitFor()

    const dbPath = join(dataDir, DATABASE_FILE_NAME)
    for (const file of [dbPath, `${dbPath}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes('Ivan Petrov')).toBe(false)
    }
    for (const name of readdirSync(join(dataDir, 'backups'))) {
      expect(readFileSync(join(dataDir, 'backups', name)).includes('Ivan Petrov')).toBe(false)
    }
  })
})

describe('the recovery screen, in Chromium', () => {
  let app: AppHarness
  let dataDir: string

  beforeAll(async () => {
    dataDir = await usedDataFolder()
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), 'this is not a database any more')
    app = await launchApp({ dataDir })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('shows what happened instead of the app, and restores the latest backup', async () => {
    const { page } = app
    await page.getByRole('heading', { name: 'Your data file is damaged' }).waitFor()
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).count()).resolves.toBe(0)
    await app.screenshot('recovery-screen')
    await page.getByRole('button', { name: /Restore the latest backup/ }).click()
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor()
    await page.getByText('First team').first().waitFor()
    const damaged = readdirSync(join(dataDir, 'damaged'))
    expect(damaged.filter((name) => name.endsWith('.sqlite'))).toHaveLength(1)
    expect(
      readFileSync(
        join(
          dataDir,
          'damaged',
          damaged.find((n) => n.endsWith('.sqlite'))!,
        ),
        'utf8',
      ),
    ).toBe('this is not a database any more')
  })
})

describe('damage found by the background check after the app opened, in Chromium', () => {
  let app: AppHarness
  let dataDir: string

  beforeAll(async () => {
    dataDir = await usedDataFolder()
    // Pages in the middle of the file overwritten: it still opens, and its check fails.
    scribble(join(dataDir, DATABASE_FILE_NAME), 4096, 4096 * 4)
    app = await launchApp({ dataDir })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('turns the window into the recovery screen on its own', async () => {
    await app.services.healthChecked
    expect(app.services.data.mode).toBe('recovery')
    await app.page.getByRole('heading', { name: 'Your data file is damaged' }).waitFor()
    await expect(
      app.page.getByRole('navigation', { name: 'Main navigation' }).count(),
    ).resolves.toBe(0)
  })
})
