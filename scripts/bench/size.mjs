// Size: what a consumer's bundler ships for `createXurrentClient` (core + wrapper + the
// generated operation table + the openapi-fetch serializers core uses), minified and gzipped,
// against openapi-fetch alone; then the same for the other four wrappers. esbuild's metafile
// attributes the bytes to each package.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function bundle(contents) {
  const result = await build({
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
