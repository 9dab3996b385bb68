// Which published packages a regenerated package's changes reach: the generated package
// itself and every workspace package under packages/ that depends on it (the vendor
// wrapper re-exports its types, so the wrapper's callers see the same changes).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReleasedPackage } from './changeset.js';

interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

async function readPackage(directory: string): Promise<PackageJson | null> {
  try {
    return JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return null;
  }
}

/** The generated package in `packageDirectory`, then the wrappers in `<root>/packages/*` that depend on it. */
export async function releasedPackages(root: string, packageDirectory: string): Promise<ReleasedPackage[]> {
  const generated = await readPackage(packageDirectory);
  if (!generated?.name || !generated.version || generated.private) return [];
  const apiName = generated.name;
  const entries = await readdir(join(root, 'packages'), { withFileTypes: true }).catch(() => []);
  const wrappers: ReleasedPackage[] = [];
  for (const entry of entries.filter((candidate) => candidate.isDirectory()).sort((left, right) => left.name.localeCompare(right.name))) {
    const wrapper = await readPackage(join(root, 'packages', entry.name));
    const uses = { ...wrapper?.dependencies, ...wrapper?.peerDependencies };
    if (wrapper?.name && wrapper.version && !wrapper.private && apiName in uses) wrappers.push({ name: wrapper.name, version: wrapper.version });
  }
  return [{ name: apiName, version: generated.version }, ...wrappers];
}
