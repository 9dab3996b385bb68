// The docs site (generated/docs) as a target, cached per part: one part per vendor page (its
// spec files, the page template, @redocly/cli and the wrapper's descriptor), the index
// (redocly.yaml, its template, and the pages' index entries) and the assets (@redocly/cli and
// the logo). Editing one spec renders that vendor's page and the index again, nothing else.
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { VendorEntry } from '../config.js';
import { generatedNotice } from '../emit/header.js';
import type { IndexEntry } from '../docs/index-page.js';
import { locateRedocCli, type RedocAssets, type RedocCli } from '../docs/redoc.js';
import { INDEX_TEMPLATE, LOGO_FILE, PAGE_TEMPLATE } from '../docs/templates.js';
import type { RunContext } from './context.js';
import { createLimit } from './limit.js';
import type { Part, RenderedPart } from './target.js';
import type { Target } from './target.js';

const toPosix = (path: string) => path.split(sep).join('/');

const pageKey = (vendor: VendorEntry) => `${vendor.name}.html`;

function pagePart(vendor: VendorEntry, cli: RedocCli, bundle: () => Promise<RedocAssets>, buildSlot: ReturnType<typeof createLimit>): Part {
  return {
    key: pageKey(vendor),
    requiredInputs: [vendor.specFile, PAGE_TEMPLATE, ...cli.inputFiles],
    async render(context: RunContext): Promise<RenderedPart> {
      const { spec, model } = await context.load(vendor.specFile, { requireErrorCatalogue: true });
      const [{ renderPage }, { indexEntryOf }, { wrapperSampleOf }] = await Promise.all([import('../docs/render-page.js'), import('../docs/index-page.js'), import('../docs/wrapper-sample.js')]);
      const docsVendor = { name: vendor.name, specPath: toPosix(relative(context.root, spec.file)), document: spec.document, model };
      const sample = wrapperSampleOf(context.root, vendor.name, model);
      const { integrity } = await bundle();
      const page = await buildSlot(() => renderPage({ vendor: docsVendor, client: sample.client, cli, integrity }));
      return {
        files: [page],
        inputFiles: [...spec.inputFiles, PAGE_TEMPLATE, ...cli.inputFiles, ...sample.inputFiles],
        operations: model.operations.length,
        // The vendor's package target reports the spec's warnings.
        warnings: [],
        summary: indexEntryOf(docsVendor),
      };
    },
  };
}

function indexPart(vendors: readonly VendorEntry[], configFile: string, notice: string): Part {
  return {
    key: 'index.html',
    requiredInputs: [configFile, INDEX_TEMPLATE],
    readsSummaries: true,
    async render(context, summaries) {
      const { emitDocsIndex, indexEntryOf } = await import('../docs/index-page.js');
      const entries = await Promise.all(
        vendors.map(async (vendor) => {
          const stored = summaries.get(pageKey(vendor));
          if (stored !== undefined) return stored as IndexEntry;
          const { spec, model } = await context.load(vendor.specFile, { requireErrorCatalogue: true });
          return indexEntryOf({ name: vendor.name, specPath: toPosix(relative(context.root, spec.file)), document: spec.document, model });
        }),
      );
      return { files: [{ path: 'index.html', content: emitDocsIndex(entries, notice) }], inputFiles: [configFile, INDEX_TEMPLATE], operations: 0, warnings: [] };
    },
  };
}

function assetsPart(cli: RedocCli, bundle: () => Promise<RedocAssets>, notice: string): Part {
  return {
    key: 'assets',
    requiredInputs: [...cli.inputFiles, LOGO_FILE],
    async render() {
      const { assetFiles } = await import('../docs/assets.js');
      return { files: await assetFiles(await bundle(), notice), inputFiles: [...cli.inputFiles, LOGO_FILE], operations: 0, warnings: [] };
    },
  };
}

/** The docs of `vendors` (every vendor redocly.yaml lists under `root`). */
export function docsTarget(root: string, vendors: readonly VendorEntry[]): Target {
  const notice = generatedNotice('the specs listed in redocly.yaml');
  const cli = locateRedocCli();
  let bundle: Promise<RedocAssets> | undefined;
  // Read and hashed once, by whichever part needs it first (the pages preload it with its integrity).
  const sharedBundle = () => (bundle ??= import('../docs/assets.js').then(({ docsBundle }) => docsBundle(cli)));
  const buildSlot = createLimit(availableParallelism());
  return {
    name: 'docs',
    outDirectory: join(root, 'generated', 'docs'),
    notice,
    parts: [...vendors.map((vendor) => pagePart(vendor, cli, sharedBundle, buildSlot)), indexPart(vendors, join(root, 'redocly.yaml'), notice), assetsPart(cli, sharedBundle, notice)],
  };
}
