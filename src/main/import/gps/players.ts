import { compareNames } from '@shared/collation'
import type { GpsPlayerKind, GpsPlayerRow, GpsSettings } from '@shared/schemas/gps-import'
import { foldText, tidyLabel } from './text'

/**
 * Matching the players of a file to the squad's athletes. Exports name players in full (in any
 * case, with double spaces or without accents), by first name, by shirt number or by an opaque
 * id. Only an unambiguous full-name match is taken as is; everything else is a suggestion or
 * left to the coach, whose choices are remembered for the source.
 */

export interface SquadAthlete {
  id: string
  name: string
}

/** The key a player is grouped and remembered by: case, accents and spacing folded. */
export function playerKey(label: string): string {
  return foldText(label)
}

export function playerKind(label: string): GpsPlayerKind {
  const value = tidyLabel(label)
  if (/^#?\d{1,3}$/.test(value)) return 'shirt number'
  if (/\d/.test(value) || /^[0-9a-f-]{8,}$/i.test(value)) return 'id'
  if (!/\s/.test(value)) return 'first name'
  return 'name'
}

const tokens = (name: string) => foldText(name).replace(/[.,;]/g, ' ').split(/\s+/).filter(Boolean)

interface Prepared {
  athlete: SquadAthlete
  tidy: string
  tokens: string[]
  sorted: string
}

/**
 * Each athlete's name tidied and split once per squad list: a 1,000-player file against a
 * 1,000-athlete academy compares a million pairs, and tidying both names of every pair took
 * most of the plan's time.
 */
const preparedLists = new WeakMap<readonly SquadAthlete[], Prepared[]>()

function prepared(athletes: readonly SquadAthlete[]): Prepared[] {
  let list = preparedLists.get(athletes)
  if (!list) {
    list = athletes.map((athlete) => {
      const words = tokens(athlete.name)
      return {
        athlete,
        tidy: tidyLabel(athlete.name),
        tokens: words,
        sorted: [...words].sort().join(' '),
      }
    })
    preparedLists.set(athletes, list)
  }
  return list
}

function uniqueOrNull(found: readonly Prepared[]): SquadAthlete | null {
  return found.length === 1 ? found[0]!.athlete : null
}

/** The athlete a label names, and how sure that is. */
export function matchPlayer(
  label: string,
  athletes: readonly SquadAthlete[],
): { status: 'matched' | 'suggested' | 'unmatched'; athleteId: string | null } {
  const squad = prepared(athletes)
  const tidy = tidyLabel(label)
  const exact = squad.filter((a) => compareNames(a.tidy, tidy) === 0)
  if (exact.length === 1) return { status: 'matched', athleteId: exact[0]!.athlete.id }
  if (exact.length > 1) return { status: 'unmatched', athleteId: null }

  const words = tokens(label)
  if (words.length === 0 || /\d/.test(label)) return { status: 'unmatched', athleteId: null }
  const sorted = [...words].sort().join(' ')
  // "Reid, Sam" or "REID Sam": the same words in another order.
  const reordered = uniqueOrNull(squad.filter((a) => a.sorted === sorted))
  if (reordered) return { status: 'suggested', athleteId: reordered.id }
  if (words.length === 1) {
    const word = words[0]!
    const byFirst = uniqueOrNull(squad.filter((a) => a.tokens[0] === word))
    if (byFirst) return { status: 'suggested', athleteId: byFirst.id }
    const byLast = uniqueOrNull(squad.filter((a) => a.tokens.at(-1) === word))
    if (byLast) return { status: 'suggested', athleteId: byLast.id }
    return { status: 'unmatched', athleteId: null }
  }
  // "S. Reid", "S Reid": an initial and the last name.
  const initial = words[0]!.length === 1 ? words[0]! : null
  if (initial) {
    const last = words.slice(1).join(' ')
    const found = uniqueOrNull(
      squad.filter((a) => a.tokens[0]?.startsWith(initial) && a.tokens.slice(1).join(' ') === last),
    )
    if (found) return { status: 'suggested', athleteId: found.id }
  }
  return { status: 'unmatched', athleteId: null }
}

export interface FilePlayer {
  key: string
  label: string
  rows: number
}

/**
 * Every player of the file with the decision that applies: the coach's own choice first, then a
 * remembered match for this source, then an exact name match, then a suggestion. One athlete
 * suggested for two players is no suggestion at all.
 */
export function reviewPlayers(
  players: readonly FilePlayer[],
  athletes: readonly SquadAthlete[],
  chosen: GpsSettings['players'],
  remembered: ReadonlyMap<string, string | null>,
): GpsPlayerRow[] {
  const live = new Set(athletes.map((a) => a.id))
  const rows: GpsPlayerRow[] = players.map((player) => {
    const kind = playerKind(player.label)
    const memory = remembered.get(player.key)
    let status: GpsPlayerRow['status']
    let athleteId: string | null
    if (memory !== undefined && (memory === null || live.has(memory))) {
      status = 'remembered'
      athleteId = memory
    } else {
      const match = matchPlayer(player.label, athletes)
      status = match.status
      athleteId = match.athleteId
    }
    return {
      key: player.key,
      label: player.label,
      kind,
      rows: player.rows,
      status,
      athleteId,
      decision: null,
    }
  })
  const suggestedTwice = new Map<string, number>()
  for (const row of rows) {
    if (row.status === 'suggested' && row.athleteId)
      suggestedTwice.set(row.athleteId, (suggestedTwice.get(row.athleteId) ?? 0) + 1)
  }
  for (const row of rows) {
    if (row.status === 'suggested' && (suggestedTwice.get(row.athleteId!) ?? 0) > 1) {
      row.status = 'unmatched'
      row.athleteId = null
    }
    const own = chosen[row.key]
    if (own !== undefined && (own === 'skip' || live.has(own))) row.decision = own
    else if (row.status === 'remembered') row.decision = row.athleteId ?? 'skip'
    else row.decision = row.athleteId
  }
  return rows
}

/** The kind most players of the file are written as. */
export function dominantKind(rows: readonly GpsPlayerRow[]): GpsPlayerKind | null {
  const counts = new Map<GpsPlayerKind, number>()
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1)
  let best: GpsPlayerKind | null = null
  for (const [kind, count] of counts) if (best === null || count > counts.get(best)!) best = kind
  return best
}

/** Summary rows some exports add under the players ("Team Average", "Squad Total"). */
const SUMMARY_ROW =
  /^((team|squad|group|all players|everyone) (average|avg|mean|total|totals|sum|median|min|max|minimum|maximum|sd|std dev)|team|squad|all players|total|totals|average|avg|mean|median|standard deviation|std dev|promedio|media|durchschnitt|mittelwert|moyenne|media squadra|totale squadra|total equipo|total equipe|mannschaft|equipo|equipe|squadra)$/

export function isSummaryPlayer(label: string): boolean {
  return SUMMARY_ROW.test(
    foldText(label)
      .replace(/[^a-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
}
