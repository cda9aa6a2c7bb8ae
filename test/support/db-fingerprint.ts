import { createHash } from 'node:crypto'
import type { Db } from '../../src/main/db/connection'

/** A hash of every row of every table: equal before and after means nothing was written. */
export function dbFingerprint(db: Db): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .pluck()
    .all() as string[]
  for (const table of tables) {
    hash.update(table)
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('hex') : value,
        ),
      )
    }
  }
  hash.update(String(db.pragma('user_version', { simple: true })))
  return hash.digest('hex')
}
