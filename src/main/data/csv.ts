import type { ExportValue } from './athlete-data'

/** A byte-order mark, so Excel reads the file as UTF-8 (names with å, ł, ş, ё…). */
export const UTF8_BOM = '\ufeff'

// Text a spreadsheet would run as a formula (quality B4): = + - @ and a leading TAB or CR.
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field (RFC 4180): text that starts like a formula is prefixed with an apostrophe so a
 * spreadsheet shows it as text; fields with a comma, quote, CR or LF are quoted, quotes doubled.
 * Numbers are written as numbers: -3 is a value, not a formula.
 */
export function csvField(value: ExportValue): string {
  if (value === null) return ''
  let text: string
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value) : ''
  } else {
    text = typeof value === 'string' ? value : JSON.stringify(value)
    if (FORMULA_START.test(text)) text = `'${text}`
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole CSV document: BOM, header, one CRLF-terminated line per row. */
export function csvDocument(columns: readonly string[], rows: readonly ExportValue[][]): string {
  const lines = [columns.map(csvField), ...rows.map((row) => row.map(csvField))]
  return UTF8_BOM + lines.map((line) => `${line.join(',')}\r\n`).join('')
}
