// Electron 45 fetches its runtime on first use rather than at `npm install`, but electron-vite
// looks for it without fetching. Ask the electron package for its binary first, so `npm start`
// downloads it once (and explains what happened when it cannot).
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
try {
  const binary = require('electron')
  if (typeof binary !== 'string' || binary === '') throw new Error('no executable path')
} catch (error) {
  console.error(
    [
      'RTS Bridge could not get the Electron runtime it runs in.',
      "The first `npm start` downloads it once (about 100 MB) from Electron's release servers;",
      'check the internet connection (or proxy settings) and run `npm start` again.',
      `Details: ${error instanceof Error ? error.message : String(error)}`,
    ].join('\n'),
  )
  process.exit(1)
}
