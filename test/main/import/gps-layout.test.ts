import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../../src/main/import/csv'
import { GPS_CSV_LIMITS, GpsFileRefusal, layoutGpsFile } from '../../../src/main/import/gps/layout'

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures/gps', name))
const layout = (bytes: Uint8Array | string) =>
  layoutGpsFile(readCsv(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, GPS_CSV_LIMITS))

describe('laying out a GPS export', () => {
  it('finds the header row below a key/value preamble, with a byte-order mark and CRLF', () => {
    const bytes = fixture('catapult-session-export.csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('\r\n')
    const file = layout(bytes)
    expect(file.headerLine).toBe(7)
    expect(file.headers[0]).toBe('Player Name')
    expect(file.preamble).toEqual([
      { key: 'Catapult OpenField export', value: '' },
      { key: 'Team', value: 'Riverside FC' },
      { key: 'Device', value: 'Catapult Vector S7' },
      { key: 'Date Range', value: '09/03/2026 - 13/03/2026' },
      { key: 'Exported', value: '14/03/2026 08:12' },
    ])
    expect(file.rows[0]!.line).toBe(8)
  })

  it('reads the same rows from LF and CRLF files', () => {
    const text = 'Player,Date,Duration,Total Distance\nSam Reid,2026-03-09,75,6100\n'
    const lf = layout(text)
    const crlf = layout(text.replace(/\n/g, '\r\n'))
    expect(crlf.rows.map((r) => r.cells)).toEqual(lf.rows.map((r) => r.cells))
  })

  it('reads a 1,200-column header with near-duplicates and rows padded with NA and blanks', () => {
    const file = layout(fixture('statsports-wide-export.csv'))
    expect(file.headers).toHaveLength(1_200)
    expect(file.headers).toContain("Player's Dynamic Stress Load")
    expect(file.headers).toContain('Impacts | Zone 4')
    expect(file.headers).toContain('Dist / Min')
    // Padding beyond the header and the all-blank last line are not rows.
    expect(file.rows.length).toBe(55)
    expect(file.rows[0]!.cells.length).toBeGreaterThan(1_400)
  })

  it('reads a semicolon file with decimal commas', () => {
    const file = layout(fixture('kinexon-lps-export.csv'))
    expect(file.delimiter).toBe(';')
    expect(file.decimalComma).toBe(true)
  })

  it('refuses a raw 10 Hz sample file with a message that says what to export instead', () => {
    expect(() => layout(fixture('raw-10hz-samples.csv'))).toThrow(GpsFileRefusal)
    expect(() => layout(fixture('raw-10hz-samples.csv'))).toThrow(
      /raw sample file \(about 10 rows per second\), not a session summary.*Export the session or drill report/,
    )
  })

  it('refuses a per-second trace even when its columns look like a summary', () => {
    const lines = ['Player,Time,Distance,Speed']
    for (let s = 0; s < 120; s += 1) {
      const clock = `10:0${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
      lines.push(`Sam Reid,${clock},${s * 4},4.1`)
    }
    expect(() => layout(lines.join('\n'))).toThrow(/one row per second/)
  })

  it('says so when no line of the file names known columns', () => {
    expect(() => layout('a,b,c\n1,2,3\n')).toThrow(/No header row was found/)
  })

  it('says so when the header has no data rows under it', () => {
    expect(() => layout('Player,Date,Total Distance\n')).toThrow(/no data rows/)
  })
})
