/**
 * A small seeded random source for the story generator. Same seed, same numbers, on every
 * machine: nothing here reads the clock or Math.random. `fork` gives an independent stream per
 * part of a story, so changing how sessions are drawn never shifts the names or the tests.
 */

/** mulberry32 (Tommy Ettinger): a 32-bit state, fast, and good enough for fictional data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** FNV-1a hash of a label, mixed with a seed: the seed of a forked stream. */
function mix(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export interface Random {
  readonly seed: number
  /** A number in [0, 1). */
  next(): number
  /** A number in [min, max). */
  between(min: number, max: number): number
  /** A whole number in [min, max], both ends included. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** `value` moved by up to ± `share` of itself. */
  jitter(value: number, share: number): number
  /** An independent stream for one part of a story. */
  fork(label: string): Random
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed)
  const random: Random = {
    seed,
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Nothing to pick from')
      return items[Math.floor(next() * items.length)] as T
    },
    jitter: (value, share) => value * (1 + share * (2 * next() - 1)),
    fork: (label) => createRandom(mix(seed, label)),
  }
  return random
}

/** Rounds to `digits` decimals (sensor values are stored the way a device shows them). */
export function round(value: number, digits = 0): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
