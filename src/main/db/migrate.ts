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
 * Brings the database to the latest schema, one transaction per migration: a failure leaves
 * the data and `user_version` exactly as the last successful step left them. A database written
 * by a newer app is refused rather than touched.
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
  if (pending.length > 0) beforeFirstChange?.(from)
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql)
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) {
        throw new Error(`Migration ${migration.version} would leave rows with broken references`)
      }
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
  return { from, to: schemaVersion(db) }
}
