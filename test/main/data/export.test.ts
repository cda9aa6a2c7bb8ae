import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { athleteLinkedTables, quoteIdentifier } from '../../../src/main/data/linked-tables'
import { csvDocument, csvField } from '../../../src/main/data/csv'
import type { Db } from '../../../src/main/db/connection'
import { startTestBackend, type TestBackend } from '../../support/backend'
import { dbFingerprint } from '../../support/db-fingerprint'
import { tempDir } from '../../support/temp'
import { phaseRecordFields } from '../../support/training-records'
import { readCsv } from './csv-reader'
import { addLaterTables, fillLaterTables, seedAthlete, type SeededAthlete } from './helpers'

let backend: TestBackend | undefined
afterEach(() => {
  backend?.close()
  backend = undefined
})

interface Pair {
  mine: SeededAthlete
  other: SeededAthlete
}

function twoAthletes(b: TestBackend): Pair {
  const { repos } = b.services.deps
  return {
    mine: seedAthlete(repos, 'Zoë Kowalczyk', 'CANARY-MINE-3f9a'),
    other: seedAthlete(repos, 'Ivan Petrov', 'CANARY-OTHER-77c1'),
  }
}

/** The athlete's rows per linked table, read independently of the exporter. */
function rowsOf(db: Db, athleteId: string): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {}
  for (const table of athleteLinkedTables(db)) {
    rows[table.name] = db
      .prepare(
        `SELECT * FROM ${quoteIdentifier(table.name)} WHERE ${table.condition} ORDER BY rowid`,
      )
      .all({ athleteId })
  }
  return rows
}

describe('export of one athlete (quality P2)', () => {
  it('writes every linked row as JSON, and nothing of anyone else', async () => {
    backend = startTestBackend()
    const { mine, other } = twoAthletes(backend)
    const expected = rowsOf(backend.services.db, mine.athleteId)
    const result = await backend.api.data.exportAthlete({
      athleteId: mine.athleteId,
      format: 'json',
    })
    expect(result).toMatchObject({ ok: true, data: { status: 'saved' } })
    const text = readFileSync(backend.saved[0]!, 'utf8')
    expect(text).toContain('CANARY-MINE-3f9a')
    expect(text).not.toContain('CANARY-OTHER-77c1')
    expect(text).not.toContain('Ivan Petrov')
    expect(text).not.toContain(other.athleteId)

    const file = JSON.parse(text)
    expect(file).toMatchObject({
      format: 'rts-bridge-export',
      scope: 'athlete',
      athleteId: mine.athleteId,
      context: { squads: [{ id: mine.squadId, name: 'First team' }] },
    })
    expect(file.tables).toEqual(expected)
    // Every table that names the athlete directly is there, with every one of their rows.
    for (const table of [
      'athletes',
      'athlete_profiles',
      'injuries',
      'audit_log',
      'audit_details',
    ]) {
      expect(file.tables[table].length, table).toBeGreaterThan(0)
    }
    const [exported] = backend.services.deps.repos.audit.list({ limit: 1 })
    expect(exported).toMatchObject({ action: 'athlete.export', athleteId: mine.athleteId })
  })

  it('finds tables added by later migrations, at any depth, without a list to update', async () => {
    backend = startTestBackend()
    const { mine, other } = twoAthletes(backend)
    const { db } = backend.services
    addLaterTables(db)
    fillLaterTables(db, mine.athleteId, 'CANARY-MINE-3f9a')
    fillLaterTables(db, other.athleteId, 'CANARY-OTHER-77c1')
    const names = athleteLinkedTables(db).map((table) => table.name)
    expect(names).toEqual(
      expect.arrayContaining(['rehab_notes', 'note_attachments', 'attachment_tags']),
    )
    expect(names).not.toContain('squads')
    expect(names).not.toContain('settings')

    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'json' })
    const file = JSON.parse(readFileSync(backend.saved[0]!, 'utf8'))
    expect(file.tables.attachment_tags).toEqual([
      { attachment_id: `att-${mine.athleteId}`, tag: 'CANARY-MINE-3f9a tag' },
    ])
    expect(JSON.stringify(file)).not.toContain('CANARY-OTHER')
  })

  it('writes one RFC 4180 CSV per table, UTF-8 with BOM, with formulas neutralised', async () => {
    const folder = tempDir()
    backend = startTestBackend({ folderPath: () => folder })
    const { repos } = backend.services.deps
    const hostile = '=HYPERLINK("http://evil.example","click"), then\r\n"quoted"'
    const seeded = seedAthlete(repos, '@SUM(A1)', hostile)
    seedAthlete(repos, 'Ivan Petrov', 'CANARY-OTHER-77c1')
    const result = await backend.api.data.exportAthlete({
      athleteId: seeded.athleteId,
      format: 'csv',
    })
    if (!result.ok || result.data.status !== 'saved') throw new Error('export failed')
    const exportDir = join(folder, result.data.fileName)
    const files = readdirSync(exportDir).sort()
    expect(files).toEqual(
      expect.arrayContaining(['athletes.csv', 'injuries.csv', 'audit_log.csv', 'squads.csv']),
    )
    for (const name of files) {
      const text = readFileSync(join(exportDir, name), 'utf8')
      expect(text.startsWith('\ufeff'), name).toBe(true)
      expect(text).not.toContain('CANARY-OTHER')
      readCsv(text.slice(1))
    }
    const athletes = readCsv(readFileSync(join(exportDir, 'athletes.csv'), 'utf8').slice(1))
    expect(athletes[0]).toContain('name')
    expect(athletes[1]![athletes[0]!.indexOf('name')]).toBe("'@SUM(A1)")
    const injuries = readCsv(readFileSync(join(exportDir, 'injuries.csv'), 'utf8').slice(1))
    expect(injuries[1]![injuries[0]!.indexOf('notes')]).toBe(`'${hostile}`)
    // Numbers stay numbers.
    expect(injuries[1]![injuries[0]!.indexOf('palpation_pain_length_cm')]).toBe('6')
  })

  it('asks again rather than overwrite an earlier CSV export folder', async () => {
    const folder = tempDir()
    backend = startTestBackend({ folderPath: () => folder })
    const { mine } = twoAthletes(backend)
    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'csv' })
    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'csv' })
    expect(readdirSync(folder).sort()).toEqual([
      expect.stringMatching(/export \d{4}-\d{2}-\d{2}$/),
      expect.stringMatching(/export \d{4}-\d{2}-\d{2} \(2\)$/),
    ])
  })

  it('re-imports an export into the same rows, once, after the athlete was erased', async () => {
    const outDir = tempDir()
    backend = startTestBackend({ savePath: (name) => join(outDir, name) })
    const { mine } = twoAthletes(backend)
    const { db } = backend.services
    const before = rowsOf(db, mine.athleteId)
    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'json' })
    const exportPath = backend.saved[0]!
    const erased = await backend.api.data.eraseAthlete({
      athleteId: mine.athleteId,
      confirmName: 'Zoë Kowalczyk',
      removeBackups: false,
    })
    expect(erased.ok).toBe(true)

    backend.close()
    backend = startTestBackend({ openPath: () => exportPath })
    // Into another installation: the squad is created from the export.
    const imported = await backend.api.data.importAthlete({})
    expect(imported).toMatchObject({
      ok: true,
      data: { status: 'imported', athleteId: mine.athleteId, squadName: 'First team' },
    })
    const after = rowsOf(backend.services.db, mine.athleteId)
    for (const table of Object.keys(before)) {
      if (table === 'audit_log' || table === 'audit_details') continue
      expect(after[table], table).toEqual(before[table])
    }
    const again = await backend.api.data.importAthlete({})
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuses an export carrying someone else’s rows, and writes nothing', async () => {
    backend = startTestBackend()
    const { mine, other } = twoAthletes(backend)
    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'json' })
    const file = JSON.parse(readFileSync(backend.saved[0]!, 'utf8'))
    const target = startTestBackend({ openPath: () => smuggled })
    const smuggled = join(target.dataDir, 'smuggled.json')
    try {
      const injury = file.tables.injuries[0]
      file.tables.injuries.push({
        ...injury,
        id: '99999999-9999-4999-8999-999999999999',
        athlete_id: other.athleteId,
      })
      writeFileSync(smuggled, JSON.stringify(file))
      const before = dbFingerprint(target.services.db)
      const result = await target.api.data.importAthlete({})
      expect(result.ok).toBe(false)
      expect(dbFingerprint(target.services.db)).toBe(before)

      writeFileSync(smuggled, '{"format":"something else"}')
      expect(await target.api.data.importAthlete({})).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      })
    } finally {
      target.close()
    }
  })
  it('refuses an export whose rows point at a record it leaves out, and writes nothing', async () => {
    backend = startTestBackend()
    const { mine } = twoAthletes(backend)
    backend.services.deps.repos.phaseRecords.create(
      mine.athleteId,
      phaseRecordFields(mine.injuryId),
    )
    await backend.api.data.exportAthlete({ athleteId: mine.athleteId, format: 'json' })
    const file = JSON.parse(readFileSync(backend.saved[0]!, 'utf8'))
    const target = startTestBackend({ openPath: () => cut })
    const cut = join(target.dataDir, 'cut.json')
    try {
      // The phase record is the athlete's own, but its injury is not in the file.
      expect(file.tables.phase_records).toHaveLength(1)
      file.tables.injuries = []
      writeFileSync(cut, JSON.stringify(file))
      const before = dbFingerprint(target.services.db)
      expect(await target.api.data.importAthlete({})).toMatchObject({
        ok: false,
        error: { code: 'validation', message: expect.stringMatching(/point at records/) },
      })
      expect(dbFingerprint(target.services.db)).toBe(before)
    } finally {
      target.close()
    }
  })
})

describe('export of everything', () => {
  it('writes every table in full to one JSON file, from a consistent snapshot', async () => {
    backend = startTestBackend()
    twoAthletes(backend)
    const { db } = backend.services
    const result = await backend.api.data.exportAll({ format: 'json' })
    expect(result).toMatchObject({ ok: true, data: { status: 'saved' } })
    const file = JSON.parse(readFileSync(backend.saved[0]!, 'utf8'))
    expect(file).toMatchObject({ format: 'rts-bridge-export', scope: 'everything' })
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[]
    expect(Object.keys(file.tables).sort()).toEqual(tables.sort())
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM ${quoteIdentifier(table)} ORDER BY rowid`).all()
      // The audit row of this export is written after the snapshot.
      if (table === 'audit_log' || table === 'audit_details') {
        expect(file.tables[table]).toEqual(rows.slice(0, file.tables[table].length))
      } else {
        expect(file.tables[table], table).toEqual(rows)
      }
    }
    expect(readdirSync(backend.dataDir).filter((name) => name.includes('.export-'))).toEqual([])
  })

  it('writes one CSV per table to a new folder', async () => {
    const folder = tempDir()
    backend = startTestBackend({ folderPath: () => folder })
    twoAthletes(backend)
    const result = await backend.api.data.exportAll({ format: 'csv' })
    if (!result.ok || result.data.status !== 'saved') throw new Error('export failed')
    const files = readdirSync(join(folder, result.data.fileName))
    expect(files).toEqual(expect.arrayContaining(['athletes.csv', 'squads.csv', 'settings.csv']))
    const athletes = readCsv(
      readFileSync(join(folder, result.data.fileName, 'athletes.csv'), 'utf8').slice(1),
    )
    expect(athletes).toHaveLength(3)
    expect(backend.services.deps.repos.audit.list({ limit: 1 })[0]?.action).toBe('data.exportAll')
  })
})

describe('CSV fields (quality B4)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('writes numbers as numbers, null as empty and BLOBs as their base64 form', () => {
    expect(csvField(-3)).toBe('-3')
    expect(csvField(9.4)).toBe('9.4')
    expect(csvField(null)).toBe('')
    expect(csvField({ $base64: 'AAE=' })).toBe('"{""$base64"":""AAE=""}"')
  })

  it('ends every record with CRLF and starts with a BOM', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('\ufeffa,b\r\n1,x\r\n')
  })
})
