// tsconfig.build.json's project references follow redocly.yaml's vendors, so adding a vendor
// edits no build file by hand: `specsmith generate` writes them and `--check` reports a drift.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VendorEntry } from '../config.js';

const file = 'tsconfig.build.json';

const note =
  'Builds every workspace package in dependency order: npm run build (tsc -b). Core comes first: codegen and every generated package import its contract types; the mock (which codegen runs for `specsmith mock`) next. ' +
  "The references follow redocly.yaml's apis: (written by `npm run generate`, checked by its --check).";

/** The file's text for these vendors: core, the mock, codegen, each generated package, then each wrapper that exists. */
function buildReferences(root: string, vendors: readonly VendorEntry[]): string {
  const paths = [
    'packages/core',
    'packages/mock',
    'codegen',
    ...vendors.map((vendor) => `generated/${vendor.name}`),
    ...vendors.filter((vendor) => existsSync(join(root, 'packages', vendor.name, 'tsconfig.json'))).map((vendor) => `packages/${vendor.name}`),
  ];
  return `${JSON.stringify({ '//': note, files: [], references: paths.map((path) => ({ path })) }, null, 2)}\n`;
}

/**
 * Brings tsconfig.build.json in line with the vendors, or with `check` only says whether it is.
 * Resolves to the drift line to print, or undefined when the file is (or now is) up to date.
 */
export async function syncBuildReferences(root: string, vendors: readonly VendorEntry[], check: boolean): Promise<string | undefined> {
  const target = join(root, file);
  const wanted = buildReferences(root, vendors);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === wanted) return undefined;
  if (check) return `${file}: its references do not match the vendors in redocly.yaml`;
  const temporary = `${target}.specsmith-tmp-${process.pid}`;
  await writeFile(temporary, wanted);
  await rename(temporary, target);
  return undefined;
}
