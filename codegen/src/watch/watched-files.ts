// Which files a watch follows, and whose they are: each vendor's spec file and every file
// its last successful load read (the $refs, as its package manifest records them).
import { resolve } from 'node:path';
import { readManifest } from '../output/manifest.js';
import type { PackageSpec } from '../run/package-spec.js';

/** File (absolute) -> the vendors whose spec reads it. */
export type WatchedFiles = ReadonlyMap<string, readonly string[]>;

export async function watchedFiles(packages: readonly PackageSpec[]): Promise<WatchedFiles> {
  const owners = new Map<string, string[]>();
  const add = (file: string, vendor: string) => {
    const list = owners.get(file) ?? [];
    if (!list.includes(vendor)) list.push(vendor);
    owners.set(file, list);
  };
  for (const spec of packages) {
    add(resolve(spec.specFile), spec.name);
    const record = (await readManifest(spec.outDirectory))?.parts['package'];
    for (const path of Object.keys(record?.inputs ?? {})) add(resolve(spec.outDirectory, path), spec.name);
  }
  return owners;
}
