// The consumer's view: `npm pack` the runtime and generated packages, install the tarballs
// into a scratch project outside the workspace (no workspace links, no hoisting), type-check
// a consumer file under strict tsc, and run it against the Prism mock; and every vendor's
// packages, installed the same way, load with their descriptors. (npm test runs this suite on
// each tested Node version.)
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repositoryRoot } from '../support/run-specsmith.js';
import { vendorSpecs } from '../support/vendors.js';

const run = promisify(execFile);
const tsc = join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc');

const consumer = `import { createXurrentClient, type XurrentClient } from '@specsmith/xurrent';
import { ApiError } from '@specsmith/core';

const baseUrl = (globalThis as { process?: { argv: string[] } }).process?.argv[2] ?? 'http://127.0.0.1:1';
const xurrent: XurrentClient = createXurrentClient({ token: 'consumer-token', account: 'widget', baseUrl });

const { data, error } = await xurrent.requests.get({ params: { path: { id: 70453 } } });
if (error) throw new Error('unexpected error');
const subject: string = data.subject ?? '(none)';

// @ts-expect-error -- the account header is configured once, never a per-call parameter
await xurrent.requests.get({ params: { path: { id: 1 }, header: { 'X-Xurrent-Account': 'other' } } }).catch(() => undefined);

const strict = createXurrentClient({ token: 'consumer-token', account: 'widget', baseUrl, throwOnError: true });
try {
  await strict.requests.get({ params: { path: { id: 70453 } }, headers: { Prefer: 'code=404' } });
  console.log(JSON.stringify({ subject, thrown: null }));
} catch (failure) {
  console.log(JSON.stringify({ subject, thrown: failure instanceof ApiError ? [failure.name, failure.status] : String(failure) }));
}
`;

describe('consumer install', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'specsmith-consumer-'));
  });
  afterAll(async () => rm(scratch, { recursive: true, force: true }));

  it('packs, installs outside the workspace, type-checks strictly and runs against Prism', async () => {
    const packages = ['@specsmith/core', '@specsmith/xurrent-api', '@specsmith/xurrent'];
    await run('npm', ['pack', '--silent', '--pack-destination', scratch, ...packages.flatMap((name) => ['-w', name])], { cwd: repositoryRoot });
    const tarballs = (await readdir(scratch)).filter((name) => name.endsWith('.tgz')).sort();
    expect(tarballs).toEqual(['specsmith-core-0.1.0.tgz', 'specsmith-xurrent-0.1.0.tgz', 'specsmith-xurrent-api-0.1.0.tgz']);

    await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((name) => `./${name}`)], { cwd: scratch });
    await writeFile(join(scratch, 'consumer.ts'), consumer);
    await writeFile(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          verbatimModuleSyntax: true,
          lib: ['ES2023', 'DOM'],
          types: [],
          outDir: 'out',
        },
        files: ['consumer.ts'],
      }),
    );
    const compiled = await run(process.execPath, [tsc, '-p', scratch]).catch((error: { stdout: string }) => error);
    expect('stdout' in compiled ? compiled.stdout : '').toBe('');

    const { stdout } = await run(process.execPath, [join(scratch, 'out', 'consumer.js'), inject('prismUrls')['xurrent'] ?? ''], { cwd: scratch });
    expect(JSON.parse(stdout)).toEqual({ subject: expect.any(String), thrown: ['NotFoundError', 404] });
  });

  it('installs every vendor package from its tarballs and loads each wrapper with its descriptor', async () => {
    const directory = join(scratch, 'every-vendor');
    const vendors = vendorSpecs().map((vendor) => vendor.key);
    const packages = ['@specsmith/core', ...vendors.flatMap((vendor) => [`@specsmith/${vendor}-api`, `@specsmith/${vendor}`])];
    await mkdir(directory);
    await run('npm', ['pack', '--silent', '--pack-destination', directory, ...packages.flatMap((name) => ['-w', name])], { cwd: repositoryRoot });
    const tarballs = (await readdir(directory)).filter((name) => name.endsWith('.tgz')).sort();
    expect(tarballs).toHaveLength(packages.length);
    await writeFile(join(directory, 'package.json'), JSON.stringify({ name: 'every-vendor', private: true, type: 'module' }));
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs.map((name) => `./${name}`)], { cwd: directory });
    const probe = `const loaded = {};
for (const vendor of ${JSON.stringify(vendors)}) {
  const wrapper = await import('@specsmith/' + vendor);
  loaded[vendor] = [wrapper.descriptor.vendor, typeof wrapper.descriptor.create, Object.keys(wrapper.descriptor.api.operations).length > 0];
}
console.log(JSON.stringify(loaded));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: directory });
    expect(JSON.parse(stdout)).toEqual(Object.fromEntries(vendors.map((vendor) => [vendor, [vendor, 'function', true]])));
  });
});
