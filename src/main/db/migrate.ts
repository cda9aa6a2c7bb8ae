import { DatabaseOpenError, type Db } from './connection'
import { migrations as allMigrations } from './migrations'
import type { Migration } from './migrations/types'

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

export interface MigrationOutcome {
  from: number
  to: number
}

/**
 * Brings the database to the latest schema in one transaction for the whole run: a failure at
 * any step leaves the data and `user_version` exactly as they were before the run, so the file
 * still opens in the app version that wrote it (a half-migrated file would be "too new" for it
 * and "too old" for this one). A database written by a newer app is refused rather than touched.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[] = allMigrations,
  beforeFirstChange?: (from: number) => void,
): MigrationOutcome {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
      )
    }
  })
  const from = schemaVersion(db)
  const latest = migrations.length
  if (from > latest) {
    throw new DatabaseOpenError(
      'too_new',
      `This data file was written by a newer version of RTS Bridge (schema ${from}; this version reads up to ${latest}). Update the app to open it.`,
    )
  }
  const pending = migrations.slice(from)
  if (pending.length === 0) return { from, to: from }
  beforeFirstChange?.(from)
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql)
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) {
        throw new Error(`Migration ${migration.version} would leave rows with broken references`)
      }
      db.pragma(`user_version = ${migration.version}`)
    }
  }).immediate()
  return { from, to: schemaVersion(db) }
}
