import { existsSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { DATABASE_FILE_NAME, startServices } from '../../src/main/services'
import { fixedClock } from '../lib/club'
import { spread, type Spread } from '../lib/stats'
import { connectToMain, launchChromium, serveRenderer } from '../../test/support/chromium-app'

/**
 * The squad board in Chromium (Debian's, driven by playwright-core with the end-to-end
 * harness's flags), on the built renderer served over loopback and the real main-process
 * dispatcher, as test/e2e/harness.ts runs the app. Timings are taken inside the page with
 * performance.now and requestAnimationFrame: first render from navigation start to the first
 * frame with roster rows; a filter keystroke from the input event to the first frame showing
 * the new count. Floors: a plain HTML table of the same rows, and a plain script filtering the
 * same names and redrawing the same number of rows.
 */

/**
 * The bench builds the app into the system temp folder: out of the way of the e2e tests' out/
 * and of the linters, which would otherwise read the bundles.
 */
export const BUILD_DIR = join(tmpdir(), 'rts-bridge-bench-build')
const RENDERER_ROOT = join(BUILD_DIR, 'renderer')

export interface BrowserFigure {
  figure: { wallMs: Spread }
  floor: { wallMs: Spread }
  floorIs: string
  details: Record<string, unknown>
}

export interface BrowserResult {
  chromium: string
  rosterRender: BrowserFigure
  rosterFilter: BrowserFigure
  memory: { jsHeapUsedMB: number; jsHeapPeakMB: number; domNodes: number }
}

/** What the page shows in plain HTML for the floors. */
const floorPages = new Map<string, string>()

/** Records, in the page, the first frame that shows roster rows (ms from navigation start). */
function watchFirstRows(): void {
  const w = window as unknown as { __firstRows?: number }
  const check = () => {
    if (document.querySelector('table[aria-label="Roster"] tbody a')) {
      requestAnimationFrame(() => {
        w.__firstRows ??= performance.now()
      })
      return
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

async function firstRows(page: Page, url: string): Promise<number> {
  await page.goto(url)
  await page.waitForFunction(() => (window as { __firstRows?: number }).__firstRows !== undefined, {
    timeout: 60_000,
  })
  return page.evaluate(() => (window as unknown as { __firstRows: number }).__firstRows)
}

/** Types into the search box and waits for the frame that shows the new count. */
function typeAndWait(page: Page, selector: string, counter: string, text: string): Promise<number> {
  return page.evaluate(
    async ({ selector, counter, text }) => {
      const input = document.querySelector<HTMLInputElement>(selector)!
      const count = document.querySelector(counter)!
      const before = count.textContent
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      const started = performance.now()
      setValue.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      while (count.textContent === before) {
        await new Promise((next) => requestAnimationFrame(next))
      }
      await new Promise((next) => requestAnimationFrame(next))
      return performance.now() - started
    },
    { selector, counter, text },
  )
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

function floorTablePage(rows: readonly string[][]): string {
  const body = rows
    .map(
      ([first = '', ...rest]) =>
        `<tr><td><a href="#">${escape(first)}</a></td>${rest.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`,
    )
    .join('')
  // The same init script as the app's page records the first frame with rows.
  return `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body>
<table aria-label="Roster"><tbody>${body}</tbody></table></body></html>`
}

function floorFilterPage(names: readonly string[], shown: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body>
<input aria-label="Search athletes"><p aria-live="polite"></p><table><tbody></tbody></table>
<script>
const names = ${JSON.stringify(names)}
const keys = names.map((n) => n.normalize('NFKD').replace(/\\p{M}/gu, '').toLowerCase())
const tbody = document.querySelector('tbody')
const counter = document.querySelector('p')
function draw(needle) {
  const hits = []
  for (let i = 0; i < names.length; i += 1) if (keys[i].includes(needle)) hits.push(names[i])
  tbody.innerHTML = hits.slice(0, ${shown}).map((n) => '<tr><td>' + n + '</td></tr>').join('')
  counter.textContent = hits.length === names.length ? names.length + ' athletes' : hits.length + ' of ' + names.length + ' athletes'
}
document.querySelector('input').addEventListener('input', (e) => draw(e.target.value.toLowerCase().trim()))
draw('')
</script></body></html>`
}

/** Prefixes of a name, each of which changes how many athletes match (so each shows a new count). */
function keystrokes(names: readonly string[], target: string): string[] {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  const keys = names.map(fold)
  const steps: string[] = []
  let last = names.length
  for (let n = 1; n <= target.length; n += 1) {
    const prefix = target.slice(0, n)
    if (prefix.endsWith(' ')) continue
    const matches = keys.filter((k) => k.includes(fold(prefix))).length
    if (matches !== last) {
      steps.push(prefix)
      last = matches
    }
  }
  return steps
}

export async function browserFigures(options: {
  dataDir: string
  today: string
  runs: number
}): Promise<BrowserResult> {
  if (!existsSync(join(RENDERER_ROOT, 'index.html'))) {
    throw new Error(
      `The renderer is not built: run \`npx electron-vite build --outDir ${BUILD_DIR}\` first.`,
    )
  }
  const server = await serveRenderer(RENDERER_ROOT, floorPages)
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const services = startServices({
    databasePath: join(options.dataDir, DATABASE_FILE_NAME),
    clock: fixedClock(options.today),
    appVersion: 'bench',
    trustedOrigins: [origin],
    dialogs: {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseFolder: async () => null,
    },
  })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1360, height: 860 } })
    await connectToMain(context, () => services.dispatch)
    await context.addInitScript(watchFirstRows)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    let heapPeak = 0
    const heap = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[]
      }
      const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0
      heapPeak = Math.max(heapPeak, value('JSHeapUsedSize'))
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
      return { used: value('JSHeapUsedSize'), nodes }
    }

    // First render: warm-up, then runs; the floor page alternates with it.
    const app = `${origin}/index.html`
    await firstRows(page, app)
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('table[aria-label="Roster"] tbody tr')]
        .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()))
        .filter((cells) => cells.length > 1),
    )
    floorPages.set('/__bench/table.html', floorTablePage(rendered))
    const floorTable = `${origin}/__bench/table.html`
    await firstRows(page, floorTable)
    const renderRuns: number[] = []
    const renderFloor: number[] = []
    for (let i = 0; i < options.runs; i += 1) {
      renderRuns.push(await firstRows(page, app))
      await heap()
      renderFloor.push(await firstRows(page, floorTable))
    }

    // Filter keystrokes: typing a name, one keystroke at a time, then clearing the box.
    await firstRows(page, app)
    await page.getByText(/^\d+ athletes$/).waitFor()
    const names = (await services.dispatch({ url: app, isMainFrame: true }, 'board:squad', {
      squadId: (
        (await services.dispatch({ url: app, isMainFrame: true }, 'squads:list', {})) as {
          data: { id: string; activeAthleteCount: number }[]
        }
      ).data.sort((a, b) => b.activeAthleteCount - a.activeAthleteCount)[0]!.id,
    })) as { data: { name: string; position: string | null }[] }
    const searchKeys = names.data.map((r) => `${r.name} ${r.position ?? ''}`)
    const target = names.data[Math.floor(names.data.length / 2)]!.name
    const typed = [...keystrokes(searchKeys, target), '']
    const selector = 'input[aria-label="Search athletes"]'
    const counter = 'p[aria-live="polite"]'
    floorPages.set('/__bench/filter.html', floorFilterPage(searchKeys, rendered.length))
    const filterRuns: number[] = []
    const filterFloor: number[] = []
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page while the keystrokes are timed.
    const profile = process.env['BENCH_PROFILE']
    if (profile) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    }
    // Where a keystroke's time goes, from Chromium's own counters (seconds, summed over runs).
    const counters = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[]
      }
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]))
    }
    let spent: Record<string, number> | null = null
    for (let round = 0; round <= options.runs; round += 1) {
      if (profile && round === 1) await cdp.send('Profiler.start')
      const before = await counters()
      const appTimes: number[] = []
      for (const text of typed) appTimes.push(await typeAndWait(page, selector, counter, text))
      const after = await counters()
      await heap()
      if (round > 0) {
        filterRuns.push(...appTimes)
        spent ??= { ScriptDuration: 0, RecalcStyleDuration: 0, LayoutDuration: 0, TaskDuration: 0 }
        for (const key of Object.keys(spent)) spent[key]! += (after[key] ?? 0) - (before[key] ?? 0)
      }
    }
    if (profile) {
      const { profile: recorded } = (await cdp.send('Profiler.stop')) as { profile: unknown }
      writeFileSync(profile, JSON.stringify(recorded))
    }
    await page.goto(`${origin}/__bench/filter.html`)
    for (let round = 0; round <= options.runs; round += 1) {
      const times: number[] = []
      for (const text of typed) times.push(await typeAndWait(page, selector, counter, text))
      if (round > 0) filterFloor.push(...times)
    }
    await firstRows(page, app)
    const last = await heap()
    return {
      chromium: browser.version(),
      rosterRender: {
        figure: { wallMs: spread(renderRuns) },
        floor: { wallMs: spread(renderFloor) },
        floorIs: 'a static HTML table of the same rows (the rows the board draws), first frame',
        details: { athletes: names.data.length, rowsDrawn: rendered.length },
      },
      rosterFilter: {
        figure: { wallMs: spread(filterRuns) },
        floor: { wallMs: spread(filterFloor) },
        floorIs: 'a plain script filtering the same names and redrawing the same number of rows',
        details: {
          keystrokes: typed.map((t) => (t === '' ? '(cleared)' : t)),
          lastRoundMs: filterRuns.slice(-typed.length).map((t) => Math.round(t)),
          // Main-thread time per keystroke by kind, ms (Chromium's Performance metrics).
          perKeystrokeMs: Object.fromEntries(
            Object.entries(spent ?? {}).map(([key, seconds]) => [
              key.replace('Duration', ''),
              Math.round((seconds * 1000 * 10) / filterRuns.length) / 10,
            ]),
          ),
        },
      },
      memory: {
        jsHeapUsedMB: Math.round(last.used / 10_485.76) / 100,
        jsHeapPeakMB: Math.round(heapPeak / 10_485.76) / 100,
        domNodes: last.nodes,
      },
    }
  } finally {
    await browser.close()
    await new Promise((done) => server.close(done))
    services.close()
  }
}
