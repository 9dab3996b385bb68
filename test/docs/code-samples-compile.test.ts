// The TypeScript sample the docs show for every operation of every vendor must compile,
// under the strict base config, against the real @specsmith/<vendor> packages: a sample the
// types refuse is a docs page telling users to write code that does not build.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeSampleFor } from '../../codegen/src/docs/code-samples.js';
import { wrapperSampleOf } from '../../codegen/src/docs/wrapper-sample.js';
import { loadSpec } from '../../codegen/src/load/load-spec.js';
import { buildApiModel } from '../../codegen/src/model/api-model.js';
import { repositoryRoot } from '../support/run-specsmith.js';
import { typeCheck, typeErrors, writeTypeProject } from '../support/type-check.js';
import { vendorSpecs } from '../support/vendors.js';

const vendors = vendorSpecs();

// A sample the types must refuse (createRequest needs a subject), so the check is seen to bite.
const canary = [
  "import { createXurrentClient } from '@specsmith/xurrent';",
  "const client = createXurrentClient({ token: 't', account: 'a' });",
  "export const result = await client.requests.create({ body: { category: 'incident' } });",
  '',
].join('\n');

let directory: string;
const written: Record<string, number> = {};
const operations: Record<string, number> = {};

beforeAll(async () => {
  const files: Record<string, string> = { 'canary.ts': canary };
  for (const { key: vendor, specFile } of vendors) {
    const spec = await loadSpec(specFile, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const { client } = wrapperSampleOf(repositoryRoot, vendor, model);
    operations[vendor] = model.operations.length;
    written[vendor] = 0;
    for (const operation of model.operations) {
      const { source } = codeSampleFor(spec.document, client, operation);
      files[`${vendor}-${operation.operationId}.ts`] = `${source}export { data, error };\n`;
      written[vendor] += 1;
    }
  }
  directory = await writeTypeProject(files);
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('docs code samples', () => {
  it('cover every operation of every vendor in redocly.yaml', () => {
    expect(written).toEqual(operations);
    expect(Object.values(written).every((count) => count > 0)).toBe(true);
  });

  it('all compile against the generated packages; only the canary is refused', async () => {
    const { ok, output } = await typeCheck(directory);
    expect(ok).toBe(false);
    const errors = typeErrors(output);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\/canary\.ts\(3,54\): error TS2322: Type '\{ category: "incident"; \}' is not assignable to type /);
  });
});
