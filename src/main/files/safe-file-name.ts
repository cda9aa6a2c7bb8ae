import { replaceControlCharacters } from '@shared/text'

/**
 * Makes a file name from text a person typed (an athlete's or squad's name) that is safe on
 * Windows, macOS and Linux: no path separators or `..`, no control or bidirectional-override
 * characters, no reserved Windows device names, bounded length. Letters of any script stay.
 */
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
// Path and shell-special characters, and invisible or bidirectional-override marks.
const UNSAFE = /[<>:"/\\|?*\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const MAX_STEM_LENGTH = 80

export function safeFileStem(text: string, fallback = 'document'): string {
  let stem = replaceControlCharacters(text.normalize('NFC'), ' ')
    .replace(UNSAFE, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
  if (stem.length > MAX_STEM_LENGTH) stem = stem.slice(0, MAX_STEM_LENGTH).trim()
  if (stem === '' || RESERVED_WINDOWS.test(stem.split('.')[0] ?? '')) return fallback
  return stem
}

/** `stem.ext` with a safe stem; `extension` is ours (e.g. 'pdf'), never user text. */
export function safeFileName(text: string, extension: string, fallback?: string): string {
  return `${safeFileStem(text, fallback)}.${extension}`
}
