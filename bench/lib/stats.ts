/** Order statistics of a few runs: the median is the figure, the spread says how far to trust it. */
export interface Spread {
  n: number
  median: number
  p10: number
  p90: number
  min: number
  max: number
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  const a = sorted[low]!
  const b = sorted[high]!
  return a + (b - a) * (at - low)
}

const round = (value: number) => Math.round(value * 100) / 100

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    p10: round(quantile(sorted, 0.1)),
    p90: round(quantile(sorted, 0.9)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
  }
}
