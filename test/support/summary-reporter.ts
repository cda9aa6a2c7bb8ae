import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one plain last line, `N passed, N failed`, that CI reads. Skipped tests are neither;
 * a module that failed to load counts as one failure so a broken file never looks green.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0
    let failed = unhandledErrors.length
    for (const module of testModules) {
      let tests = 0
      for (const test of module.children.allTests()) {
        tests += 1
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failed += 1
      }
      if (tests === 0 && module.state() === 'failed') failed += 1
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  }
}
