// Supply chain: what a consumer installs with a Specsmith client is small and pinned.
// The runtime closure of every published package is openapi-fetch and its one helper
// package; nothing else reaches an application. (`npm audit` needs the registry's advisory
// endpoint, which this environment does not reach; see README "Reliability".)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vendorSpecs } from '../support/vendors.js';

const run = promisify(execFile);
const VENDORS = vendorSpecs().map((vendor) => vendor.key);
const dependenciesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};

describe('runtime dependencies', () => {
  it('@specsmith/core depends on openapi-fetch only, pinned', () => {
    expect(dependenciesOf('packages/core/package.json')).toEqual({ 'openapi-fetch': '0.17.0' });
  });

  it.each(VENDORS)('@specsmith/%s depends on core, its generated package and openapi-fetch, pinned', (vendor) => {
    expect(dependenciesOf(`packages/${vendor}/package.json`)).toEqual({ '@specsmith/core': '0.1.0', [`@specsmith/${vendor}-api`]: '0.1.0', 'openapi-fetch': '0.17.0' });
    expect(dependenciesOf(`generated/${vendor}/package.json`)).toEqual({ 'openapi-fetch': '0.17.0' });
  });

  it('the whole third-party closure of the runtime packages is openapi-fetch and openapi-typescript-helpers', async () => {
    const workspaces = ['@specsmith/core', ...VENDORS.flatMap((vendor) => [`@specsmith/${vendor}`, `@specsmith/${vendor}-api`])];
    const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable', '--long', ...workspaces.flatMap((name) => ['-w', name])]);
    const thirdParty = new Set(
      stdout
        .split('\n')
        .map((line) => line.split(':')[1] ?? '')
        .filter((name) => name.length > 0 && !name.startsWith('@specsmith/') && name !== 'specsmith@'),
    );
    expect([...thirdParty].map((name) => name.replace(/@[^@]+$/, '')).sort()).toEqual(['openapi-fetch', 'openapi-typescript-helpers']);
  });
});
