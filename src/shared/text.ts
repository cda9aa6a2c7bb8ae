/** C0 and C1 control characters (tab, newline, NUL, escape, …): never part of a name or label. */
export function isControlCharacter(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f)
}

export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    if (isControlCharacter(text.charCodeAt(i))) return true
  }
  return false
}

/** `text` with every control character replaced by `replacement`. */
export function replaceControlCharacters(text: string, replacement: string): string {
  let out = ''
  for (const char of text) out += isControlCharacter(char.charCodeAt(0)) ? replacement : char
  return out
}
