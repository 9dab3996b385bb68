// Adding a vendor is its spec, one redocly.yaml entry and its wrapper folder: in a temporary
// copy of the repository with only those added (test/fixtures/sixth-vendor/), the generator
// writes its package, the shared suites' vendor list picks it up from redocly.yaml, and one
// contract case and one fault case of the shared suites pass on it, through their own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { startPrism, type PrismServer } from '../support/prism.js';
import { operationSamples } from '../support/request-samples.js';
import { runSpecsmith } from '../support/run-specsmith.js';
import { callThroughProxy, expectSpecExample } from '../support/shared-cases.js';
import { readSpecDocument } from '../support/spec-document.js';
import { makeTempDir } from '../support/temp-dir.js';
import { addVendor, changedFiles, fixtureFiles, linkRepository, transpile } from '../support/vendor-workspace.js';
import { loadVendors, repositoryRoot, vendorSpecs, type Vendor } from '../support/vendors.js';

const FIXTURE = join(repositoryRoot, 'test', 'fixtures', 'sixth-vendor');
const KEY = 'sixth';

/** The files of the shared suites, bench and their helpers: none may name a vendor, so none needs an edit for a new one. */
const SHARED_FILES = [
  'scripts/bench.mjs',
  'scripts/bench/generation.mjs',
  'scripts/bench/runtime-vendors.mjs',
  'scripts/bench/size.mjs',
  'test/contract/errors.test.ts',
  'test/contract/operations.test.ts',
  'test/contract/prism-examples.test.ts',
  'test/contract/vendors.test.ts',
  'test/core/canary-harness.test.ts',
  'test/faults/matrix.test.ts',
  'test/faults/retries.test.ts',
  'test/hardening/supply-chain.test.ts',
  'test/load/load-runner.mjs',
  'test/load/load.test.ts',
  'test/load/stub-server.mjs',
  'test/setup/prism-global.ts',
  'test/support/contract-clients.ts',
  'test/support/shared-cases.ts',
  'test/support/vendors.ts',
];

describe('a sixth vendor added to a copy of the repository', () => {
  let workspace: { path: string; remove: () => Promise<void> } | undefined;
  let prism: PrismServer | undefined;
  let proxy: FaultProxy | undefined;
  let vendors: Vendor[] = [];
  let sixth: Vendor;

  beforeAll(async () => {
    workspace = await makeTempDir('sixth-vendor');
    linkRepository(workspace.path);
    addVendor(workspace.path, FIXTURE, KEY);
    const generated = await runSpecsmith(['generate', '--quiet', KEY], workspace.path);
    expect(generated.stderr).toBe('');
    expect(generated.exitCode).toBe(0);
    await transpile(join(workspace.path, 'generated', KEY));
    await transpile(join(workspace.path, 'packages', KEY));
    vendors = await loadVendors(workspace.path);
    sixth = vendors.find((vendor) => vendor.key === KEY) as Vendor;
    prism = await startPrism(sixth.specFile, { timeoutMs: 30_000 });
    proxy = await startFaultProxy(prism.url);
  }, 60_000);

  afterAll(async () => {
    await proxy?.stop();
    await prism?.stop();
    await workspace?.remove();
  });

  it('is listed, with its descriptor, by the vendor list every shared suite iterates', () => {
    expect(vendors.map((vendor) => vendor.key)).toEqual([KEY, ...vendorSpecs().map((vendor) => vendor.key)]);
    expect([sixth.packageName, sixth.descriptor.title, sixth.specFile]).toEqual(['@specsmith/sixth', 'Sixth', join(workspace?.path ?? '', 'specs', KEY, 'openapi.yaml')]);
  });

  it('changed no file but its own: the spec, its redocly.yaml entry, its wrapper folder and what the generator wrote', () => {
    const own = fixtureFiles(FIXTURE).map((file) => file.to);
    const changed = changedFiles(workspace?.path ?? '');
    // tsconfig.build.json is the generator's: it writes the build's references from redocly.yaml.
    expect(changed.filter((file) => !file.startsWith(`generated/${KEY}/`))).toEqual([...own, 'redocly.yaml', 'tsconfig.build.json'].sort());
    const references = (JSON.parse(readFileSync(join(workspace?.path ?? '', 'tsconfig.build.json'), 'utf8')) as { references: { path: string }[] }).references.map((entry) => entry.path);
    expect(references).toEqual(expect.arrayContaining([`generated/${KEY}`, `packages/${KEY}`]));
    expect(changed.filter((file) => file.startsWith(`generated/${KEY}/`))).toContain(`generated/${KEY}/package.json`);
    const entry = '  sixth:\n    root: specs/sixth/openapi.yaml\n';
    expect(readFileSync(join(workspace?.path ?? '', 'redocly.yaml'), 'utf8')).toBe(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8').replace('apis:\n', `apis:\n${entry}`));
  });

  it('passes the contract case: its read through the wrapper returns the spec example, Prism sees no violation', async () => {
    const sample = operationSamples(readSpecDocument(sixth.specFile)).find((candidate) => candidate.operationId === sixth.descriptor.read.operationId);
    if (!sample) throw new Error(`the sixth spec has no sample for ${sixth.descriptor.read.operationId}`);
    expect(sample.expected.status).toBe(200);
    expect(await expectSpecExample(sixth, prism?.url ?? '', sample)).toBe(200);
  });

  it('passes the fault case: its read is retried through a 503 and then answered', async () => {
    proxy?.script({ kind: 'respond', status: 503, body: '{}' });
    const { sent, outcome } = callThroughProxy(sixth, proxy?.url ?? '', sixth.descriptor.read);
    expect((await outcome).data).toEqual({ status: 200, message: 'Widget found', data: { id: 7, name: 'Sprocket', size: 3 } });
    expect(proxy?.requests.map((request) => [request.step, request.path])).toEqual([
      ['respond', '/widgets/7'],
      ['forward', '/widgets/7'],
    ]);
    expect(sent).toHaveLength(2);
  });
});

describe('the shared suites', () => {
  it.each(SHARED_FILES)('%s names no vendor', (file) => {
    const text = readFileSync(join(repositoryRoot, file), 'utf8').toLowerCase();
    expect(
      vendorSpecs()
        .map((vendor) => vendor.key)
        .filter((key) => text.includes(key)),
    ).toEqual([]);
  });
});
