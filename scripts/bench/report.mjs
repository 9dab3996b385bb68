// Renders the benchmark figures as BENCHMARKS.md, with each target judged from the figures.
import { readFileSync } from 'node:fs';
import { fmt } from './measure.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok) => (ok ? '**met**' : '**missed**');

export function renderBenchmarks(results, command) {
  const lines = [
    '# Benchmarks',
    '',
    `Measured with \`${command}\` on ${results.machine}, ${results.date.slice(0, 10)}.`,
    'Peers run in the same invocation, interleaved; times are median (min–max) in milliseconds unless noted.',
    'Absolute times on this 2-core machine are noisy; the ratios are what count.',
    '',
  ];
  if (results.generation) {
    lines.push('## 1. Generation', '', '| spec | tool | wall ms | peak RSS MB | output |', '| --- | --- | --- | --- | --- |');
    for (const row of results.generation) lines.push(`| ${row.spec} | ${row.tool} | ${fmt(row.wallMs)} | ${fmt(row.peakMb)} | ${kb(row.outputBytes)} |`);
    const github = results.generation.filter((row) => row.spec.startsWith('github'));
    const ours = github.find((row) => row.tool === 'specsmith');
    const redocly = github.find((row) => row.tool === 'redocly generate-client');
    if (ours && redocly) {
      const ratio = ours.wallMs.median / redocly.wallMs.median;
      lines.push('', `Target ≤ 0.5× Redocly's wall time on GitHub's spec: ${ratio.toFixed(2)}× — ${verdict(ratio <= 0.5)}.`);
    }
    lines.push('');
  }
  if (results.noop) {
    lines.push('## No-op regeneration (every vendor and the docs, from the cache)', '');
    lines.push(`- \`node codegen/bin/specsmith.js generate\`: ${fmt(results.noop.direct)} ms`);
    lines.push(`- \`npm run generate\` (adds npm's own start-up): ${fmt(results.noop.viaNpm)} ms`);
    lines.push('', `Target < 500 ms: ${verdict(results.noop.direct.median < 500)} for the generator, ${verdict(results.noop.viaNpm.median < 500)} through npm.`, '');
  }
  if (results.editLoop) {
    lines.push(
      '## The edit loop: one vendor spec edited, then `npm run generate` (its package, its docs page and the index)',
      '',
      '| vendor | `npm run generate` ms | the bin alone ms |',
      '| --- | --- | --- |',
    );
    for (const row of results.editLoop) lines.push(`| ${row.vendor} | ${fmt(row.viaNpm)} | ${fmt(row.direct)} |`);
    const slowest = Math.max(...results.editLoop.map((row) => row.viaNpm.median));
    lines.push('', `Target ≤ 1.0 s for every vendor: slowest median ${slowest} ms — ${verdict(slowest <= 1000)}.`, '');
  }
  if (results.watch) {
    lines.push(
      '## The edit loop under `specsmith generate --watch`: from the save to the `written` line',
      '',
      '| vendor | to its package written ms | to the docs written ms |',
      '| --- | --- | --- |',
    );
    for (const row of results.watch) lines.push(`| ${row.vendor} | ${fmt(row.toPackage)} | ${fmt(row.toDocs)} |`);
    const slowest = Math.max(...results.watch.map((row) => row.toPackage.median));
    const slowestDocs = Math.max(...results.watch.map((row) => row.toDocs.median));
    lines.push(
      '',
      `Target ≤ 300 ms: the package, slowest median ${slowest} ms — ${verdict(slowest <= 300)}; with its docs page and the index, slowest median ${slowestDocs} ms — ${verdict(slowestDocs <= 300)}.`,
      '',
    );
  }
  if (results.typecheck) {
    lines.push(
      '## 2. Type-check cost (strict tsc, consumer file calling one operation)',
      '',
      '| spec | client | total ms | check s | instantiations | TS2589 | errors |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const row of results.typecheck)
      lines.push(`| ${row.spec} | ${row.tool} | ${fmt(row.totalMs)} | ${row.checkSeconds.toFixed(2)} | ${row.instantiations} | ${row.ts2589 ? 'yes' : 'no'} | ${row.errors} |`);
    const [ours, theirs] = results.typecheck;
    if (ours && theirs)
      lines.push('', `Target ≤ Redocly's and never TS2589: ${(ours.totalMs.median / theirs.totalMs.median).toFixed(2)}× — ${verdict(ours.totalMs.median <= theirs.totalMs.median && !ours.ts2589)}.`);
    lines.push('');
  }
  if (results.runtime) {
    lines.push(
      '## 3. Runtime overhead (GET /requests/{id}, loopback server in another process; ours with auth, retry, x-ratelimit pacing and typed errors on, the 20-per-2 s burst limit off)',
      '',
      '| client | median µs | p99 µs | req/s at concurrency 16 |',
      '| --- | --- | --- | --- |',
    );
    for (const row of results.runtime) lines.push(`| ${row.client} | ${row.medianUs} | ${row.p99Us} | ${row.requestsPerSecond} |`);
    const by = Object.fromEntries(results.runtime.map((row) => [row.client, row]));
    const ours = by['@specsmith/xurrent'];
    if (ours) {
      const latencyRatio = ours.medianUs / by['raw fetch'].medianUs;
      const throughputRatio = ours.requestsPerSecond / by['openapi-fetch'].requestsPerSecond;
      lines.push(
        '',
        `Targets: ≤ 1.10× raw fetch latency: ${latencyRatio.toFixed(2)}× — ${verdict(latencyRatio <= 1.1)}; ≥ 0.95× plain openapi-fetch throughput: ${throughputRatio.toFixed(2)}× — ${verdict(throughputRatio >= 0.95)}.`,
      );
      const withSignal = by['raw fetch + AbortSignal'];
      if (withSignal)
        lines.push(
          '',
          `For reference: fetch with a per-call AbortSignal (what per-attempt timeouts need) is ${(withSignal.medianUs / by['raw fetch'].medianUs).toFixed(2)}× raw fetch; ours is ${(ours.medianUs / withSignal.medianUs).toFixed(2)}× that.`,
        );
    }
    lines.push('');
  }
  if (results.runtimeVendors) {
    lines.push(
      "Every vendor's wrapper on its descriptor's read, against raw fetch sending the same request (same loopback server, the vendor's success envelope as the answer):",
      '',
      '| vendor | operation | raw fetch median µs | wrapper median µs | wrapper p99 µs | × raw |',
      '| --- | --- | --- | --- | --- | --- |',
      ...results.runtimeVendors.map((row) => `| ${row.vendor} | ${row.operationId} | ${row.rawMedianUs} | ${row.medianUs} | ${row.p99Us} | ${row.ratio.toFixed(2)} |`),
      '',
    );
  }
  if (results.fleet) {
    const { skipped, rows, addedP50Us, addedP99Us } = results.fleet;
    lines.push('### Fleet store overhead (@specsmith/xurrent, GET /requests/{id}, sequential; `fleet: redisFleet` on a loopback redis-server beside the local pacer)', '');
    if (skipped) lines.push(`Not measured: ${skipped}.`, '');
    else {
      lines.push('| path | p50 µs | p99 µs |', '| --- | --- | --- |', ...rows.map((row) => `| ${row.client} | ${row.p50Us} | ${row.p99Us} |`), '');
      lines.push(`Added per call by the fleet store: p50 ${addedP50Us} µs, p99 ${addedP99Us} µs. Goal ≤ 150 µs at p50: ${verdict(addedP50Us <= 150)}.`, '');
    }
  }
  if (results.size) {
    const { reference, rows } = results.size;
    lines.push('## 4. Bundle size (esbuild, minified, gzip)', '', '| bundle | min | min+gzip | by package (min) |', '| --- | --- | --- | --- |');
    for (const [name, row] of Object.entries(rows)) {
      if (row.error) {
        lines.push(`| ${name} | — | — | failed: ${row.error} |`);
        continue;
      }
      const parts = Object.entries(row.byPackage)
        .sort((a, b) => b[1] - a[1])
        .map(([part, bytes]) => `${part} ${kb(bytes)}`)
        .join(', ');
      lines.push(`| ${name} | ${kb(row.minBytes)} | ${kb(row.gzipBytes)} | ${parts} |`);
    }
    const ours = Object.entries(rows).find(([name]) => name.startsWith(`@specsmith/${reference} `))?.[1];
    const redocly = rows[`redocly generate-client (${reference})`];
    if (ours) {
      lines.push('', `Target for \`@specsmith/${reference}\`: ≤ 12 KB min+gzip as a first step: ${kb(ours.gzipBytes)} — ${verdict(ours.gzipBytes <= 12 * 1024)}.`);
      if (redocly?.gzipBytes)
        lines.push(`Goal ≤ Redocly's client for the same spec (${kb(redocly.gzipBytes)}): ${(ours.gzipBytes / redocly.gzipBytes).toFixed(2)}× — ${verdict(ours.gzipBytes <= redocly.gzipBytes)}.`);
    }
    lines.push('');
  }
  if (results.sizeFeatures) {
    const { fullGzipBytes, rows, withoutAllGzipBytes } = results.sizeFeatures;
    lines.push(
      `What each optional part of core adds to the ${results.size?.reference ?? 'reference vendor'}'s bundle (min+gzip), measured by bundling it again with that part's modules stubbed out:`,
      '',
      '| part | adds |',
      '| --- | --- |',
      ...rows.map((row) => `| ${row.feature} | ${kb(row.savedGzipBytes)} |`),
      '',
      `With all of them stubbed out the bundle is still ${kb(withoutAllGzipBytes)} (of ${kb(fullGzipBytes)}): the call itself (attempts, timeouts, typed errors and their messages), the caller, the generated operation table and core's own serializers.`,
      '',
    );
  }
  if (results.memory) {
    const row = results.memory;
    lines.push(
      '## 5. Memory at scale',
      '',
      `Largest description found in an npm package: ${row.spec} (${row.specMb.toFixed(0)} MB). \`specsmith generate --spec\`: ${Math.round(row.wallMs)} ms wall, ${Math.round(row.peakMb)} MB peak RSS (24 GB machine).`,
      '',
    );
  }
  // The hand-written record of what changed which figure (scripts/bench/history.md).
  lines.push(readFileSync(new URL('./history.md', import.meta.url), 'utf8'));
  return `${lines.join('\n')}\n`;
}
