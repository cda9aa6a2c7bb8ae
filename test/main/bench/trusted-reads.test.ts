import { afterEach, describe, expect, it } from 'vitest'
import { localDay } from '@shared/dates'
import { loadDemoSquad } from '../../../src/main/demo'
import { startTestBackend, type TestBackend } from '../../support/backend'

/**
 * Lists of dated records skip the second zod parse on the way out of the database (the hot path
 * of the board and the engine). This holds them to giving exactly what a parse gives: the same
 * keys, in the same order, with the same values, for every kind of record the demo squad has.
 */
describe('records read for a list', () => {
  let backend: TestBackend
  afterEach(() => backend?.close())

  it('are, key for key, the rows a schema parse gives', () => {
    backend = startTestBackend()
    const { repos, db } = backend.services.deps
    const today = localDay(new Date())
    loadDemoSquad(repos, db, today)
    const tables = [
      repos.sessions,
      repos.responseChecks,
      repos.assessments,
      repos.phaseRecords,
      repos.overrides,
      repos.observations,
      repos.checkIns,
    ] as const
    const athletes = db.prepare('SELECT id FROM athletes').all() as { id: string }[]
    const injuries = db.prepare('SELECT id FROM injuries').all() as { id: string }[]
    let compared = 0
    for (const table of tables) {
      let rowsOfTable = 0
      for (const { id } of athletes) {
        for (const row of table.listByAthlete(id)) {
          // `get` parses the row with the stored schema.
          expect(JSON.stringify(row)).toBe(JSON.stringify(table.get(row.id)))
          rowsOfTable += 1
        }
      }
      expect(rowsOfTable).toBeGreaterThan(0)
      compared += rowsOfTable
    }
    for (const table of [repos.phaseRecords, repos.overrides, repos.observations]) {
      for (const { id } of injuries) {
        for (const row of table.listByInjury(id)) {
          expect(JSON.stringify(row)).toBe(JSON.stringify(table.get(row.id)))
        }
      }
    }
    expect(compared).toBeGreaterThan(500)
  })
})
