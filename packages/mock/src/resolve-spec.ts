// Finds the spec to mock: a vendor listed under redocly.yaml's `apis:` (the one list of
// vendors, found at or above the working directory), or a file given with --spec.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { MockError } from './errors.js';

export interface MockSpec {
  /** The vendor key, or the spec file's name for --spec. */
  readonly name: string;
  readonly specFile: string;
}

/** The nearest directory at or above `from` that holds a redocly.yaml. */
function findProjectRoot(from: string): string | undefined {
  for (let directory = resolve(from); ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'redocly.yaml'))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}

/** The vendors redocly.yaml lists under `apis:`, with their spec files. */
function listedVendors(cwd: string): MockSpec[] {
  const root = findProjectRoot(cwd);
  if (root === undefined) throw new MockError(`no redocly.yaml at or above ${cwd}, so no vendor is known; name a spec with --spec <file>`);
  const file = join(root, 'redocly.yaml');
  let apis: unknown;
  try {
    apis = (parse(readFileSync(file, 'utf8')) as { apis?: unknown } | null)?.apis;
  } catch (error) {
    throw new MockError(`${file} cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof apis !== 'object' || apis === null || Array.isArray(apis)) throw new MockError(`${file} has no apis: map listing the vendor specs`);
  return Object.entries(apis as Record<string, { root?: unknown } | null>).flatMap(([name, entry]) => (typeof entry?.root === 'string' ? [{ name, specFile: resolve(root, entry.root) }] : []));
}

export function resolveSpec(choice: { readonly vendor?: string | undefined; readonly specFile?: string | undefined }, cwd: string): MockSpec {
  if (choice.vendor !== undefined && choice.specFile !== undefined) throw new MockError('give a vendor or --spec <file>, not both');
  if (choice.specFile !== undefined) {
    const specFile = resolve(cwd, choice.specFile);
    if (!existsSync(specFile)) throw new MockError(`the spec ${choice.specFile} does not exist`);
    return { name: basename(specFile).replace(/\.(ya?ml|json)$/, ''), specFile };
  }
  if (choice.vendor === undefined) throw new MockError('name a vendor (e.g. specsmith mock xurrent) or a spec with --spec <file>');
  const vendors = listedVendors(cwd);
  const found = vendors.find((vendor) => vendor.name === choice.vendor);
  if (!found) throw new MockError(`unknown vendor "${choice.vendor}"; redocly.yaml lists ${vendors.map((vendor) => vendor.name).join(', ')}`);
  return found;
}
