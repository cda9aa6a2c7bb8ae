import { app, BrowserWindow, net, protocol, session } from 'electron'
import { pathToFileURL } from 'node:url'
import { APP_HOST, APP_SCHEME, contentTypeOf, resolveAppAsset } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './csp'
import { secureWindowOptions } from './window-options'

/** Must run before `app.whenReady()`: lets `app://` load module scripts like https would. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from `rendererRoot` on `app://rts/`, with the CSP as a header. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererRoot, request.url)
    if (!file || new URL(request.url).host !== APP_HOST) {
      return new Response('Not found', { status: 404 })
    }
    const response = await net.fetch(pathToFileURL(file).toString())
    if (!response.ok) return new Response('Not found', { status: 404 })
    return new Response(response.body, {
      status: 200,
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    })
  })
}

/**
 * Denies everything a page could ask for beyond showing itself: permissions (camera,
 * notifications, geolocation...), navigation elsewhere, new windows, webviews.
 */
export function lockDownWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
