import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The text of a PDF as poppler's pdftotext reads it (layout kept, UTF-8). */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: bytes,
    encoding: 'utf8',
  })
}

/** Number of pages, from pdfinfo. */
export function pdfPageCount(bytes: Uint8Array): number {
  const info = execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' })
  const match = /^Pages:\s+(\d+)/m.exec(info)
  if (!match) throw new Error('pdfinfo gave no page count')
  return Number(match[1])
}

/** Runs `qpdf --check`; throws with qpdf's output when the file has structural problems. */
export function qpdfCheck(bytes: Uint8Array): void {
  const dir = mkdtempSync(join(tmpdir(), 'rts-qpdf-'))
  const file = join(dir, 'check.pdf')
  writeFileSync(file, bytes)
  execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })
}

/** Renders each page to PNG at `dpi` into `outDir`; returns the file paths, in page order. */
export function renderPages(bytes: Uint8Array, outDir: string, prefix: string, dpi = 80): string[] {
  const isPage = (name: string) => name.startsWith(`${prefix}-`) && name.endsWith('.png')
  for (const old of readdirSync(outDir).filter(isPage)) rmSync(join(outDir, old))
  const input = join(outDir, `${prefix}.pdf`)
  writeFileSync(input, bytes)
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), input, join(outDir, prefix)])
  return readdirSync(outDir)
    .filter(isPage)
    .sort()
    .map((name) => join(outDir, name))
}
