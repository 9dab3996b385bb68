// The usage sample of every generated README (the five vendors', and one `specsmith generate
// --spec` writes for a spec of one's own) compiles under strict tsc against core's createClient
// and the package it documents, so the README cannot show an API that is not there.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith } from '../support/run-specsmith.js';
import { typeCheck, typeErrors, writeTypeProject } from '../support/type-check.js';

const VENDORS = ['xtremepush', 'xurrent', 'altcraft', 'xtrakit', 'journeyapps'];

/** The first TypeScript block of a package's README. */
async function usageIn(directory: string): Promise<string> {
  const readme = await readFile(join(directory, 'README.md'), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error(`${directory}/README.md has no ts block`);
  return block;
}

const usageOf = (vendor: string) => usageIn(`generated/${vendor}`);

let directory: string;
beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const vendor of VENDORS) files[`${vendor}.ts`] = `${await usageOf(vendor)}export { data, error, response };\n`;
  // A sample that calls what the package does not have, so the check is seen to bite.
  files['canary.ts'] = `${(await usageOf('xtrakit')).replace('client.sales.list()', 'client.sales.remove()')}export { data };\n`;
  directory = await writeTypeProject(files);
  // A package `specsmith generate --spec` writes for a spec of one's own, its README's import pointed at it.
  const sink = join(directory, 'sink');
  expect((await runSpecsmith(['generate', '--quiet', '--spec', 'test/fixtures/specs/kitchen-sink.yaml', '--name', 'sink', '--out', sink])).exitCode).toBe(0);
  await writeFile(join(directory, 'sink.ts'), `${(await usageIn(sink)).replace("from '@specsmith/sink-api'", "from './sink/src/index.js'")}export { data, error, response };\n`);
});
afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('the usage sample of each generated README', () => {
  it.each(VENDORS)('%s: imports createClient from @specsmith/core and api from the package', async (vendor) => {
    const usage = await usageOf(vendor);
    expect(usage).toContain(`import { api } from '@specsmith/${vendor}-api';`);
    expect(usage).toMatch(/^import \{ createClient(, basicAuth)? \} from '@specsmith\/core';$/m);
    expect(usage).toMatch(/^const client = createClient\(api, \{ baseUrl: 'https:\/\/[^']+', (token|auth): /m);
  });

  it('type-checks under strict tsc; only the canary is refused', async () => {
    const { ok, output } = await typeCheck(directory);
    expect(ok).toBe(false);
    const errors = typeErrors(output);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/\/canary\.ts\(5,\d+\): error TS2339: Property 'remove' does not exist on type /);
  });
});
