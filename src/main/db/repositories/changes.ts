/** The fields that differ between two versions of a record, as `{ field: [before, after] }`. */
export function changedFields<T extends object, K extends keyof T>(
  before: T,
  after: T,
  fields: readonly K[],
): Partial<Record<K, [T[K], T[K]]>> {
  const changes: Partial<Record<K, [T[K], T[K]]>> = {}
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[field] = [before[field], after[field]]
    }
  }
  return changes
}
