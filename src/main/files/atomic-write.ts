import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'

/**
 * Writes `data` so that `path` holds either the old content or the whole new content, never a
 * partial file: write to a temporary name in the same folder, flush to disk, then rename.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temporary, 'wx', 0o600)
  try {
    let written = 0
    while (written < data.byteLength) {
      written += writeSync(fd, data, written, data.byteLength - written)
    }
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
  closeSync(fd)
  try {
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
}
