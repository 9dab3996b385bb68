// Reads the list of vendor specs from redocly.yaml (`apis:`), the one place they are listed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { specError } from './problems.js';

export interface VendorEntry {
  readonly name: string;
  readonly specFile: string;
}

/** The nearest directory at or above `from` that holds a redocly.yaml. */
export function findProjectRoot(from: string): string | null {
  let directory = resolve(from);
  for (;;) {
    if (existsSync(join(directory, 'redocly.yaml'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
}

export function readVendors(root: string): VendorEntry[] {
  const file = join(root, 'redocly.yaml');
  let config: unknown;
  try {
    config = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw specError('config', `redocly.yaml cannot be read: ${(error as Error).message.split('\n')[0]}`, { file });
  }
  const apis = (config as { apis?: unknown } | null)?.apis;
  if (typeof apis !== 'object' || apis === null || Array.isArray(apis)) {
    throw specError('config', 'redocly.yaml has no `apis:` map listing the vendor specs.', { file, pointer: '#/apis' }, 'Add `apis: { <vendor>: { root: specs/<vendor>/openapi.yaml } }`.');
  }
  return Object.entries(apis as Record<string, unknown>).map(([name, entry]) => {
    const rootPath = (entry as { root?: unknown } | null)?.root;
    if (typeof rootPath !== 'string') {
      throw specError('config', `apis.${name} has no \`root\` spec path.`, { file, pointer: `#/apis/${name}` });
    }
    return { name, specFile: resolve(root, rootPath) };
  });
}
