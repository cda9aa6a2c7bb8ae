/**
 * `npm run seed -- --athletes N --seasons S [--seed K] [--today YYYY-MM-DD] [--out file]
 * [--squad-size M]`: a deterministic benchmark database (see scripts/seed/seed-database.ts).
 * Default output: bench/data/seed-<N>x<S>-<K>.sqlite, with a summary beside it (.json).
 */
import { resolve } from 'node:path'
import { localDay } from '@shared/dates'
import { seedDatabase } from './seed/seed-database'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

function whole(name: string, fallback: number | undefined, min: number, max: number): number {
  const raw = option(name)
  const value = raw === undefined ? fallback : Number(raw)
  if (value === undefined || !Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`)
    process.exit(2)
  }
  return value
}

const athletes = whole('athletes', undefined, 1, 20_000)
const seasons = whole('seasons', undefined, 1, 10)
const seed = whole('seed', 1, 0, 2 ** 31 - 1)
const squadSizeRaw = option('squad-size')
const today = option('today') ?? localDay(new Date())
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--today must be a day as YYYY-MM-DD')
  process.exit(2)
}
const out = resolve(option('out') ?? `bench/data/seed-${athletes}x${seasons}-${seed}.sqlite`)

const summary = seedDatabase({
  athletes,
  seasons,
  seed,
  today,
  out,
  ...(squadSizeRaw ? { squadSize: whole('squad-size', undefined, 1, 20_000) } : {}),
  onProgress: (message) => console.log(message),
})
console.log(`${out}: ${JSON.stringify(summary.counts)}`)
console.log(
  `${summary.openInjuries} open and ${summary.closedInjuries} closed injuries, ${(summary.fileBytes / 1_048_576).toFixed(1)} MB in ${(summary.elapsedMs / 1000).toFixed(1)} s`,
)
