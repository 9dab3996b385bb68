// The types oracle. Its corpus (test/support/type-oracle/corpus.ts) is the five vendor specs
// redocly.yaml lists, GitHub's REST description (@octokit/openapi: ~1,000 operations, ~900
// schemas, the large real-world case) and the 53 JSON specs of @readme/oas-examples 8.2.2
// (small public specs, each written to exercise OpenAPI features such as polymorphism, circular
// refs, enums, additionalProperties, parameter styles, 3.1 type arrays and webhooks), so every
// schema construct the emitter handles is met outside our own specs too. For each spec the
// types our emitter gives through the generator's seam (codegen/src/types/index.ts) are compared
// with openapi-typescript 7.13.0's, run through its public API with its defaults on the same
// bundled document, per component and per operation part, by mutual assignability under the
// repository's strict compiler options. The checks that fail must be exactly the intended
// differences (intended-differences.ts), and the specs that cannot be compared exactly those
// listed in not-compared.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROL_CHECK } from '../support/type-oracle/checks.js';
import { compare, type Comparison } from '../support/type-oracle/compare.js';
import { corpus } from '../support/type-oracle/corpus.js';
import { NotCompared } from '../support/type-oracle/generate.js';
import { intendedDifferences } from '../support/type-oracle/intended-differences.js';
import { notCompared } from '../support/type-oracle/not-compared.js';
import { differenceReport } from '../support/type-oracle/report.js';
import { vendorSpecs } from '../support/vendors.js';

const specs = corpus();
const names = new Set(specs.map((spec) => spec.name));
/** Checks run per spec, for the corpus-wide floor. */
const checksRun = new Map<string, number>();

describe('the corpus', () => {
  it("is the five vendor specs, GitHub's description and the 53 JSON specs of @readme/oas-examples", () => {
    expect(specs.map((spec) => spec.name).filter((name) => !name.startsWith('oas-examples/'))).toEqual([...vendorSpecs().map((vendor) => vendor.key), 'github']);
    expect(specs.filter((spec) => spec.name.startsWith('oas-examples/3.0/')).length).toBe(41);
    expect(specs.filter((spec) => spec.name.startsWith('oas-examples/3.1/')).length).toBe(12);
  });

  it('holds every spec that intended-differences.ts and not-compared.ts name', () => {
    expect([...intendedDifferences.map((entry) => entry.spec), ...notCompared.map((entry) => entry.spec)].filter((spec) => !names.has(spec))).toEqual([]);
  });
});

describe.each(specs)('types of $name', (spec) => {
  it(
    "differ from openapi-typescript's exactly where intended",
    async () => {
      let comparison: Comparison;
      try {
        comparison = await compare(spec);
      } catch (error) {
        if (!(error instanceof NotCompared)) throw error;
        expect(error.message, `${spec.name} could not be compared; list it in not-compared.ts with why, or fix the step that failed`).toBe(
          notCompared.find((entry) => entry.spec === spec.name)?.error,
        );
        return;
      }
      expect(notCompared.filter((entry) => entry.spec === spec.name).map((entry) => entry.error)).toEqual([]);
      checksRun.set(spec.name, comparison.checks);
      expect(
        comparison.failures.map((failure) => failure.check),
        'the control check (string against number) must fail',
      ).toContain(CONTROL_CHECK);
      expect(comparison.checks).toBeGreaterThanOrEqual(spec.minimumChecks);
      const failures = comparison.failures.filter((failure) => failure.check !== CONTROL_CHECK);
      const intended = intendedDifferences
        .filter((entry) => entry.spec === spec.name)
        .map((entry) => entry.check)
        .sort();
      const failing = failures.map((failure) => failure.check);
      const unexpected = failures.filter((failure) => !intended.includes(failure.check));
      const stale = intended.filter((check) => !failing.includes(check));
      expect(failing, differenceReport(spec.name, unexpected, stale, comparison.kept)).toEqual(intended);
    },
    // GitHub's spec: generating both and checking ~6,000 parts takes seconds, not minutes.
    spec.name === 'github' ? 180_000 : 60_000,
  );
});

// Most oas-examples specs are small, so their floor is the control check; together they must still run this many.
afterAll(() => {
  const examples = [...checksRun].filter(([name]) => name.startsWith('oas-examples/'));
  if (examples.length === specs.filter((spec) => spec.name.startsWith('oas-examples/')).length) {
    expect(examples.reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThanOrEqual(1500);
  }
});
