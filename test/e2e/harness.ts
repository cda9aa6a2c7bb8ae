import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { systemClock } from '../../src/main/clock'
import { startServices, DATABASE_FILE_NAME, type AppServices } from '../../src/main/services'
import { connectToMain, launchChromium, serveRenderer } from '../support/chromium-app'

const RENDERER_ROOT = resolve(__dirname, '../../out/renderer')
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots')

export interface AppHarness {
  page: Page
  origin: string
  dataDir: string
  savedDir: string
  services: AppServices
  /** The file the next open-file dialog answers with (null: the user cancels). */
  nextOpenPath: string | null
  /** The folder the next choose-folder dialog answers with (null: the user cancels). */
  nextFolder: string | null
  /** Closes the database and opens it again from the same file, like quitting and restarting. */
  restartMain(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export async function launchApp(options: { dataDir?: string } = {}): Promise<AppHarness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'rts-e2e-'))
  const savedDir = join(dataDir, 'saved')
  mkdirSync(savedDir, { recursive: true })
  const server = await serveRenderer(RENDERER_ROOT)
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const start = () =>
    startServices({
      databasePath: join(dataDir, DATABASE_FILE_NAME),
      clock: systemClock,
      appVersion: 'e2e',
      trustedOrigins: [origin],
      checkOutputs: true,
      dialogs: {
        chooseSavePath: async (dialog) => join(savedDir, dialog.defaultFileName),
        chooseOpenPath: async () => harness.nextOpenPath,
        chooseFolder: async () => harness.nextFolder,
      },
    })
  let services = start()

  const browser: Browser = await launchChromium()
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1360, height: 860 },
  })
  // The dispatcher of the services running now: `restart` replaces them.
  await connectToMain(context, () => services.dispatch)
  const page = await context.newPage()
  await page.goto(`${origin}/index.html`)

  const harness: AppHarness = {
    page,
    origin,
    dataDir,
    savedDir,
    nextOpenPath: null,
    nextFolder: null,
    get services() {
      return services
    },
    async restartMain() {
      services.close()
      services = start()
      // Like the app: writes wait for the start-up check; tests arranging data directly too.
      await services.healthChecked
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path, fullPage: true })
      return path
    },
    async close() {
      await browser.close()
      await new Promise((done) => server.close(done))
      services.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return harness
}
