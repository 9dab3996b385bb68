// Memory at scale: generate the largest OpenAPI description shipped in an npm package we
// depend on (@octokit/openapi's dereferenced GHEC description, ~78 MB of JSON with every
// $ref inlined) and report wall time and peak RSS.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.mjs';

export function benchMemory() {
  const spec = createRequire(import.meta.url).resolve('@octokit/openapi/generated/ghec.deref.json');
  const out = mkdtempSync(join(tmpdir(), 'bench-memory-'));
  try {
    const { wallMs, peakMb } = measure(process.execPath, ['--max-old-space-size=20000', 'codegen/bin/specsmith.js', 'generate', '--force', '--quiet', '--spec', spec, '--name', 'ghec', '--out', out]);
    return { spec: '@octokit/openapi generated/ghec.deref.json', specMb: statSync(spec).size / 1024 / 1024, wallMs, peakMb };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
