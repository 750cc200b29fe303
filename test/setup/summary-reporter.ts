// A vitest reporter that ends the run with the plain line CI reads: "Tests: N passed, N failed, N skipped".
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let modulePassed = 0;
      let moduleFailed = 0;
      let moduleSkipped = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') modulePassed++;
        else if (state === 'failed') moduleFailed++;
        else moduleSkipped++;
      }
      // A failing setup hook (beforeAll) or an import error fails the module while its tests show as
      // skipped: those tests did not pass, so they count as failed, and the module at least once.
      if (module.state() === 'failed' && moduleFailed === 0) {
        moduleFailed = Math.max(1, moduleSkipped);
        moduleSkipped = 0;
      }
      passed += modulePassed;
      failed += moduleFailed;
      skipped += moduleSkipped;
    }
    failed += unhandledErrors.length;
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
