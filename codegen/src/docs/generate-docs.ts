// The docs site as one more output of a run: answered from its cache manifest when nothing
// changed, else rendered in memory (lazily loaded: Redocly, Handlebars, build-docs) and then
// written with the packages, or in check mode compared with generated/docs.
import { driftOf, previouslyGenerated, type DocsTarget, type GenerateOptions, type TargetResult } from '../generate.js';
import { isFresh, readManifest } from '../output/manifest.js';
import type { PackageOutput } from '../output/write-files.js';

export interface DocsRun {
  readonly result: TargetResult;
  /** What to write, or null when nothing is (check mode, or the cache says it is up to date). */
  readonly output: PackageOutput | null;
}

export async function generateDocs(target: DocsTarget, options: GenerateOptions, generator: string): Promise<DocsRun> {
  const started = performance.now();
  const manifest = await readManifest(target.outDirectory);
  const anySpec = target.vendors[0]?.specFile ?? '';
  if (!options.force && (await isFresh(manifest, generator, target.outDirectory, anySpec))) {
    const files = Object.keys(manifest?.outputs ?? {}).length + 1;
    const result = { target, status: options.check ? 'fresh' : 'unchanged', operations: -1, files, milliseconds: performance.now() - started, warnings: [], drift: [] } as const;
    return { result, output: null };
  }
  const { renderDocs } = await import('./render-docs.js');
  const rendered = await renderDocs(target, options.root, generator);
  const emitted = new Set(rendered.files.map((file) => file.path));
  const obsolete = [...(await previouslyGenerated(target.outDirectory))].filter((path) => !emitted.has(path));
  const drift = options.check ? await driftOf(target.outDirectory, rendered.files) : [];
  const result: TargetResult = {
    target,
    status: options.check ? (drift.length > 0 ? 'stale' : 'fresh') : 'written',
    operations: rendered.operations,
    files: rendered.files.length,
    milliseconds: performance.now() - started,
    warnings: [],
    drift,
  };
  return { result, output: options.check ? null : { directory: target.outDirectory, files: rendered.files, obsolete } };
}
