// Bundles the compiled generator (dist/) into dist/bundle/ with esbuild: the command line
// (cli.cjs), one CommonJS file with Redocly and Handlebars inside. Node then reads one file at
// start instead of ~950 (module resolution and loading were a fifth of a small spec's run),
// and the bin can load cli.cjs through a V8 code cache (src/code-cache.ts), which Node 20
// offers only for scripts, not ES modules. Only @specsmith/mock stays external: it finds Prism
// and its own preload relative to its dist/, so it runs from its package (`specsmith mock`).
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
  entryPoints: { cli: 'dist/cli.js' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['@specsmith/mock'],
  define: {
    // CommonJS has no import.meta; the sources only ever ask for the file's URL.
    'import.meta.url': 'specsmithImportMetaUrl',
  },
  banner: { js: "const specsmithImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
