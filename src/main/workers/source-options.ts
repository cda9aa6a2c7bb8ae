import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Worker options for a worker module at `workerPath`. Run from the TypeScript source (tests, the
 * bench), a worker needs the same type stripping and `@shared` resolution as its parent; the
 * built app's workers are plain JavaScript and need nothing.
 */
export function sourceWorkerOptions(workerPath: string): { execArgv?: string[] } {
  if (!workerPath.endsWith('.ts')) return {}
  const loader = resolve(dirname(workerPath), '../../../scripts/register-ts.mjs')
  return {
    execArgv: [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      pathToFileURL(loader).href,
    ],
  }
}
