import { performance } from 'node:perf_hooks'
import { spread, type Spread } from './stats'

/**
 * One timed run of a figure in the main process: wall time, CPU time of the whole process
 * (process.cpuUsage, all threads: steadier than wall time on a shared machine), the longest
 * stretch the event loop could not run (quality D12: a report, import or backup must not block
 * the main process over ~100 ms), and the heap at its highest.
 *
 * The loop monitor is a 1 ms timer chain: the biggest gap between two ticks is the longest
 * synchronous stretch, give or take the timer's own millisecond. A synchronous call blocks for
 * its whole duration, which is what the monitor then reports.
 */

export interface Run {
  wallMs: number
  cpuMs: number
  longestBlockMs: number
  heapPeakBytes: number
}

class LoopMonitor {
  private last = 0
  private timer: NodeJS.Timeout | null = null
  maxGap = 0
  heapPeak = 0

  start(): void {
    this.last = performance.now()
    this.heapPeak = process.memoryUsage().heapUsed
    const tick = () => {
      const now = performance.now()
      this.maxGap = Math.max(this.maxGap, now - this.last)
      this.last = now
      this.heapPeak = Math.max(this.heapPeak, process.memoryUsage().heapUsed)
      this.timer = setTimeout(tick, 1)
    }
    this.timer = setTimeout(tick, 1)
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.maxGap = Math.max(this.maxGap, performance.now() - this.last)
    this.heapPeak = Math.max(this.heapPeak, process.memoryUsage().heapUsed)
  }
}

export async function timeRun(task: () => unknown): Promise<Run> {
  // No forced garbage collection between runs: the app gets none either, and a full collection
  // before each run made every run slower than in use (cold inline caches).
  const monitor = new LoopMonitor()
  monitor.start()
  // Let the first tick arm, so the gap before the task starts is not counted.
  await new Promise((resolve) => setTimeout(resolve, 2))
  const cpu = process.cpuUsage()
  const started = performance.now()
  monitor.maxGap = 0
  await task()
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  monitor.stop()
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    longestBlockMs: Math.min(monitor.maxGap, wallMs),
    heapPeakBytes: monitor.heapPeak,
  }
}

export interface Measured {
  wallMs: Spread
  cpuMs: Spread
  longestBlockMs: Spread
  heapPeakMB: number
}

export function summarise(runs: readonly Run[]): Measured {
  return {
    wallMs: spread(runs.map((r) => r.wallMs)),
    cpuMs: spread(runs.map((r) => r.cpuMs)),
    longestBlockMs: spread(runs.map((r) => r.longestBlockMs)),
    heapPeakMB: Math.round(Math.max(...runs.map((r) => r.heapPeakBytes)) / 10_485.76) / 100,
  }
}

/**
 * The figure and its floor, run alternately (figure, floor, figure, floor…) so both see the
 * same load on a shared machine; the first pair is a warm-up and is not counted. At least
 * `runs` pairs; a figure that takes only milliseconds is repeated until it has run for about
 * a second and a half (at most ten times `runs`), as it would in an app that runs all day.
 */
export async function figureAndFloor(
  runs: number,
  figure: () => unknown,
  floor: (() => unknown) | null,
  between?: () => unknown,
): Promise<{ figure: Measured; floor: Measured | null }> {
  const figureRuns: Run[] = []
  const floorRuns: Run[] = []
  let spent = 0
  for (let i = 0; i <= runs * 10; i += 1) {
    if (i > runs && spent >= 1_500) break
    await between?.()
    const a = await timeRun(figure)
    const b = floor ? await timeRun(floor) : null
    if (i === 0) continue
    spent += a.wallMs
    figureRuns.push(a)
    if (b) floorRuns.push(b)
  }
  return {
    figure: summarise(figureRuns),
    floor: floor ? summarise(floorRuns) : null,
  }
}
