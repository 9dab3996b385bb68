#!/usr/bin/env node
// Thin launcher. The generator is TypeScript compiled to dist/; when its sources are newer
// than the last build (a fresh clone, or an edit to codegen/src), it is rebuilt first with
// `tsc -b`, so `npm run generate` always runs the code that is checked out.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestSource() {
  let newest = 0;
  for (const folder of ['src']) {
    for (const entry of readdirSync(`${root}${folder}`, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

function lastBuild() {
  try {
    return statSync(`${root}tsconfig.tsbuildinfo`).mtimeMs;
  } catch {
    return -1;
  }
}

if (lastBuild() < newestSource()) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-b', root], { stdio: 'inherit' });
  } catch {
    console.error('specsmith: building the generator failed (see the errors above).');
    process.exit(2);
  }
}
const { main } = await import(new URL('../dist/cli.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
