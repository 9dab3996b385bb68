// Supply chain: what a consumer installs with a Specsmith client is small and pinned. The
// runtime packages (core, every wrapper in redocly.yaml and its generated package) depend on
// one another only; no third-party package reaches an application. (`npm audit` needs the
// registry's advisory endpoint, which this environment does not reach; see README "Reliability".)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vendorSpecs } from '../support/vendors.js';

const run = promisify(execFile);
const VENDORS = vendorSpecs().map((vendor) => vendor.key);
const dependenciesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};

describe('runtime dependencies', () => {
  it('@specsmith/core depends on nothing', () => {
    expect(dependenciesOf('packages/core/package.json')).toEqual({});
  });

  it.each(VENDORS)('@specsmith/%s depends on core and its generated package, pinned; the generated package on core alone', (vendor) => {
    expect(dependenciesOf(`packages/${vendor}/package.json`)).toEqual({ '@specsmith/core': '0.1.0', [`@specsmith/${vendor}-api`]: '0.1.0' });
    expect(dependenciesOf(`generated/${vendor}/package.json`)).toEqual({ '@specsmith/core': '0.1.0' });
  });

  it('the whole third-party closure of the runtime packages is empty', async () => {
    const workspaces = ['@specsmith/core', ...VENDORS.flatMap((vendor) => [`@specsmith/${vendor}`, `@specsmith/${vendor}-api`])];
    const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable', '--long', ...workspaces.flatMap((name) => ['-w', name])]);
    const names = new Set(stdout.split('\n').map((line) => (line.split(':')[1] ?? '').replace(/@[^@/]*$/, '')).filter((name) => name.length > 0));
    // The listing holds every runtime package (so an empty rest means something), and nothing else.
    expect([...names].filter((name) => name.startsWith('@specsmith/')).sort()).toEqual([...workspaces].sort());
    expect([...names].filter((name) => !name.startsWith('@specsmith/') && name !== 'specsmith')).toEqual([]);
  });
});
