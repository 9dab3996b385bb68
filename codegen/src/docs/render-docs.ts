// Renders the docs site in memory: every vendor spec is loaded and modelled as for its package,
// a copy gets an `x-codeSamples` TypeScript sample per operation, `redocly build-docs` renders
// it (in a temporary folder, several at once) and the page is made to load Redoc from
// assets/. Then the index, the assets and the cache manifest. Imported lazily by
// generate-docs.ts, so a run the cache answers loads none of this.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedNotice } from '../emit/header.js';
import { loadSpec } from '../load/load-spec.js';
import { buildApiModel } from '../model/api-model.js';
import type { DocsTarget } from '../generate.js';
import type { GeneratedFile } from '../output/generated-file.js';
import { buildManifest, hashInputs } from '../output/manifest.js';
import { packageNameOf, withCodeSamples } from './code-samples.js';
import { emitDocsIndex, type DocsVendor } from './index-page.js';
import { BUNDLE_PATH, locateRedocCli, localisePage, LOGO_PATH, redocAssets, runBuildDocs, type RedocCli } from './redoc.js';

const toPosix = (path: string) => path.split(sep).join('/');

const TEMPLATES = fileURLToPath(new URL('../../templates/docs/', import.meta.url));
export const PAGE_TEMPLATE = join(TEMPLATES, 'page.hbs');
const TEMPLATE_FILES = [join(TEMPLATES, 'page.hbs'), join(TEMPLATES, 'index.html.hbs'), join(TEMPLATES, 'redocly-logo.svg')];

export interface RenderedDocs {
  readonly files: GeneratedFile[];
  readonly operations: number;
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of the results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** Redoc options for one vendor: the Specsmith sample is the first (and default) language. */
function redocOptions(vendor: string): Record<string, unknown> {
  return {
    codeSamples: {
      languages: [
        { lang: 'TypeScript', label: packageNameOf(vendor) },
        { lang: 'payload', label: 'Payload' },
      ],
    },
  };
}

async function renderPage(vendor: DocsVendor, cli: RedocCli, integrity: string, directory: string): Promise<GeneratedFile> {
  const specFile = join(directory, `${vendor.name}.json`);
  const outputFile = join(directory, `${vendor.name}.html`);
  await writeFile(specFile, JSON.stringify(withCodeSamples(vendor.document, vendor.model, vendor.name), null, 2));
  await runBuildDocs({
    cli,
    vendor: vendor.name,
    specFile,
    template: PAGE_TEMPLATE,
    outputFile,
    redocOptions: redocOptions(vendor.name),
    templateOptions: { notice: generatedNotice(vendor.specPath) },
    directory,
  });
  const html = await readFile(outputFile, 'utf8');
  return { path: `${vendor.name}.html`, content: localisePage(html, integrity, vendor.name) };
}

export async function renderDocs(target: DocsTarget, root: string, generator: string): Promise<RenderedDocs> {
  const notice = generatedNotice('the specs listed in redocly.yaml');
  const vendors: DocsVendor[] = [];
  const inputFiles = [join(root, 'redocly.yaml')];
  for (const entry of target.vendors) {
    const spec = await loadSpec(entry.specFile, { requireErrorCatalogue: true });
    const { model } = buildApiModel(spec.document, spec.file);
    vendors.push({ name: entry.name, specPath: toPosix(relative(root, spec.file)), document: spec.document, model });
    inputFiles.push(...spec.inputFiles);
  }
  const cli = locateRedocCli();
  const assets = await redocAssets(cli, `// ${generatedNotice(`@redocly/cli ${cli.version} (its Redoc bundle, logo served from ${LOGO_PATH})`)}`);
  const directory = await mkdtemp(join(tmpdir(), 'specsmith-docs-'));
  let pages: GeneratedFile[];
  try {
    pages = await mapLimit(vendors, availableParallelism(), (vendor) => renderPage(vendor, cli, assets.integrity, directory));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  const logo = await readFile(join(TEMPLATES, 'redocly-logo.svg'), 'utf8');
  const files: GeneratedFile[] = [
    { path: 'index.html', content: emitDocsIndex(vendors, notice) },
    ...pages,
    { path: BUNDLE_PATH, content: assets.bundle },
    { path: LOGO_PATH, content: `<!-- ${notice} -->\n${logo}` },
  ];
  const inputs = await hashInputs([...new Set([...inputFiles, ...cli.inputFiles, ...TEMPLATE_FILES])], target.outDirectory);
  files.push(buildManifest(generator, inputs, files, notice));
  return { files, operations: vendors.reduce((total, vendor) => total + vendor.model.operations.length, 0) };
}
