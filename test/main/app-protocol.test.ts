import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf, resolveAppAsset } from '../../src/main/app-protocol'

const root = resolve('/opt/rts/out/renderer')

describe('app:// resolver (quality S9)', () => {
  it.each([
    ['app://rts/', `${root}/index.html`],
    ['app://rts/index.html', `${root}/index.html`],
    ['app://rts/assets/index-abc.js', `${root}/assets/index-abc.js`],
    ['app://rts/assets/index-abc.css?v=1#x', `${root}/assets/index-abc.css`],
    ['app://rts/favicon.svg', `${root}/favicon.svg`],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppAsset(root, url)).toBe(file)
  })

  it.each(['app://rts/../../main/index.js', 'app://rts/%2e%2e/%2e%2e/main/index.js'])(
    'keeps %s inside the renderer folder (dot segments are resolved by the URL parser)',
    (url) => {
      expect(resolveAppAsset(root, url)).toBe(`${root}/main/index.js`)
    },
  )

  it.each([
    'app://rts/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
    'app://rts/..%5c..%5cmain%5cindex.js',
    'app://rts/assets\\..\\..\\secret.js',
    'app://rts/%00index.html',
    'app://rts/%E0%A4%A',
    'app://other/index.html',
    'https://rts/index.html',
    'file:///etc/passwd',
    'app://rts/database.sqlite',
    'app://rts/assets/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull()
  })

  it('sends JavaScript as JavaScript so the module loader accepts it', () => {
    expect(contentTypeOf('/x/a.js')).toMatch(/^text\/javascript/)
    expect(contentTypeOf('/x/a.unknown')).toBe('application/octet-stream')
  })
})
