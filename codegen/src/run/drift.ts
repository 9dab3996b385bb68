// What a folder holds of the generator's, and how a run's files differ from it (check mode).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedFile } from '../output/generated-file.js';
import { MANIFEST_FILE, type Manifest } from '../output/manifest.js';

/** Files under `directory` the generator owns: the previous manifest's, plus any stray `*.gen.ts`. */
export async function previouslyGenerated(directory: string, manifest: Manifest | null): Promise<Set<string>> {
  const owned = new Set<string>();
  if (manifest) {
    for (const record of Object.values(manifest.parts)) for (const path of Object.keys(record.outputs)) owned.add(path);
    owned.add(MANIFEST_FILE);
  }
  const sources = await readdir(join(directory, 'src')).catch(() => [] as string[]);
  for (const name of sources) if (name.endsWith('.gen.ts')) owned.add(`src/${name}`);
  return owned;
}

/** `missing`/`stale` lines for the rendered files, then `extra` for the owned files no part emits any more. */
export async function driftOf(directory: string, files: readonly GeneratedFile[], obsolete: readonly string[]): Promise<string[]> {
  const drift: string[] = [];
  for (const file of files) {
    const onDisk = await readFile(join(directory, file.path), 'utf8').catch(() => null);
    if (onDisk === null) drift.push(`missing  ${file.path}`);
    else if (onDisk !== file.content) drift.push(`stale    ${file.path}`);
  }
  for (const path of [...obsolete].sort()) drift.push(`extra    ${path}`);
  return drift;
}
