// Generates packages in memory (nothing touches disk until every target succeeded), then
// writes them atomically, or in check mode compares them with what is on disk.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VendorEntry } from './config.js';
import type { GeneratedFile } from './output/generated-file.js';
import { currentGeneratorHash, isFresh, MANIFEST_FILE, readManifest } from './output/manifest.js';
import { writePackages, type PackageOutput } from './output/write-files.js';
import type { SpecProblem } from './problems.js';

export interface GenerateTarget {
  /** Shown in progress lines: the vendor name or `--name`. */
  readonly name: string;
  readonly specFile: string;
  readonly outDirectory: string;
  readonly packageName: string;
  /** Set for vendor packages that have a hand-written wrapper in packages/<vendor>. */
  readonly vendor: string | null;
  /** Vendor specs must carry an x-error-codes catalogue. */
  readonly requireErrorCatalogue: boolean;
}

/** The docs site (generated/docs): one page per vendor plus an index. */
export interface DocsTarget {
  /** Shown in progress lines. */
  readonly name: string;
  readonly outDirectory: string;
  readonly vendors: readonly VendorEntry[];
}

export interface TargetResult {
  readonly target: GenerateTarget | DocsTarget;
  readonly status: 'written' | 'unchanged' | 'stale' | 'fresh';
  readonly operations: number;
  readonly files: number;
  readonly milliseconds: number;
  readonly warnings: readonly SpecProblem[];
  /** In check mode: files that differ, are missing, or should no longer exist. */
  readonly drift: readonly string[];
}

export interface GenerateOptions {
  readonly check: boolean;
  /** Regenerate even when the manifest says the package is up to date. */
  readonly force?: boolean;
  /** Paths in headers are written relative to this directory (the repository root). */
  readonly root: string;
  /** Also render the docs site, written together with the packages. */
  readonly docs?: DocsTarget;
}

/** Files under `directory` the generator owns: the previous manifest's, plus any stray `*.gen.ts`. */
export async function previouslyGenerated(directory: string): Promise<Set<string>> {
  const owned = new Set<string>();
  const manifest = await readManifest(directory);
  if (manifest) {
    for (const path of Object.keys(manifest.outputs)) owned.add(path);
    owned.add(MANIFEST_FILE);
  }
  const sources = await readdir(join(directory, 'src')).catch(() => [] as string[]);
  for (const name of sources) if (name.endsWith('.gen.ts')) owned.add(`src/${name}`);
  return owned;
}

export async function driftOf(directory: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const drift: string[] = [];
  const emitted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const onDisk = await readFile(join(directory, file.path), 'utf8').catch(() => null);
    if (onDisk === null) drift.push(`missing  ${file.path}`);
    else if (onDisk !== file.content) drift.push(`stale    ${file.path}`);
  }
  for (const path of [...(await previouslyGenerated(directory))].sort()) {
    if (!emitted.has(path)) drift.push(`extra    ${path}`);
  }
  return drift;
}

export async function generate(targets: readonly GenerateTarget[], options: GenerateOptions): Promise<TargetResult[]> {
  const generator = await currentGeneratorHash();
  const results: TargetResult[] = [];
  const outputs: PackageOutput[] = [];
  for (const target of targets) {
    const started = performance.now();
    const manifest = await readManifest(target.outDirectory);
    if (!options.force && (await isFresh(manifest, generator, target.outDirectory, target.specFile))) {
      const files = Object.keys(manifest?.outputs ?? {}).length + 1;
      results.push({ target, status: options.check ? 'fresh' : 'unchanged', operations: -1, files, milliseconds: performance.now() - started, warnings: [], drift: [] });
      continue;
    }
    const { render } = await import('./render.js');
    const rendered = await render(target, options.root, generator);
    const emitted = new Set(rendered.files.map((file) => file.path));
    const obsolete = [...(await previouslyGenerated(target.outDirectory))].filter((path) => !emitted.has(path));
    const drift = options.check ? await driftOf(target.outDirectory, rendered.files) : [];
    if (!options.check) outputs.push({ directory: target.outDirectory, files: rendered.files, obsolete });
    results.push({
      target,
      status: options.check ? (drift.length > 0 ? 'stale' : 'fresh') : 'written',
      operations: rendered.operations,
      files: rendered.files.length,
      milliseconds: performance.now() - started,
      warnings: rendered.warnings,
      drift,
    });
  }
  if (options.docs) {
    const { generateDocs } = await import('./docs/generate-docs.js');
    const docs = await generateDocs(options.docs, options, generator);
    results.push(docs.result);
    if (docs.output) outputs.push(docs.output);
  }
  if (!options.check) await writePackages(outputs);
  return results;
}
