/**
 * Form fields hold '' when empty (Mantine inputs are controlled strings); the shared schemas
 * mean "not entered" by null. Converted once, deeply, before validation and before sending.
 */
export function emptyToNull<T>(value: T): T {
  if (value === '') return null as T
  if (Array.isArray(value)) return value.map(emptyToNull) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) out[key] = emptyToNull(inner)
    return out as T
  }
  return value
}

/** The reverse for initial values: null becomes '' so inputs stay controlled. */
export function nullToEmpty<T>(value: T): T {
  if (value === null) return '' as T
  if (Array.isArray(value)) return value.map(nullToEmpty) as T
  if (typeof value === 'object' && value !== undefined) {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value as object)) out[key] = nullToEmpty(inner)
    return out as T
  }
  return value
}
