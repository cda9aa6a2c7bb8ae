/**
 * Runs one figure in a process of its own, so its memory peak is its own:
 * `node … bench/figure.ts <figure> <dataDir> <today> <runs>`. Prints the result as JSON on the
 * last line of stdout.
 */
import { mainFigures } from './figures/main-figures'

const [name, dataDir, today, runs] = process.argv.slice(2)
const figure = name ? mainFigures[name] : undefined
if (!figure || !dataDir || !today || !runs) {
  console.error(`usage: figure.ts <${Object.keys(mainFigures).join('|')}> <dataDir> <today> <runs>`)
  process.exit(2)
}
const rssBefore = process.memoryUsage().rss
const result = await figure({ dataDir, today, runs: Number(runs) })
const usage = process.resourceUsage()
console.log(
  JSON.stringify({
    ...result,
    memory: {
      rssBeforeMB: Math.round(rssBefore / 1_048_576),
      rssPeakMB: Math.round(usage.maxRSS / 1024),
    },
  }),
)
