#!/usr/bin/env node
// Thin launcher. The generator is TypeScript compiled to dist/ and bundled into
// dist/bundle/cli.cjs (see scripts/bundle.mjs); when its sources are newer than the last
// build (a fresh clone, or an edit to codegen/src), it is rebuilt first with `tsc -b` and the
// bundler, so `npm run generate` always runs the code that is checked out.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function newestIn(...folders) {
  let newest = 0;
  for (const folder of folders) {
    for (const entry of readdirSync(`${root}${folder}`, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
    }
  }
  return newest;
}

function builtAt(file) {
  try {
    return statSync(`${root}${file}`).mtimeMs;
  } catch {
    return -1;
  }
}

function run(args, what) {
  try {
    execFileSync(process.execPath, args, { stdio: 'inherit' });
  } catch {
    console.error(`specsmith: ${what} failed (see the errors above).`);
    process.exit(2);
  }
}

const sources = newestIn('src');
if (builtAt('tsconfig.tsbuildinfo') < sources) run([createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-b', root], 'building the generator');
// The bundle also holds the lint plugin (lint/) and the extension schemas (contract/), which tsc does not compile.
if (builtAt('dist/bundle/cli.cjs') < Math.max(sources, newestIn('lint', 'contract'), builtAt('tsconfig.tsbuildinfo'))) run([`${root}scripts/bundle.mjs`], 'bundling the generator');
// The bundle is loaded through a V8 code cache (src/code-cache.ts): compiling its 3.5 MB
// afresh was ~65 ms of every run.
const { loadWithCodeCache, specsmithCacheDirectory } = await import(new URL('../dist/code-cache.js', import.meta.url).href);
const cli = loadWithCodeCache(`${root}dist/bundle/cli.cjs`, specsmithCacheDirectory(import.meta.url));
process.exitCode = await cli.exports.main(process.argv.slice(2));
cli.saveCache();
