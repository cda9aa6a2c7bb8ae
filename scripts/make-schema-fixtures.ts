/**
 * Builds a fixture database for every schema version that has none yet, under
 * test/fixtures/schemas/schema-v<N>.sqlite: migrations 1..N, each followed by its seed, so the
 * rows of old versions travel through every later migration as they would on a coach's laptop.
 * Committed fixtures are frozen like migrations: run `npm run fixtures:schemas` after adding a
 * migration (and its seed in scripts/schema-fixtures/seeds.ts), and commit the new file.
 * `-- --replace N` rebuilds version N (only for a migration that was never released).
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { closeDatabase, openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { migrations } from '../src/main/db/migrations'
import { seeds } from './schema-fixtures/seeds'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURE_DIR = join(root, 'test/fixtures/schemas')

function build(version: number, target: string): void {
  const work = mkdtempSync(join(tmpdir(), 'rts-fixture-'))
  const path = join(work, 'fixture.sqlite')
  try {
    const db = openDatabase(path, { create: true })
    for (let step = 1; step <= version; step += 1) {
      migrate(db, migrations.slice(0, step))
      const seed = seeds[step]
      if (!seed) {
        throw new Error(
          `No seed for schema ${step}: add one to scripts/schema-fixtures/seeds.ts that fills the tables migration ${step} adds.`,
        )
      }
      seed(db)
    }
    // One self-contained file: no WAL beside it, no free pages.
    db.pragma('journal_mode = DELETE')
    db.exec('VACUUM')
    closeDatabase(db)
    mkdirSync(dirname(target), { recursive: true })
    renameSync(path, target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

const replaceIndex = process.argv.indexOf('--replace')
const replace = replaceIndex >= 0 ? Number(process.argv[replaceIndex + 1]) : null

for (let version = 1; version <= migrations.length; version += 1) {
  const target = join(FIXTURE_DIR, `schema-v${version}.sqlite`)
  if (existsSync(target) && version !== replace) {
    console.log(`schema-v${version}.sqlite exists (frozen)`)
    continue
  }
  build(version, target)
  console.log(`schema-v${version}.sqlite written`)
}
