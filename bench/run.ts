/**
 * `npm run bench [-- --scale squad,academy] [--runs 7] [--only roster,gapAnalysis]
 * [--no-browser] [--label name]`: the hot paths at squad and academy scale, each beside its
 * floor, measured in processes of their own on a working copy of the seeded database. Writes
 * bench/results/<date>-<label>.json and the table in bench/README.md.
 */
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { seedDatabase } from '../scripts/seed/seed-database'
import { closeDatabase, openDatabase } from '../src/main/db/connection'
import { migrate } from '../src/main/db/migrate'
import { BUILD_DIR } from './figures/browser-figures'
import { mainFigures } from './figures/main-figures'
import { evaluate, readmeTable, type FigureRow, type ScaleResult } from './report'
import { BENCH_DIR, RESULTS_DIR, scales, seededSummary, type Scale } from './scales'

const ROOT = resolve(BENCH_DIR, '..')
const REGISTER = join(ROOT, 'scripts/register-ts.mjs')

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const chosenScales = (option('scale') ?? 'squad,academy').split(',')
const runs = Number(option('runs') ?? 7)
const only = option('only')?.split(',') ?? null
const browser = !process.argv.includes('--no-browser')
const label = option('label') ?? 'run'
const wanted = (name: string) => only === null || only.includes(name)

function log(message: string): void {
  console.log(`[bench] ${message}`)
}

/** Runs a TypeScript entry of the bench in a fresh Node process; its last stdout line is JSON. */
function child(entry: string, args: string[]): Promise<unknown> {
  return new Promise((done, fail) => {
    const proc = spawn(
      process.execPath,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        REGISTER,
        join(BENCH_DIR, entry),
        ...args,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? ''
      if (code !== 0) return fail(new Error(`${entry} ${args[0]} exited with ${code}`))
      try {
        done(JSON.parse(last))
      } catch {
        fail(new Error(`${entry} ${args[0]} printed no result: ${out.slice(-500)}`))
      }
    })
  })
}

function ensureSeeded(scale: Scale) {
  const existing = seededSummary(scale)
  if (existing) {
    // A file seeded before the latest migration goes through it once, as a user's file would.
    const db = openDatabase(scale.seed.out, { create: false })
    try {
      const { from, to } = migrate(db)
      if (from !== to) log(`migrated ${scale.seed.out} from schema ${from} to ${to}`)
    } finally {
      closeDatabase(db)
    }
    return existing
  }
  log(`seeding ${scale.label} (one time, into ${scale.seed.out})`)
  return seedDatabase({ ...scale.seed, onProgress: (m) => log(`  ${m}`) })
}

function machine() {
  const cpu = cpus()
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim()
    } catch {
      return null
    }
  })()
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ramGB: Math.round(totalmem() / 1_073_741_824),
    freeRamGB: Math.round(freemem() / 1_073_741_824),
    node: process.version,
    chromium,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  }
}

async function runScale(scale: Scale): Promise<ScaleResult> {
  const summary = ensureSeeded(scale)
  const work = mkdtempSync(join(tmpdir(), `rts-bench-${scale.name}-`))
  copyFileSync(scale.seed.out, join(work, 'rts-bridge.sqlite'))
  const figures: Record<string, FigureRow> = {}
  try {
    for (const name of Object.keys(mainFigures)) {
      if (!wanted(name)) continue
      log(`${scale.name}: ${name}`)
      const loadAtStart = loadavg()[0]!
      const result = (await child('figure.ts', [name, work, scale.seed.today, String(runs)])) as
        FigureRow | undefined
      if (result) figures[name] = evaluate(name, scale.name, { ...result, loadAtStart })
    }
    if (browser && (wanted('rosterRender') || wanted('rosterFilter'))) {
      log(`${scale.name}: rosterRender, rosterFilter (Chromium)`)
      const loadAtStart = loadavg()[0]!
      const result = (await child('browser.ts', [work, scale.seed.today, String(runs)])) as {
        chromium: string
        rosterRender: FigureRow
        rosterFilter: FigureRow
        memory: Record<string, number>
      }
      for (const name of ['rosterRender', 'rosterFilter'] as const) {
        figures[name] = evaluate(name, scale.name, {
          ...result[name],
          memory: result.memory,
          chromium: result.chromium,
          loadAtStart,
        })
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return {
    scale: scale.name,
    label: scale.label,
    data: { counts: summary.counts, fileMB: Math.round(summary.fileBytes / 1_048_576) },
    figures,
  }
}

const started = new Date()
const details = machine()
log(`${details.cpu}, ${details.cores} cores, load ${details.loadAverageAtStart.join(' ')}`)
if (browser && (wanted('rosterRender') || wanted('rosterFilter'))) {
  log(`building the app into ${BUILD_DIR}`)
  execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn', '--outDir', BUILD_DIR], {
    cwd: ROOT,
    stdio: 'inherit',
  })
}
const results: ScaleResult[] = []
for (const name of chosenScales) {
  const scale = scales[name]
  if (!scale) throw new Error(`Unknown scale ${name}: ${Object.keys(scales).join(', ')}`)
  results.push(await runScale(scale))
}
const record = {
  date: started.toISOString(),
  label,
  runsPerFigure: runs,
  machine: { ...details, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
  scales: results,
}
mkdirSync(RESULTS_DIR, { recursive: true })
const stamp = started.toISOString().slice(0, 16).replace(/[:]/g, '')
const file = join(RESULTS_DIR, `${stamp}-${label}.json`)
writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
log(`results: ${file}`)
const table = readmeTable(record)
// Only a whole run (every figure at both scales) replaces the table in bench/README.md.
const whole =
  only === null && browser && ['squad', 'academy'].every((s) => chosenScales.includes(s))
if (whole) {
  const readme = join(BENCH_DIR, 'README.md')
  const text = readFileSync(readme, 'utf8')
  const updated = text.replace(
    /<!-- results -->[\s\S]*<!-- \/results -->/,
    `<!-- results -->\n${table}\n<!-- /results -->`,
  )
  writeFileSync(readme, updated)
}
console.log(table)
