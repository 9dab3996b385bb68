// Renders one vendor page with `redocly build-docs` and makes it work offline.
//
// @redocly/cli 2.x prerenders the page with Redoc 3 and hydrates it with a module imported from
// cdn.redocly.com (`import { hydrate } from "https://cdn.redocly.com/redoc/v3.x/..."` plus a
// `<link rel="modulepreload">` of the same URL). The page must hydrate with that same Redoc
// build, so the docs ship the copy the CLI carries for `--inlineBundle`
// (@redocly/cli/lib/chunks/redoc.standalone.js) as assets/redoc.standalone.js, and each page is
// pointed at it. The `redoc` 2.x package cannot stand in: its UMD bundle has no module export
// and cannot hydrate Redoc 3 markup. The bundle also shows a Redocly logo fetched from
// cdn.redoc.ly; the copy points it at a local image.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the pages find the bundle and the logo, relative to generated/docs. */
export const BUNDLE_PATH = 'assets/redoc.standalone.js';
export const LOGO_PATH = 'assets/redocly-logo.svg';

const CDN_BUNDLE = /https:\/\/cdn\.redocly\.com\/redoc\/v[0-9A-Za-z.-]+\/bundles\/redoc\.standalone\.js/g;
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

export interface RedocCli {
  /** The CLI's entry point, run with node. */
  readonly bin: string;
  readonly version: string;
  /** The Redoc bundle the CLI's pages hydrate with. */
  readonly bundleFile: string;
  /** Files whose change must rebuild the docs: the CLI (its version) and the bundle. */
  readonly inputFiles: readonly string[];
}

export function locateRedocCli(): RedocCli {
  const require = createRequire(import.meta.url);
  let packageFile: string;
  try {
    packageFile = require.resolve('@redocly/cli/package.json');
  } catch {
    throw new Error('@redocly/cli is not installed; the docs are rendered by `redocly build-docs`. Run `npm ci` at the repository root.');
  }
  const directory = dirname(packageFile);
  const { version } = require(packageFile) as { version: string };
  return {
    bin: join(directory, 'bin', 'cli.js'),
    version,
    bundleFile: join(directory, 'lib', 'chunks', 'redoc.standalone.js'),
    inputFiles: [packageFile, join(directory, 'lib', 'chunks', 'redoc.standalone.js')],
  };
}

export interface RedocAssets {
  /** assets/redoc.standalone.js: the CLI's bundle, with the logo served locally. */
  readonly bundle: string;
  /** `sha384-…` of `bundle`, for the pages' modulepreload integrity. */
  readonly integrity: string;
}

/** The bundle as the docs ship it: a header line, then the CLI's file with the logo URLs made local. */
export async function redocAssets(cli: RedocCli, header: string): Promise<RedocAssets> {
  let source: string;
  try {
    source = await readFile(cli.bundleFile, 'utf8');
  } catch {
    throw new Error(`@redocly/cli ${cli.version} has no ${cli.bundleFile}; the docs need the Redoc bundle its build-docs hydrates with.`);
  }
  for (const url of CDN_LOGOS) {
    if (!source.includes(url)) continue;
    // The logo loads relative to the page, and every page sits at the root of generated/docs.
    source = source.split(url).join(`./${LOGO_PATH}`);
  }
  const remaining = /https:\/\/cdn\.redoc\.ly\/[^`'"\s)]+\.(?:svg|png|js|css|woff2?)/.exec(source);
  if (remaining) throw new Error(`The Redoc bundle of @redocly/cli ${cli.version} loads ${remaining[0]}; serve it locally in codegen/src/docs/redoc.ts.`);
  const bundle = `${header}\n${source}`;
  return { bundle, integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}` };
}

/** Resource loads in an HTML page that leave its folder: absolute or root-relative URLs, or `..`. */
function externalResources(html: string): string[] {
  const found: string[] = [];
  const attributes = /<(script|link|img|source|iframe|video|audio|embed|object|input)\b[^>]*?\s(src|href|srcset|poster|data)\s*=\s*["']([^"']*)["']/gi;
  const cssUrls = /url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/gi;
  const leaves = (url: string) => !/^data:/i.test(url) && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || (url.split(/[?#]/)[0] ?? '').split('/').includes('..'));
  for (const match of html.matchAll(attributes)) {
    const url = (match[3] ?? '').trim();
    if ((match[1] ?? '').toLowerCase() === 'link' && /\brel\s*=\s*["']?(?:canonical|alternate|author|license|help)\b/i.test(match[0])) continue;
    for (const candidate of (match[2] ?? '').toLowerCase() === 'srcset' ? url.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [url]) {
      if (candidate && leaves(candidate)) found.push(candidate);
    }
  }
  for (const match of html.matchAll(cssUrls)) {
    const url = (match[1] ?? match[2] ?? '').trim();
    if (url && leaves(url)) found.push(url);
  }
  return found;
}

/**
 * Points a build-docs page at the local bundle (import and modulepreload, with the local
 * file's integrity), turns the prerendered menu links into the hash routes the hydrated page
 * uses, and fails when anything would still be loaded from outside the docs folder.
 */
export function localisePage(html: string, integrity: string, vendor: string): string {
  if (html.search(CDN_BUNDLE) < 0) {
    throw new Error(`redocly build-docs output for ${vendor} no longer imports Redoc from cdn.redocly.com; update codegen/src/docs/redoc.ts to serve its bundle locally.`);
  }
  const local = html
    .replace(CDN_BUNDLE, `./${BUNDLE_PATH}`)
    .replace(/(<link rel="modulepreload" href="\.\/assets\/redoc\.standalone\.js" integrity=")[^"]*"/g, `$1${integrity}"`)
    .replace(/<a ([^>]*?)href="\/([^"]*)"([^>]*?data-discover="true")/g, '<a $1href="#/$2"$3');
  const external = externalResources(local);
  if (external.length > 0) throw new Error(`The docs page for ${vendor} would load ${[...new Set(external)].join(', ')} from outside generated/docs.`);
  return local;
}

export interface BuildDocsInput {
  readonly cli: RedocCli;
  readonly vendor: string;
  /** The spec to render (a bundled copy with the code samples), in `directory`. */
  readonly specFile: string;
  readonly template: string;
  readonly outputFile: string;
  /** Redoc options (`--openapi`). */
  readonly redocOptions: Record<string, unknown>;
  /** Handed to the template as `templateOptions`. */
  readonly templateOptions: Record<string, string>;
  readonly directory: string;
}

/** Runs `redocly build-docs` for one spec, with telemetry and update checks off. */
export function runBuildDocs(input: BuildDocsInput): Promise<void> {
  const args = [
    input.cli.bin,
    'build-docs',
    input.specFile,
    '--template',
    input.template,
    '--output',
    input.outputFile,
    '--openapi',
    JSON.stringify(input.redocOptions),
    ...Object.entries(input.templateOptions).flatMap(([key, value]) => [`--templateOptions.${key}`, value]),
  ];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: input.directory, env, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, _stdout, stderr) => {
      if (!error) {
        resolve();
        return;
      }
      const detail = stderr
        .split('\n')
        .filter((line) => line.trim() && !/[║╔╗╚╝═]/.test(line))
        .slice(-8)
        .join('\n');
      reject(new Error(`redocly build-docs failed for ${input.vendor} (exit ${error.code ?? error.signal}):\n${detail}`));
    });
  });
}
