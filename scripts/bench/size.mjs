// Size: what a consumer's bundler ships for each vendor's factory (core + wrapper + the
// generated operation table), minified and gzipped, for every vendor in redocly.yaml, each
// beside Redocly generate-client's client for the same spec; and openapi-fetch alone. esbuild's
// metafile attributes the bytes to each package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { benchVendors, referenceVendor } from './vendors.mjs';

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

/** The row name of a vendor's own bundle. */
const wrapperRow = (vendor) => `${vendor.packageName} (core + wrapper + generated table)`;

const factoryEntry = (vendor) => `import { ${vendor.factoryName} } from '${vendor.packageName}'; export const create = ${vendor.factoryName};`;

/** Redocly generate-client's client for the spec, every operation kept. */
async function redoclyBundle(specFile) {
  const directory = mkdtempSync(join(tmpdir(), 'bench-size-redocly-'));
  try {
    execFileSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'generate-client', specFile, '-o', join(directory, 'client.ts')], { stdio: 'ignore' });
    return await bundle(`export * from ${JSON.stringify(join(directory, 'client.ts'))};`);
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export async function benchSize() {
  const results = {};
  for (const vendor of await benchVendors()) {
    results[wrapperRow(vendor)] = await bundle(factoryEntry(vendor));
    results[`redocly generate-client (${vendor.key})`] = await redoclyBundle(vendor.specFile);
  }
  results['openapi-fetch alone'] = await bundle("import createClient from 'openapi-fetch'; export const client = createClient({ baseUrl: 'https://x' });");
  return { reference: referenceVendor, rows: results };
}

/** What each optional part of core adds to the reference vendor's bundle: the bundle again with its modules stubbed out. */
const features = {
  'header pacing': ['pacing'],
  pagination: ['pagination'],
  'redaction and the journal': ['redact', 'journal'],
  retries: ['retry', 'retry-after', 'backoff'],
  'vendor error bodies (codes, messages, field errors)': ['normalise-error'],
  'redirect, header, path and HTTPS checks': ['redirect', 'header-safety', 'path-safety', 'transport-safety'],
};

/** Replaces the named core modules with exports of `undefined`: the size without them, not a working client. */
function stubbing(modules) {
  const filter = new RegExp(`packages/core/dist/(?:internal/)?(${modules.join('|')})\\.js$`);
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
  const vendor = (await benchVendors()).find((candidate) => candidate.key === referenceVendor);
  const entry = factoryEntry(vendor);
  const full = (await bundle(entry)).gzipBytes;
  const rows = [];
  for (const [feature, modules] of Object.entries(features)) rows.push({ feature, savedGzipBytes: full - (await bundle(entry, [stubbing(modules)])).gzipBytes });
  const withoutAll = (await bundle(entry, [stubbing(Object.values(features).flat())])).gzipBytes;
  return { fullGzipBytes: full, rows, withoutAllGzipBytes: withoutAll };
}
