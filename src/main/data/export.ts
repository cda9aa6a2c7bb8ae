import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { ExportFormat } from '@shared/schemas/data-safety'
import type { Db } from '../db/connection'
import { fsyncDir, fsyncFile, removeSidecars, renameDurably } from '../data-safety/files'
import { snapshotDatabase } from '../data-safety/worker-tasks'
import { encodeRow, type AthleteData, type ExportValue } from './athlete-data'
import { csvDocument } from './csv'
import { quoteIdentifier, readTableShapes } from './linked-tables'

/** Marks a JSON file as an RTS Bridge export; `formatVersion` changes if the envelope does. */
export const EXPORT_FORMAT = 'rts-bridge-export'
export const EXPORT_FORMAT_VERSION = 1

export interface ExportHeader {
  format: typeof EXPORT_FORMAT
  formatVersion: typeof EXPORT_FORMAT_VERSION
  scope: 'athlete' | 'everything'
  exportedAt: string
  appVersion: string
  schemaVersion: number
  athleteId?: string
}

export interface ExportFile {
  name: string
  content: string
}

/** One athlete as a JSON document: the envelope, every linked table, and their squad. */
export function athleteJson(header: ExportHeader, data: AthleteData): string {
  return `${JSON.stringify({ ...header, tables: data.tables, context: data.context }, null, 2)}\n`
}

/** One athlete as CSV files, one per table (empty tables keep their header row). */
export function athleteCsvFiles(data: AthleteData): ExportFile[] {
  const files: ExportFile[] = []
  const add = (name: string, rows: AthleteData['tables'][string]) => {
    const columns = data.columns[name] ?? Object.keys(rows[0] ?? {})
    const values = rows.map((row) => columns.map((column) => row[column] ?? null))
    files.push({ name, content: csvDocument(columns, values) })
  }
  for (const [name, rows] of Object.entries(data.tables)) add(name, rows)
  for (const [name, rows] of Object.entries(data.context)) {
    if (!(name in data.tables)) add(name, rows)
  }
  return files.map((file) => ({ ...file, name: `${file.name}.csv` }))
}

/** A folder name next to `parent` that is not taken: `name`, `name (2)`, … */
function freeFolderPath(parent: string, name: string): string {
  for (let n = 1; ; n += 1) {
    const path = join(parent, n === 1 ? name : `${name} (${n})`)
    if (!existsSync(path)) return path
  }
}

/**
 * Writes a folder of files all or nothing: into a hidden temporary folder first, each file
 * flushed, then renamed into place. Returns the folder's final path.
 */
export function writeFolderAtomic(parent: string, name: string, files: ExportFile[]): string {
  const temporary = join(parent, `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  mkdirSync(temporary)
  try {
    for (const file of files) {
      const path = join(temporary, file.name)
      writeFileSync(path, file.content, { encoding: 'utf8', mode: 0o600 })
      fsyncFile(path)
    }
    fsyncDir(temporary)
    const target = freeFolderPath(parent, name)
    renameDurably(temporary, target)
    return target
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true })
    throw error
  }
}

// Rows per page of a long export: 500 session rows stalled the main thread 117 ms on a 105 MB
// file; 200 keep each page well under the ~100 ms budget.
const PAGE_ROWS = 200

/** Lets pending IPC and timers run between pages of a long export. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

export interface EverythingTarget {
  format: ExportFormat
  /** The JSON file to write, or the folder to create the CSV folder in. */
  path: string
  /** The CSV folder's name (CSV only). */
  folderName: string
  /** Where the consistent snapshot is taken: beside the data file, never in a shared folder. */
  workDir: string
}

/**
 * Exports every table. The rows are read from a snapshot taken in a worker thread, a page at a
 * time with the event loop free in between, so a
 * large database neither freezes the app nor mixes rows from before and after a change.
 * Returns the path written and the number of rows.
 */
export async function exportEverything(
  db: Db,
  header: ExportHeader,
  target: EverythingTarget,
): Promise<{ path: string; rows: number }> {
  const snapshotPath = join(target.workDir, `.export-${randomBytes(6).toString('hex')}.sqlite.tmp`)
  try {
    await snapshotDatabase(db.name, snapshotPath)
    const snapshot = new Database(snapshotPath, { readonly: true })
    try {
      return target.format === 'json'
        ? await everythingJson(snapshot, header, target.path)
        : await everythingCsv(snapshot, target.path, target.folderName)
    } finally {
      snapshot.close()
    }
  } finally {
    rmSync(snapshotPath, { force: true })
    removeSidecars(snapshotPath)
  }
}

async function* pages(snapshot: Db, table: string): AsyncGenerator<Record<string, ExportValue>[]> {
  const statement = snapshot.prepare(
    `SELECT rowid AS __rowid, * FROM ${quoteIdentifier(table)} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE_ROWS}`,
  )
  let after = Number.MIN_SAFE_INTEGER
  for (;;) {
    const rows = statement.all(after) as (Record<string, unknown> & { __rowid: number })[]
    if (rows.length === 0) return
    after = rows[rows.length - 1]!.__rowid
    yield rows.map(({ __rowid: _rowid, ...row }) => encodeRow(row))
    await yieldToEventLoop()
  }
}

async function everythingJson(snapshot: Db, header: ExportHeader, path: string) {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporary, 'wx', 0o600)
  let rows = 0
  try {
    const opening = JSON.stringify(header, null, 2)
    await handle.write(`${opening.slice(0, -2)},\n  "tables": {`)
    let firstTable = true
    for (const name of readTableShapes(snapshot).keys()) {
      await handle.write(`${firstTable ? '' : ','}\n    ${JSON.stringify(name)}: [`)
      firstTable = false
      let firstRow = true
      for await (const page of pages(snapshot, name)) {
        const text = page.map((row) => `\n      ${JSON.stringify(row)}`).join(',')
        await handle.write(`${firstRow ? '' : ','}${text}`)
        firstRow = false
        rows += page.length
      }
      await handle.write(firstRow ? ']' : '\n    ]')
    }
    await handle.write('\n  }\n}\n')
    await handle.sync()
    await handle.close()
    renameDurably(temporary, path)
    return { path, rows }
  } catch (error) {
    await handle.close().catch(() => undefined)
    rmSync(temporary, { force: true })
    throw error
  }
}

async function everythingCsv(snapshot: Db, parent: string, folderName: string) {
  const files: ExportFile[] = []
  let rows = 0
  for (const shape of readTableShapes(snapshot).values()) {
    const values: ExportValue[][] = []
    for await (const page of pages(snapshot, shape.name)) {
      for (const row of page) values.push(shape.columns.map((column) => row[column] ?? null))
      rows += page.length
    }
    files.push({ name: `${shape.name}.csv`, content: csvDocument(shape.columns, values) })
  }
  return { path: writeFolderAtomic(parent, folderName, files), rows }
}
