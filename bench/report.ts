import type { Spread } from './lib/stats'
import { targets } from './scales'

/** One figure's result as recorded: the measurements, its floor, the ratio and the target. */
export interface FigureRow {
  figure: { wallMs: Spread; cpuMs?: Spread; longestBlockMs?: Spread; heapPeakMB?: number }
  floor: { wallMs: Spread; cpuMs?: Spread } | null
  floorIs: string | null
  details?: Record<string, unknown>
  notes?: string[]
  memory?: Record<string, number>
  chromium?: string
  loadAtStart?: number
  /** Median wall time over the floor's median wall time. */
  ratio?: number | null
  /** The same with CPU time, steadier on a shared machine. */
  cpuRatio?: number | null
  target?: string
  met?: boolean | null
  missed?: string[]
}

export interface ScaleResult {
  scale: string
  label: string
  data: { counts: Record<string, number>; fileMB: number }
  figures: Record<string, FigureRow>
}

const ratioOf = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b <= 0 ? null : Math.round((a / b) * 100) / 100

export function evaluate(name: string, scale: string, row: FigureRow): FigureRow {
  const target = targets[name]
  const ratio = ratioOf(row.figure.wallMs.median, row.floor?.wallMs.median)
  const cpuRatio = ratioOf(row.figure.cpuMs?.median, row.floor?.cpuMs?.median)
  const applies = target && (!target.scales || target.scales.includes(scale))
  const missed: string[] = []
  if (applies) {
    if (target.underMs !== undefined && row.figure.wallMs.median >= target.underMs) {
      missed.push(`median ${row.figure.wallMs.median} ms ≥ ${target.underMs} ms`)
    }
    if (target.floorRatio !== undefined && (ratio === null || ratio > target.floorRatio)) {
      missed.push(`${ratio}× the floor > ${target.floorRatio}×`)
    }
    const block = row.figure.longestBlockMs?.max
    if (
      target.blockUnderMs !== undefined &&
      (block === undefined || block >= target.blockUnderMs)
    ) {
      missed.push(`main blocked up to ${block} ms`)
    }
  }
  const hasGoal =
    applies &&
    (target.underMs !== undefined ||
      target.floorRatio !== undefined ||
      target.blockUnderMs !== undefined)
  return {
    ...row,
    ratio,
    cpuRatio,
    target: applies ? target.text : 'none at this scale',
    met: hasGoal ? missed.length === 0 : null,
    missed,
  }
}

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value} ms`

/** The README table: one line per figure and scale. */
export function readmeTable(record: {
  date: string
  label: string
  runsPerFigure: number
  machine: Record<string, unknown>
  scales: ScaleResult[]
}): string {
  const m = record.machine
  const lines = [
    `Run of ${record.date.slice(0, 16).replace('T', ' ')} UTC (${record.label}), at least ${record.runsPerFigure} runs per figure after a warm-up (millisecond figures repeated for ~1.5 s): ${m['cpu']}, ${m['cores']} cores, ${m['ramGB']} GB, Node ${m['node']}, ${m['chromium'] ?? 'no Chromium'}; load average at start ${(m['loadAverageAtStart'] as number[]).join(' / ')} (a shared machine: read the spread).`,
    '',
    '| scale | figure | median (p10–p90) | floor | ratio (CPU ratio) | main blocked, max | target | met? |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const scale of record.scales) {
    for (const [name, row] of Object.entries(scale.figures)) {
      const f = row.figure.wallMs
      const block = row.figure.longestBlockMs?.max
      lines.push(
        [
          '',
          scale.scale,
          name,
          `${ms(f.median)} (${ms(f.p10)}–${ms(f.p90)})`,
          row.floor ? ms(row.floor.wallMs.median) : '—',
          row.ratio === null || row.ratio === undefined
            ? '—'
            : `${row.ratio}×${row.cpuRatio ? ` (${row.cpuRatio}×)` : ''}`,
          ms(block),
          row.target ?? '—',
          row.met === null || row.met === undefined
            ? '—'
            : row.met
              ? 'yes'
              : `no: ${row.missed?.join('; ')}`,
          '',
        ]
          .join(' | ')
          .trim(),
      )
    }
  }
  return lines.join('\n')
}
