import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/main/files/atomic-write'
import { safeFileName, safeFileStem } from '../../../src/main/files/safe-file-name'
import { tempDir } from '../../support/temp'

describe('file names from athlete names (quality B7)', () => {
  it.each([
    ['Zoë Kowalczyk', 'Zoë Kowalczyk'],
    ['Дмитрий Шостакович', 'Дмитрий Шостакович'],
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\Windows\\System32', 'Windows System32'],
    ['CON', 'handover'],
    ['nul.txt', 'handover'],
    ['LPT1', 'handover'],
    ['a:b*c?d"e<f>g|h', 'a b c d e f g h'],
    ['evil\u202Efdp.exe', 'evil fdp.exe'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['   ', 'handover'],
    ['...', 'handover'],
    ['trailing dots...', 'trailing dots'],
    ['zero\u200Bwidth', 'zero width'],
  ])('turns %j into %j', (input, expected) => {
    expect(safeFileStem(input, 'handover')).toBe(expected)
  })

  it('keeps names to a sensible length', () => {
    expect(safeFileStem('x'.repeat(500)).length).toBeLessThanOrEqual(80)
  })

  it('adds our own extension, never one from the text', () => {
    expect(safeFileName('Sam.exe', 'pdf')).toBe('Sam.exe.pdf')
  })
})

describe('atomic file write', () => {
  it('replaces the whole file and leaves no temporary file behind', () => {
    const dir = tempDir()
    const path = join(dir, 'report.pdf')
    writeFileAtomic(path, Buffer.from('first version'))
    writeFileAtomic(path, Buffer.from('second'))
    expect(readFileSync(path, 'utf8')).toBe('second')
    expect(readdirSync(dir)).toEqual(['report.pdf'])
  })

  it('fails without creating the file when the folder does not exist', () => {
    const dir = tempDir()
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.pdf'), Buffer.from('x'))).toThrow()
    expect(readdirSync(dir)).toEqual([])
  })
})
