/**
 * The Chromium figures in a process of their own: `node … bench/browser.ts <dataDir> <today>
 * <runs>`. Prints the result as JSON on the last line of stdout.
 */
import { browserFigures } from './figures/browser-figures'

const [dataDir, today, runs] = process.argv.slice(2)
if (!dataDir || !today || !runs) {
  console.error('usage: browser.ts <dataDir> <today> <runs>')
  process.exit(2)
}
const result = await browserFigures({ dataDir, today, runs: Number(runs) })
console.log(JSON.stringify(result))
