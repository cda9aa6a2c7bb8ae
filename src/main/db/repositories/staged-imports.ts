import { instant, type Clock } from '../../clock'
import type { Db } from '../connection'
import { newRowId } from '../ids'

/**
 * Imports being written in slices (see migration 005): a row here while its sessions are staged
 * hidden, deleted in the transaction that shows them or drops them. A row left behind belongs
 * to an import that never finished.
 */
export function createStagedImportRepository(db: Db, clock: Clock) {
  const insert = db.prepare(`INSERT INTO staged_imports (id, kind, started_at) VALUES (?, ?, ?)`)
  const remove = db.prepare(`DELETE FROM staged_imports WHERE id = ?`)
  const all = db.prepare<[], string>(`SELECT id FROM staged_imports ORDER BY started_at`).pluck()

  return {
    /** Starts an import and returns its id, the `import_id` of its staged rows. */
    begin: db.transaction((kind: 'gps'): string => {
      const id = newRowId()
      insert.run(id, kind, instant(clock))
      return id
    }),
    /** Ends an import (shown or dropped), inside the caller's transaction. */
    end(id: string): void {
      if (!db.inTransaction) throw new Error('An import ends inside a transaction')
      remove.run(id)
    },
    /** Every import not yet ended, oldest first. */
    list(): string[] {
      return all.all()
    },
  }
}
