import { describe, expect, it } from 'vitest'
import { CsvFileError, readCsv, type CsvLimits } from '../../../src/main/import/csv'

const limits: CsvLimits = { maxBytes: 10_000, maxRecords: 50, maxColumns: 5, maxFieldLength: 40 }
const read = (text: string | Uint8Array, l = limits) =>
  readCsv(typeof text === 'string' ? Buffer.from(text) : text, l)

function fileError(text: string | Uint8Array, l = limits): string {
  try {
    read(text, l)
  } catch (error) {
    if (error instanceof CsvFileError) return error.message
    throw error
  }
  throw new Error('expected a file error')
}

describe('reading CSV files (quality B3)', () => {
  it('reads comma, semicolon and tab files alike', () => {
    for (const d of [',', ';', '\t']) {
      const file = read(`Name${d}Foot\nSam${d}left\n`)
      expect(file.delimiter).toBe(d)
      expect(file.records.map((r) => r.cells)).toEqual([
        ['Name', 'Foot'],
        ['Sam', 'left'],
      ])
    }
  })

  it('drops a byte-order mark and copes with CRLF, LF and CR in one file', () => {
    const file = read('\uFEFFName,Foot\r\nA,left\nB,right\rC,both\r\n')
    expect(file.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'Name'],
      [2, 'A'],
      [3, 'B'],
      [4, 'C'],
    ])
  })

  it('keeps commas and line breaks inside quoted values and numbers rows by their first line', () => {
    const file = read('Name,Note\n"Reid, Sam","two\nlines"\nNext,x\n')
    expect(file.records[1]).toEqual({ line: 2, cells: ['Reid, Sam', 'two\nlines'] })
    expect(file.records[2]?.line).toBe(4)
  })

  it('skips blank lines without renumbering the others', () => {
    expect(read('Name\n\n,\nSam\n').records.map((r) => r.line)).toEqual([1, 4])
  })

  it.each([
    ['a file over the size limit', 'x'.repeat(10_001), /larger than/],
    ['an empty file', '', /empty/],
    ['too many rows', 'a\n'.repeat(200), /more than 50 rows/],
    ['too many columns', 'a,b,c,d,e,f\n', /Line 1 has more than 5 columns/],
    [
      'an over-long value',
      `Name\n${'y'.repeat(41)}\n`,
      /Line 2, column 1: a value is longer than 40/,
    ],
    [
      'a quote that is never closed',
      'Name,Foot\n"Sam,left\nLee,right\n',
      /quoted value is never closed/,
    ],
    [
      'a quote in the middle of a value',
      'Name,Foot\nSa"m"x,left\n',
      /Line 2: a " character is in the wrong place/,
    ],
  ])('refuses %s with a clear message', (_label, text, message) => {
    expect(fileError(text)).toMatch(message)
  })

  it('refuses text that is not UTF-8 rather than garbling names', () => {
    const latin1 = Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a]) // "Name\nZoë" in Latin-1
    expect(fileError(latin1)).toMatch(/not saved as UTF-8/)
  })
})
