// Bundles the compiled generator (dist/) into dist/bundle/ with esbuild: the command line and
// the types worker, each one file plus shared chunks, with Redocly, openapi-typescript and
// Handlebars inside. Node then reads a handful of files at start instead of ~950 (module
// resolution and loading were a third of a small spec's run). TypeScript stays external: it is
// one file already, and openapi-typescript must share the copy the rest of the tools use.
// dist/bundle/ sits two levels below codegen/ like every dist/<folder>/ module, so the
// `new URL('../../templates/…', import.meta.url)` paths in the sources still resolve.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/cli.js', 'types-worker': 'dist/emit/types-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['typescript'],
  // Bundled CommonJS (Redocly's dependencies, openapi-typescript) calls require for Node's
  // built-ins and for TypeScript; ES modules have no require, so give each file one.
  banner: { js: "import { createRequire as specsmithCreateRequire } from 'node:module';\nconst require = specsmithCreateRequire(import.meta.url);" },
  // types-in-worker.ts starts the bundled worker (its sibling here) instead of dist/emit's.
  define: { SPECSMITH_BUNDLED: 'true' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
