import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { contentTypeOf, resolveAppAsset } from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp'
import type { Dispatch } from '../../src/main/ipc/dispatch'
import { channels } from '../../src/shared/ipc/channels'

/**
 * The built renderer in Debian's headless Chromium, wired to the real main-process dispatcher:
 * what the end-to-end tests and the browser benchmarks both run the app on.
 */

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/**
 * Serves the built renderer in `root` over loopback the way the app:// protocol does, CSP
 * header included. `extraPages` answers some paths with plain HTML of its own (benchmark floors).
 */
export function serveRenderer(
  root: string,
  extraPages: ReadonlyMap<string, string> = new Map(),
): Promise<Server> {
  const server = createServer((request, response) => {
    const url = request.url ?? '/'
    const page = extraPages.get(url)
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
      return
    }
    const file = resolveAppAsset(root, `app://rts${url}`)
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
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)))
}

/**
 * Installs in every page of `context` exactly what the preload exposes (one function per
 * contract channel), forwarding each call to the dispatcher `dispatch()` returns at that
 * moment, with the calling frame as sender.
 */
export async function connectToMain(context: BrowserContext, dispatch: () => Dispatch) {
  await context.exposeBinding('__rtsInvoke', (source, channel: string, payload: unknown) =>
    dispatch()(
      { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
      channel,
      payload,
    ),
  )
  await context.addInitScript(installApi, [...channels])
}

/** Runs in the page: keep it self-contained. */
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
