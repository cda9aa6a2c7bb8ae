import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp'
import { secureWindowOptions } from '../../src/main/window-options'

describe('window factory (quality S1)', () => {
  const prefs = secureWindowOptions('/app/out/preload/index.cjs').webPreferences ?? {}

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value)
  })

  it('enables no Blink features and loads only the given preload', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined()
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('opens hidden and shows the window only when the page is ready (no white flash)', () => {
    expect(secureWindowOptions('x').show).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only our own scripts: no inline script, no eval, nothing from the network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
  })

  it('is the same policy in index.html as in the protocol header', () => {
    const html = readFileSync(resolve(__dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })
})
