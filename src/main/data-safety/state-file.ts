import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../files/atomic-write'

/**
 * A small JSON file beside the database that says "a data file was created here". Without it a
 * missing database looks exactly like a first start, and the app would silently begin with an
 * empty one. It also remembers the extra backup folder, which recovery needs when the database
 * (where the setting lives) cannot be read.
 */
const stateSchema = z.object({
  format: z.literal(1),
  databaseCreatedAt: z.string().max(64),
  extraBackupFolder: z.string().max(4096).nullable().default(null),
})
export type DataFolderState = z.infer<typeof stateSchema>

export function statePathFor(databasePath: string): string {
  const stem = basename(databasePath, extname(databasePath))
  return join(dirname(databasePath), `${stem}.state.json`)
}

/**
 * The state, or null when there is no state file. A state file that exists but cannot be read
 * still proves a database was created: it yields a state with an unknown creation time.
 */
export function readDataFolderState(path: string): DataFolderState | null {
  if (!existsSync(path)) return null
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    if (parsed.success) return parsed.data
  } catch {
    // Fall through: damaged, but present.
  }
  return { format: 1, databaseCreatedAt: 'unknown', extraBackupFolder: null }
}

export function writeDataFolderState(path: string, state: DataFolderState): void {
  writeFileAtomic(path, new TextEncoder().encode(`${JSON.stringify(state, null, 2)}\n`))
}
