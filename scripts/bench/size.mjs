// Size: what a consumer's bundler ships for `createXurrentClient` (core + wrapper + the
// generated operation table + the openapi-fetch serializers core uses), minified and gzipped,
// against openapi-fetch alone; then the same for the other four wrappers. esbuild's metafile
// attributes the bytes to each package.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function bundle(contents, plugins = []) {
  const result = await build({
    plugins,
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    treeShaking: true,
  });
  const code = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [file, info] of Object.entries(result.metafile.outputs).flatMap(([, output]) => Object.entries(output.inputs))) {
    const name = /node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(file)?.[1] ?? /(packages|generated)\/[^/]+/.exec(file)?.[0] ?? file;
    byPackage[name] = (byPackage[name] ?? 0) + info.bytesInOutput;
  }
  return { minBytes: code.length, gzipBytes: gzipSync(code).length, byPackage };
}

const others = { xtremepush: 'Xtremepush', altcraft: 'Altcraft', xtrakit: 'Xtrakit', journeyapps: 'Journeyapps' };

export async function benchSize() {
  const results = {
    '@specsmith/xurrent (core + wrapper + generated table)': await bundle(
      "import { createXurrentClient } from '@specsmith/xurrent'; export const client = createXurrentClient({ token: 't', account: 'a' });",
    ),
    'openapi-fetch alone': await bundle("import createClient from 'openapi-fetch'; export const client = createClient({ baseUrl: 'https://x' });"),
  };
  for (const [name, title] of Object.entries(others)) {
    results[`@specsmith/${name}`] = await bundle(`import { create${title}Client } from '@specsmith/${name}'; export const create = create${title}Client;`);
  }
  return results;
}

/** What each optional part of core adds to the Xurrent bundle: the bundle again with its modules stubbed out. */
const features = {
  'header pacing': ['pacing'],
  pagination: ['pagination'],
  'redaction and the journal': ['redact', 'journal'],
  retries: ['retry', 'retry-after', 'backoff'],
  "vendor error bodies (codes, messages, field errors)": ['normalise-error'],
  'redirect, header, path and HTTPS checks': ['redirect', 'header-safety', 'path-safety', 'transport-safety'],
};

/** Replaces the named core modules with exports of `undefined`: the size without them, not a working client. */
function stubbing(modules) {
  const filter = new RegExp(`packages/core/dist/(${modules.join('|')})\\.js$`);
  return {
    name: 'stub-core-modules',
    setup(builder) {
      builder.onLoad({ filter }, (args) => {
        const names = [...readFileSync(args.path, 'utf8').matchAll(/export (?:async )?(?:function|const|class|let) (\w+)/g)].map((match) => match[1]);
        return { contents: names.map((name) => `export const ${name} = undefined;`).join('\n'), loader: 'js' };
      });
    },
  };
}

export async function benchSizeFeatures() {
  const entry = "import { createXurrentClient } from '@specsmith/xurrent'; export const client = createXurrentClient({ token: 't', account: 'a' });";
  const full = (await bundle(entry)).gzipBytes;
  const rows = [];
  for (const [feature, modules] of Object.entries(features)) rows.push({ feature, savedGzipBytes: full - (await bundle(entry, [stubbing(modules)])).gzipBytes });
  const withoutAll = (await bundle(entry, [stubbing(Object.values(features).flat())])).gzipBytes;
  return { fullGzipBytes: full, rows, withoutAllGzipBytes: withoutAll };
}
