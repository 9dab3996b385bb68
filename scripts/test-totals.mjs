// Prints "N passed, N failed" from vitest JSON reports (one or more files), the line CI reads.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    // A suite that wrote no report crashed or never started: that is a failure, not zero tests.
    console.error(`no test report at ${file}: the suite did not run`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrors ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
