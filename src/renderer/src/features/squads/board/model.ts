import { compareNames } from '@shared/collation'
import { availabilities, type Availability } from '@shared/schemas/athlete'
import type { BoardRow } from '@shared/schemas/board'
import { phaseIds, type PhaseId } from '@shared/schemas/scales'

export type SortKey = 'name' | 'availability' | 'phase' | 'sinceInjury' | 'response'
export interface BoardFilter {
  search: string
  availability: Availability[]
  /** Phase ids, or 'none' for athletes without an open injury. */
  phases: (PhaseId | 'none')[]
  position: string | null
}

export const emptyFilter: BoardFilter = { search: '', availability: [], phases: [], position: null }

const lightRank = { red: 0, amber: 1, green: 2 } as const

/** Lower sorts first; athletes without the value go last whatever the direction. */
function sortValue(row: BoardRow, key: SortKey): number | null {
  switch (key) {
    case 'availability':
      return availabilities.indexOf(row.availability)
    case 'phase':
      return row.phase ? phaseIds.indexOf(row.phase.id) : null
    case 'sinceInjury':
      return row.injury?.daysSinceInjury ?? null
    case 'response':
      return row.response ? lightRank[row.response.light] : null
    case 'name':
      return 0
  }
}

function searchKey(row: BoardRow): string {
  return `${row.name} ${row.position ?? ''}`.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

const keyCache = new WeakMap<BoardRow, string>()

/**
 * The board's visible rows: search by name or position (accents ignored), filters, then sort.
 * Pure and linear in the number of rows, so a keystroke over 1,000 athletes stays instant.
 */
export function visibleRows(
  rows: readonly BoardRow[],
  filter: BoardFilter,
  sort: { key: SortKey; descending: boolean },
): BoardRow[] {
  const needle = filter.search.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
  const out = rows.filter((row) => {
    if (needle) {
      let key = keyCache.get(row)
      if (key === undefined) {
        key = searchKey(row)
        keyCache.set(row, key)
      }
      if (!key.includes(needle)) return false
    }
    if (filter.availability.length > 0 && !filter.availability.includes(row.availability))
      return false
    if (filter.phases.length > 0 && !filter.phases.includes(row.phase?.id ?? 'none')) return false
    if (filter.position !== null && row.position !== filter.position) return false
    return true
  })
  const direction = sort.descending ? -1 : 1
  return out.sort((a, b) => {
    if (sort.key !== 'name') {
      const va = sortValue(a, sort.key)
      const vb = sortValue(b, sort.key)
      if (va === null && vb !== null) return 1
      if (vb === null && va !== null) return -1
      if (va !== null && vb !== null && va !== vb) return (va - vb) * direction
    }
    return compareNames(a.name, b.name) * (sort.key === 'name' ? direction : 1)
  })
}

export function positionsOf(rows: readonly BoardRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.position ? [row.position] : [])))].sort(
    compareNames,
  )
}
