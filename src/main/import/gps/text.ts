/**
 * Text folding shared by the GPS import: vendors and coaches write the same word with accents or
 * without, in any case, with double spaces. Folding makes "JOSÉ  Núñez" and "jose nunez" equal.
 */
export function foldText(text: string): string {
  const known = folded.get(text)
  if (known !== undefined) return known
  const result = foldUncached(text)
  // Names, sessions and drills repeat on thousands of rows: fold each spelling once.
  if (folded.size > 50_000) folded.clear()
  folded.set(text, result)
  return result
}

const folded = new Map<string, string>()

function foldUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Inner whitespace collapsed, ends trimmed: how a name is shown back to the coach. */
export function tidyLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Cells that mean "no value" in exports: blank, NA, N/A, a dash… (never the same as zero). */
const MISSING = new Set([
  '',
  'na',
  'n/a',
  'n.a.',
  'n.a',
  'nan',
  'null',
  'none',
  'nil',
  '-',
  '--',
  '---',
  '—',
  '–',
  '#n/a',
  '#na',
  '#value!',
  '#div/0!',
  'nd',
  'n.d.',
  'no data',
  's/d',
  'k.a.',
  'x',
])

export function isMissing(raw: string | undefined): boolean {
  if (raw === undefined) return true
  // Most cells of an export are numbers: answer those without trimming or folding.
  const first = raw.charCodeAt(0)
  if (first >= 48 && first <= 57) return false
  const value = raw.trim()
  return value === '' || MISSING.has(value.toLowerCase())
}

/** A short version of a long value for messages. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
