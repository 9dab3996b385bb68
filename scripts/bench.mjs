// npm run bench: every benchmark side by side with its peer, in one run on this machine,
// written to BENCHMARKS.md (and the raw figures to bench-results/latest.json).
// Not a test: it measures and records; the targets are judged in BENCHMARKS.md.
// Options: --quick (fewer runs), --only=generation,noop,edit-loop,watch,typecheck,runtime,fleet,size,memory
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { benchGeneration, benchNoop } from './bench/generation.mjs';
import { benchTypecheck } from './bench/typecheck.mjs';
import { benchMemory } from './bench/memory.mjs';
import { vendorSpecs } from './bench/vendors.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = (args.find((arg) => arg.startsWith('--only='))?.slice(7) ?? 'generation,noop,edit-loop,watch,typecheck,runtime,fleet,size,memory').split(',');
const github = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const vendors = vendorSpecs();
const results = { date: new Date().toISOString(), machine: `${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}` };
const log = (line) => process.stderr.write(`${line}\n`);

if (only.includes('generation')) {
  log('==> generation');
  const specs = Object.fromEntries(vendors.map((vendor) => [vendor.key, vendor.specFile]));
  results.generation = [...benchGeneration(specs, quick ? 2 : 5), ...benchGeneration({ 'github (@octokit/openapi)': github }, quick ? 2 : 5)];
}
if (only.includes('noop')) {
  log('==> no-op generate');
  results.noop = benchNoop(quick ? 3 : 10);
}
if (only.includes('edit-loop')) {
  log('==> edit one vendor spec, then generate');
  const { benchEditLoop } = await import('./bench/edit-loop.mjs');
  results.editLoop = benchEditLoop(quick ? 2 : 5);
}
if (only.includes('watch')) {
  log('==> generate --watch, one save');
  const { benchWatch } = await import('./bench/edit-loop.mjs');
  results.watch = await benchWatch(quick ? 3 : 8);
}
if (only.includes('typecheck')) {
  log('==> type-check cost');
  const out = mkdtempSync(join(tmpdir(), 'bench-typecheck-'));
  execFileSync(process.execPath, ['codegen/bin/specsmith.js', 'generate', '--quiet', '--force', '--spec', github, '--name', 'github', '--out', join(out, 'ours')]);
  execFileSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'generate-client', github, '-o', join(out, 'redocly', 'client.ts')], { stdio: 'ignore' });
  results.typecheck = benchTypecheck(
    'github (@octokit/openapi)',
    {
      oursDirectory: join(out, 'ours'),
      redoclyClient: join(out, 'redocly', 'client.ts'),
      oursCall:
        "import { createResources } from './src/index.js';\nconst github = createResources(async () => ({ data: undefined, response: new Response() }));\nconst { data } = await github.repos.getContent({ params: { path: { owner: 'o', repo: 'r', path: 'README.md' } } });\nexport const size = Array.isArray(data) ? data.length : data?.size;\n",
      redoclyCall:
        "import { repos_get_content } from './client.js';\nconst data = await repos_get_content({ path: { owner: 'o', repo: 'r', path: 'README.md' } });\nexport const size = Array.isArray(data) ? data.length : (data as { size?: number }).size;\n",
    },
    quick ? 1 : 3,
  );
  rmSync(out, { recursive: true, force: true });
}
if (only.includes('runtime')) {
  log('==> runtime overhead');
  const { benchRuntime } = await import('./bench/runtime.mjs');
  results.runtime = await benchRuntime(quick ? { rounds: 4 } : {});
  const { benchRuntimeVendors } = await import('./bench/runtime-vendors.mjs');
  results.runtimeVendors = await benchRuntimeVendors(quick ? { count: 500 } : {});
}
if (only.includes('fleet')) {
  log('==> fleet store overhead');
  const { benchFleet } = await import('./bench/fleet.mjs');
  results.fleet = await benchFleet(quick ? { count: 1000 } : {});
}
if (only.includes('size')) {
  log('==> bundle size');
  const { benchSize, benchSizeFeatures } = await import('./bench/size.mjs');
  results.size = await benchSize();
  results.sizeFeatures = await benchSizeFeatures();
}
if (only.includes('memory')) {
  log('==> memory at scale');
  results.memory = benchMemory();
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
const { renderBenchmarks } = await import('./bench/report.mjs');
writeFileSync('BENCHMARKS.md', renderBenchmarks(results, `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`));
log('wrote BENCHMARKS.md and bench-results/latest.json');
