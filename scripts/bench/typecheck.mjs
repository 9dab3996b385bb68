// Type-check cost: strict tsc on a consumer file that imports a generated client and calls
// one operation, ours against Redocly generate-client's output for the same spec.
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure, summary } from './measure.mjs';

const node = process.execPath;
const tsc = resolve('node_modules/typescript/bin/tsc');
const strictOptions = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
  lib: ['ES2023', 'DOM'],
};

function project(files) {
  const directory = mkdtempSync(join(tmpdir(), 'bench-tsc-'));
  symlinkSync(resolve('node_modules'), join(directory, 'node_modules'), 'dir');
  writeFileSync(join(directory, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify({ compilerOptions: strictOptions, include: ['**/*.ts'], exclude: ['node_modules'] }));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}

function parseDiagnostics(text) {
  const field = (name) => Number(new RegExp(`${name}:\\s+([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
  return { instantiations: field('Instantiations'), checkSeconds: field('Check time'), totalSeconds: field('Total time'), ts2589: text.includes('TS2589') };
}

/**
 * `ours` is a generated package directory (with src/), `redoclyClient` a generate-client
 * output file; `call` has the consumer lines for each.
 */
export function benchTypecheck(name, { oursDirectory, redoclyClient, oursCall, redoclyCall }, runs) {
  const ours = project({ 'consumer.ts': oursCall });
  cpSync(join(oursDirectory, 'src'), join(ours, 'src'), { recursive: true });
  const theirs = project({ 'consumer.ts': redoclyCall });
  cpSync(redoclyClient, join(theirs, 'client.ts'));
  const samples = { specsmith: [], 'redocly generate-client': [] };
  const last = {};
  for (let run = 0; run < runs; run += 1) {
    for (const [tool, directory] of [
      ['specsmith', ours],
      ['redocly generate-client', theirs],
    ]) {
      let output;
      try {
        output = measure(node, [tsc, '-p', directory, '--extendedDiagnostics']).stdout;
      } catch (error) {
        output = String(error.message);
      }
      const diagnostics = parseDiagnostics(output);
      samples[tool].push(diagnostics.totalSeconds * 1000);
      last[tool] = { ...diagnostics, errors: (output.match(/error TS\d+/g) ?? []).length };
    }
  }
  rmSync(ours, { recursive: true, force: true });
  rmSync(theirs, { recursive: true, force: true });
  return Object.entries(samples).map(([tool, totals]) => ({ spec: name, tool, totalMs: summary(totals), ...last[tool] }));
}
