// Generation benchmark: specsmith generate --spec vs redocly generate-client vs the
// openapi-typescript CLI, interleaved (A B C A B C …) so machine noise hits all three alike.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, summary } from './measure.mjs';

const node = process.execPath;
const specsmith = resolve('codegen/bin/specsmith.js');
const redocly = resolve('node_modules/@redocly/cli/bin/cli.js');
const openapiTs = resolve('node_modules/openapi-typescript/bin/cli.js');

function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.specsmith'))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const tools = {
  specsmith: (spec, out) => [node, [specsmith, 'generate', '--force', '--quiet', '--spec', spec, '--name', 'bench', '--out', out]],
  'redocly generate-client': (spec, out) => [node, [redocly, 'generate-client', spec, '-o', join(out, 'client.ts')]],
  'openapi-typescript': (spec, out) => [node, [openapiTs, spec, '-o', join(out, 'schema.ts')]],
};

export function benchGeneration(specs, runs) {
  const results = [];
  for (const [name, spec] of Object.entries(specs)) {
    const samples = Object.fromEntries(Object.keys(tools).map((tool) => [tool, { wall: [], peak: [], size: 0 }]));
    for (let run = 0; run < runs; run += 1) {
      for (const [tool, command] of Object.entries(tools)) {
        const out = mkdtempSync(join(tmpdir(), 'bench-gen-'));
        const [program, args] = command(resolve(spec), out);
        // Each tool runs in the empty output folder, so none picks up this repository's redocly.yaml.
        const { wallMs, peakMb } = measure(program, args, { cwd: out, env: { ...process.env, NO_COLOR: '1' } });
        samples[tool].wall.push(wallMs);
        samples[tool].peak.push(peakMb);
        samples[tool].size = sizeOf(out);
        rmSync(out, { recursive: true, force: true });
      }
    }
    for (const [tool, sample] of Object.entries(samples)) {
      results.push({ spec: name, tool, wallMs: summary(sample.wall), peakMb: summary(sample.peak), outputBytes: sample.size });
    }
    process.stderr.write(`  generation: ${name} done\n`);
  }
  return results;
}

/** No-op regeneration of every vendor (the cache path), through the bin and through npm. */
export function benchNoop(runs) {
  measure(node, [specsmith, 'generate', '--quiet']);
  // (run from the repository root: it reads redocly.yaml's apis:)
  const direct = [];
  const viaNpm = [];
  for (let run = 0; run < runs; run += 1) {
    direct.push(measure(node, [specsmith, 'generate', '--quiet']).wallMs);
    viaNpm.push(measure('npm', ['run', '-s', 'generate', '--', '--quiet']).wallMs);
  }
  return { direct: summary(direct), viaNpm: summary(viaNpm) };
}
