// Supply chain: what a consumer installs with a Specsmith client is small and pinned. The
// runtime packages (core, every wrapper in redocly.yaml and its generated package) depend on
// one another only; no third-party package reaches an application. An optional peer dependency
// (node-redis for core's fleet entry) is installed only by an application that wants it, so it
// is listed apart and left out of the closure. (`npm audit` needs the
// registry's advisory endpoint, which this environment does not reach; see README "Reliability".)
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { vendorSpecs } from '../support/vendors.js';

const run = promisify(execFile);
const VENDORS = vendorSpecs().map((vendor) => vendor.key);
const dependenciesOf = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {};
const manifest = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }> };
/** A package's optional peers: the ones npm does not install for it. */
const optionalPeersOf = (file: string) => Object.keys(manifest(file).peerDependencies ?? {}).filter((name) => manifest(file).peerDependenciesMeta?.[name]?.optional === true);

describe('runtime dependencies', () => {
  it('@specsmith/core depends on nothing; node-redis is an optional peer, for its fleet entry alone', () => {
    expect(dependenciesOf('packages/core/package.json')).toEqual({});
    expect(manifest('packages/core/package.json').peerDependencies).toEqual({ '@redis/client': '^6.3.1' });
    expect(optionalPeersOf('packages/core/package.json')).toEqual(['@redis/client']);
  });

  it.each(VENDORS)('@specsmith/%s depends on core and its generated package, pinned; the generated package on core alone', (vendor) => {
    expect(dependenciesOf(`packages/${vendor}/package.json`)).toEqual({ '@specsmith/core': '0.1.0', [`@specsmith/${vendor}-api`]: '0.1.0' });
    expect(dependenciesOf(`generated/${vendor}/package.json`)).toEqual({ '@specsmith/core': '0.1.0' });
  });

  it('the whole third-party closure of the runtime packages is empty', async () => {
    const workspaces = ['@specsmith/core', ...VENDORS.flatMap((vendor) => [`@specsmith/${vendor}`, `@specsmith/${vendor}-api`])];
    const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable', '--long', ...workspaces.flatMap((name) => ['-w', name])]);
    const optional = new Set(['packages/core', ...VENDORS.flatMap((vendor) => [`packages/${vendor}`, `generated/${vendor}`])].flatMap((dir) => optionalPeersOf(`${dir}/package.json`)));
    // npm ls lists an optional peer whenever the workspace has it installed (here, for the tests); a consumer does not get it.
    const names = new Set(
      stdout
        .split('\n')
        .map((line) => (line.split(':')[1] ?? '').replace(/@[^@/]*$/, ''))
        .filter((name) => name.length > 0 && !optional.has(name)),
    );
    // The listing holds every runtime package (so an empty rest means something), and nothing else.
    expect([...names].filter((name) => name.startsWith('@specsmith/')).sort()).toEqual([...workspaces].sort());
    expect([...names].filter((name) => !name.startsWith('@specsmith/') && name !== 'specsmith')).toEqual([]);
  });
});
