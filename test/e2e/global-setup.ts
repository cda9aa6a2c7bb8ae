import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The e2e suite drives the built renderer: stop early, clearly, when there is none. */
export default function requireBuiltRenderer(): void {
  const entry = resolve(__dirname, '../../out/renderer/index.html')
  if (!existsSync(entry)) {
    throw new Error(
      'No built renderer in out/renderer. Run `npm run build` (npm test does it for you).',
    )
  }
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error(
      'Debian Chromium is missing: install it with `apt-get install chromium` (.ci/run does).',
    )
  }
}
