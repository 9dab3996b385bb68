// generated/docs/assets/: the Redoc bundle the pages hydrate with (docs/redoc.ts) and the
// Redocly logo it shows, served locally.
import { readFile } from 'node:fs/promises';
import { generatedNotice } from '../emit/header.js';
import type { GeneratedFile } from '../output/generated-file.js';
import { BUNDLE_PATH, LOGO_PATH, redocAssets, type RedocAssets, type RedocCli } from './redoc.js';
import { LOGO_FILE } from './templates.js';

/** The bundle as the docs ship it, with its integrity for the pages' modulepreload. */
export function docsBundle(cli: RedocCli): Promise<RedocAssets> {
  return redocAssets(cli, `// ${generatedNotice(`@redocly/cli ${cli.version} (its Redoc bundle, logo served from ${LOGO_PATH})`)}`);
}

export async function assetFiles(bundle: RedocAssets, notice: string): Promise<GeneratedFile[]> {
  const logo = await readFile(LOGO_FILE, 'utf8');
  return [
    { path: BUNDLE_PATH, content: bundle.bundle },
    { path: LOGO_PATH, content: `<!-- ${notice} -->\n${logo}` },
  ];
}
