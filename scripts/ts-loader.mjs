// Module resolution for running the app's TypeScript directly with Node's built-in type
// transform (`--experimental-transform-types`), without a bundler: the `@shared/*` alias and
// extensionless relative imports, as Vite resolves them. Used by the schema-fixture script and
// the crash-test child process, which must run the real repositories outside vitest.
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve as resolvePath } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolvePath(dirname(fileURLToPath(import.meta.url)), '..')

function existingFile(path) {
  for (const candidate of [path, `${path}.ts`, `${path}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@shared/')) {
    const file = existingFile(resolvePath(root, 'src/shared', specifier.slice('@shared/'.length)))
    if (file) return nextResolve(pathToFileURL(file).href, context)
  }
  const parent = context.parentURL
  if (parent?.startsWith('file:') && (specifier.startsWith('./') || specifier.startsWith('../'))) {
    const file = existingFile(resolvePath(dirname(fileURLToPath(parent)), specifier))
    if (file) return nextResolve(pathToFileURL(file).href, context)
  }
  return nextResolve(specifier, context)
}
