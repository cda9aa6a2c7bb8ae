/**
 * One schema step. Migrations are append-only: a released migration is never edited, a change
 * is a new file with the next version. `sql` runs inside the runner's transaction.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}
