import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { channels } from '../../src/shared/ipc/channels'
import { contentTypeOf, resolveAppAsset } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp'
import { systemClock } from '../../src/main/clock'
import { startServices, DATABASE_FILE_NAME, type AppServices } from '../../src/main/services'

const RENDERER_ROOT = resolve(__dirname, '../../out/renderer')
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots')

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Serves the built renderer over loopback the way the app:// protocol does, CSP header included. */
function serveRenderer(): Promise<Server> {
  const server = createServer((request, response) => {
    const file = resolveAppAsset(RENDERER_ROOT, `app://rts${request.url ?? '/'}`)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    try {
      const body = readFileSync(file)
      response.writeHead(200, {
        'content-type': contentTypeOf(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
      })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)))
}

/**
 * Installs in the page exactly what the preload exposes (one function per contract channel),
 * forwarding each call to the real main-process dispatcher with the calling frame as sender.
 */
function installApi(channelNames: readonly string[]): void {
  const invoke = (window as unknown as { __rtsInvoke: (c: string, i: unknown) => Promise<unknown> })
    .__rtsInvoke
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of channelNames) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) => invoke(channel, input)
  }
  Object.defineProperty(window, 'rts', { value: Object.freeze(api), enumerable: true })
}

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
  const server = await serveRenderer()
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

  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1360, height: 860 },
  })
  await context.exposeBinding('__rtsInvoke', (source, channel: string, payload: unknown) =>
    services.dispatch(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      channel,
      payload,
    ),
  )
  await context.addInitScript(installApi, [...channels])
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
