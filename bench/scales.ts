import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  GENERATOR_VERSION,
  type SeedOptions,
  type SeedSummary,
} from '../scripts/seed/seed-database'

/**
 * The club sizes the bench measures, and what each figure must reach. Every scale's database is
 * seeded once into bench/data/ (git-ignored) and rebuilt when missing or made by an older
 * generator. The day is fixed so every run measures the same data.
 */

export const BENCH_DIR = resolve(import.meta.dirname)
export const DATA_DIR = join(BENCH_DIR, 'data')
export const RESULTS_DIR = join(BENCH_DIR, 'results')
export const BENCH_TODAY = '2026-11-16'

export interface Scale {
  name: string
  label: string
  seed: Omit<SeedOptions, 'onProgress'>
}

function scale(name: string, label: string, athletes: number, seasons: number): Scale {
  return {
    name,
    label,
    seed: {
      athletes,
      seasons,
      seed: 1,
      today: BENCH_TODAY,
      squadSize: athletes,
      out: join(DATA_DIR, `${name}-${athletes}x${seasons}.sqlite`),
    },
  }
}

export const scales: Record<string, Scale> = {
  squad: scale('squad', 'squad: 60 athletes × 5 seasons', 60, 5),
  academy: scale('academy', 'academy: 1,000 athletes × 3 seasons, one squad', 1000, 3),
  /** For the harness's own smoke test. */
  tiny: scale('tiny', 'tiny: 8 athletes × 1 season', 8, 1),
}

/** The seed summary when the file exists and was made by this generator with these options. */
export function seededSummary(scaleOf: Scale): SeedSummary | null {
  const meta = `${scaleOf.seed.out}.json`
  if (!existsSync(scaleOf.seed.out) || !existsSync(meta)) return null
  const summary = JSON.parse(readFileSync(meta, 'utf8')) as SeedSummary
  const o = summary.options
  const want = scaleOf.seed
  const same =
    summary.generator === GENERATOR_VERSION &&
    o.athletes === want.athletes &&
    o.seasons === want.seasons &&
    o.seed === want.seed &&
    o.today === want.today &&
    o.squadSize === want.squadSize
  return same ? summary : null
}

export interface Target {
  /** Median wall time at most this, ms. */
  underMs?: number
  /** Median at most this many times the floor. */
  floorRatio?: number
  /** The main thread never blocked longer than this, ms (quality D12). */
  blockUnderMs?: number
  /** Only at these scales (default: all). */
  scales?: string[]
  text: string
}

export const targets: Record<string, Target> = {
  dbOpen: { underMs: 300, scales: ['academy', 'squad'], text: '< 300 ms' },
  roster: { underMs: 50, floorRatio: 3, text: '< 50 ms and ≤ 3× floor' },
  rosterCold: { text: 'none (first board after start)' },
  gapAnalysis: { underMs: 50, floorRatio: 3, text: '< 50 ms and ≤ 3× floor' },
  squadGap: { text: 'none' },
  handoverPdf: { underMs: 1000, blockUnderMs: 100, text: '< 1 s, main blocked < 100 ms' },
  squadPdf: { underMs: 3000, blockUnderMs: 100, text: '< 3 s, main blocked < 100 ms' },
  csvImport: { blockUnderMs: 100, text: 'main blocked < 100 ms' },
  backup: { blockUnderMs: 100, text: 'main blocked < 100 ms' },
  rosterRender: { text: 'none (first render)' },
  rosterFilter: { underMs: 50, text: '< 50 ms' },
}
