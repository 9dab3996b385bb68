// Every example in the five specs (what Prism serves, what the docs show) must be a value of
// the type the vendor's client gives it: each 2xx JSON example of the call's `data`, every
// other response example of its `error`, each request example of its `body`. A generated type that refuses the vendor's own example
// (`Record<string, never>` for a free-form object, an index signature its named properties do
// not fit) is one users cannot send or read real data through.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapperSampleOf } from '../../codegen/src/docs/wrapper-sample.js';
import { loadSpec } from '../../codegen/src/load/load-spec.js';
import { buildApiModel } from '../../codegen/src/model/api-model.js';
import { deref, isObject, type Json } from '../../codegen/src/model/json-ref.js';
import { repositoryRoot } from '../support/run-specsmith.js';
import { typeCheck, typeErrors, writeTypeProject } from '../support/type-check.js';

const vendors = ['xtremepush', 'xurrent', 'altcraft', 'xtrakit', 'journeyapps'];

/** The `application/json` response examples of one operation (`example`, or each of `examples`), by status. */
function responseExamples(document: Json, path: string, method: string): { status: string; value: unknown }[] {
  const paths = isObject(document['paths']) ? document['paths'] : {};
  const definition = deref(document, deref(document, paths[path])?.[method]);
  const responses = isObject(definition?.['responses']) ? definition['responses'] : {};
  const found: { status: string; value: unknown }[] = [];
  for (const [status, response] of Object.entries(responses)) {
    const content = deref(document, response)?.['content'];
    const media = isObject(content) ? deref(document, content['application/json']) : undefined;
    if (!media) continue;
    if (media['example'] !== undefined) found.push({ status, value: media['example'] });
    const examples = isObject(media['examples']) ? Object.values(media['examples']) : [];
    for (const example of examples) {
      const value = deref(document, example)?.['value'];
      if (value !== undefined) found.push({ status, value });
    }
  }
  return found;
}

/** The request body examples of one operation, from the media type its `body` is typed by (JSON first). */
function requestExamples(document: Json, path: string, method: string): unknown[] {
  const paths = isObject(document['paths']) ? document['paths'] : {};
  const definition = deref(document, deref(document, paths[path])?.[method]);
  const content = deref(document, definition?.['requestBody'])?.['content'];
  if (!isObject(content)) return [];
  const media = deref(document, content['application/json'] ?? Object.values(content)[0]);
  if (!media) return [];
  const examples = isObject(media['examples']) ? Object.values(media['examples']).map((example) => deref(document, example)?.['value']) : [];
  return [media['example'], ...examples].filter((value) => value !== undefined);
}

let directory: string;
const counts: Record<string, number> = {};
const errorCounts: Record<string, number> = {};
const requestCounts: Record<string, number> = {};

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const vendor of vendors) {
    const spec = await loadSpec(join(repositoryRoot, 'specs', vendor, 'openapi.yaml'), { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    const { factory, options } = wrapperSampleOf(repositoryRoot, vendor, model).client;
    const lines = [`import { ${factory} } from '@specsmith/${vendor}';`, `const client = ${factory}({ ${options.join(', ')} });`];
    counts[vendor] = 0;
    errorCounts[vendor] = 0;
    requestCounts[vendor] = 0;
    for (const operation of model.operations) {
      const method = `client.${operation.resource}.${operation.methodName}`;
      for (const [index, { status, value }] of responseExamples(spec.document, operation.path, operation.method).entries()) {
        // Result mode: `data` for a 2xx, `error` for the rest.
        const field = /^2/.test(status) ? 'data' : 'error';
        lines.push(`export const ${operation.operationId}_${status}_${index}: Awaited<ReturnType<typeof ${method}>>['${field}'] = ${JSON.stringify(value)};`);
        if (field === 'data') counts[vendor] += 1;
        else errorCounts[vendor] += 1;
      }
      for (const [index, value] of requestExamples(spec.document, operation.path, operation.method).entries()) {
        lines.push(`export const ${operation.operationId}_body_${index}: NonNullable<NonNullable<Parameters<typeof ${method}>[0]>['body']> = ${JSON.stringify(value)};`);
        requestCounts[vendor] += 1;
      }
    }
    files[`${vendor}.ts`] = `${lines.join('\n')}\n`;
  }
  // A response and a body Xurrent's types must refuse (an id is a number, a name a string), so the check is seen to bite.
  files['canary.ts'] = [
    "import { createXurrentClient } from '@specsmith/xurrent';",
    "const client = createXurrentClient({ token: 't', account: 'a' });",
    "export const wrong: Awaited<ReturnType<typeof client.requests.get>>['data'] = { id: 'not a number', subject: 'VPN is down' };",
    "export const wrongBody: NonNullable<NonNullable<Parameters<typeof client.teams.create>[0]>['body']> = { name: 42 };",
    '',
  ].join('\n');
  directory = await writeTypeProject(files);
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe("the specs' examples", () => {
  it('exist for every vendor: successes, failures and request bodies', () => {
    for (const vendor of vendors) {
      expect(counts[vendor], vendor).toBeGreaterThan(0);
      expect(errorCounts[vendor], vendor).toBeGreaterThan(0);
      expect(requestCounts[vendor], vendor).toBeGreaterThan(0);
    }
  });

  it("are values of the client's data, error and body types; only the canary is refused", async () => {
    const { ok, output } = await typeCheck(directory);
    expect(ok).toBe(false);
    const errors = typeErrors(output);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/\/canary\.ts\(3,\d+\): error TS2322: Type 'string' is not assignable to type 'number'\./);
    expect(errors[1]).toMatch(/\/canary\.ts\(4,\d+\): error TS2322: Type 'number' is not assignable to type 'string'\./);
  });
});
