// The specs the types oracle compares the two emitters on. The corpus is: the five vendor specs
// (from redocly.yaml, the one list of vendors), GitHub's REST description from @octokit/openapi
// (about 1,000 operations and 900 schemas: the large real-world case) and every top-level JSON
// spec of @readme/oas-examples 8.2.2 (3.0/json/*.json and 3.1/json/*.json), a set of small public
// specs written to exercise one OpenAPI feature each (polymorphism, circular refs, nullable,
// enums, additionalProperties, parameter styles, 3.1 type arrays, webhooks...), so each schema
// construct the emitter handles is met at least once outside our own specs.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { vendorSpecs } from '../vendors.js';

export interface CorpusSpec {
  /** How checks and intended differences name the spec: the vendor key, `github`, or `oas-examples/3.0/<file>`. */
  readonly name: string;
  /** Absolute path of the root document. */
  readonly file: string;
  /** Vendor specs must carry an error catalogue to load; the public ones need not. */
  readonly requireErrorCatalogue: boolean;
  /**
   * Fewest checks its comparison may run, so a check file that lost its checks cannot pass: each
   * vendor spec and GitHub's have hundreds of parts; some oas-examples specs have no schema or
   * body at all and run only the control check.
   */
  readonly minimumChecks: number;
}

const require = createRequire(import.meta.url);

const examplesRoot = dirname(require.resolve('@readme/oas-examples/package.json'));

/** The JSON specs of one OpenAPI version folder of @readme/oas-examples, sorted by file name. */
function examples(version: '3.0' | '3.1'): CorpusSpec[] {
  const folder = join(examplesRoot, version, 'json');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name: `oas-examples/${version}/${name.replace(/\.json$/, '')}`, file: join(folder, name), requireErrorCatalogue: false, minimumChecks: 1 }));
}

export function corpus(): CorpusSpec[] {
  return [
    ...vendorSpecs().map((vendor) => ({ name: vendor.key, file: vendor.specFile, requireErrorCatalogue: true, minimumChecks: 100 })),
    { name: 'github', file: require.resolve('@octokit/openapi/generated/api.github.com.json'), requireErrorCatalogue: false, minimumChecks: 6000 },
    ...examples('3.0'),
    ...examples('3.1'),
  ];
}
