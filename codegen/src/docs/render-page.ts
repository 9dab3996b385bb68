// Renders one vendor's API reference page: a copy of its bundled spec gets an `x-codeSamples`
// TypeScript sample per operation, `redocly build-docs` renders it in a temporary folder, and
// the page is made to load Redoc from assets/. Imported lazily by run/docs-target.ts, so a
// run the cache answers loads none of this.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedNotice } from '../emit/header.js';
import type { GeneratedFile } from '../output/generated-file.js';
import { withCodeSamples, type SampleClient } from './code-samples.js';
import type { DocsVendor } from './index-page.js';
import { localisePage, runBuildDocs, type RedocCli } from './redoc.js';
import { PAGE_TEMPLATE } from './templates.js';

/** Redoc options for one vendor: the Specsmith sample is the first (and default) language. */
function redocOptions(client: SampleClient): Record<string, unknown> {
  return {
    codeSamples: {
      languages: [
        { lang: 'TypeScript', label: client.packageName },
        { lang: 'payload', label: 'Payload' },
      ],
    },
  };
}

export interface PageInput {
  readonly vendor: DocsVendor;
  readonly client: SampleClient;
  readonly cli: RedocCli;
  /** The `sha384-…` of assets/redoc.standalone.js, which the page preloads. */
  readonly integrity: string;
}

export async function renderPage({ vendor, client, cli, integrity }: PageInput): Promise<GeneratedFile> {
  const directory = await mkdtemp(join(tmpdir(), 'specsmith-docs-'));
  try {
    const specFile = join(directory, `${vendor.name}.json`);
    const outputFile = join(directory, `${vendor.name}.html`);
    await writeFile(specFile, JSON.stringify(withCodeSamples(vendor.document, vendor.model, client), null, 2));
    await runBuildDocs({
      cli,
      vendor: vendor.name,
      specFile,
      template: PAGE_TEMPLATE,
      outputFile,
      redocOptions: redocOptions(client),
      templateOptions: { notice: generatedNotice(vendor.specPath) },
      directory,
    });
    const html = await readFile(outputFile, 'utf8');
    return { path: `${vendor.name}.html`, content: localisePage(html, integrity, vendor.name) };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
