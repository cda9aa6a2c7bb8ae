import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one plain last line, `N passed, N failed`, that CI reads. Skipped tests are neither;
 * a file that failed to load or to set up counts as one failure so it never looks green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0
    let failed = unhandledErrors.length
    for (const module of testModules) {
      let failedHere = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failedHere += 1
      }
      // A file that failed to load, or whose beforeAll failed, has no failed test of its own.
      if (failedHere === 0 && module.state() === 'failed') failedHere = 1
      failed += failedHere
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  }
}
