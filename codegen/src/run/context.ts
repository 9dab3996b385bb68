// The run context: what one generation run knows, built once and handed to every target:
// the repository root, check/force, the generator hash, a memoised spec loader (each spec is
// read, linted, bundled and modelled once per run, whichever targets use it) and a memoised
// file hasher for the cache checks.
import { currentGeneratorHash, hashInputFile } from '../output/manifest.js';
import type { LoadedSpec } from '../load/load-spec.js';
import type { ApiModel } from '../model/api-model.js';
import { SpecError, type SpecProblem } from '../problems.js';

/** A spec as every target reads it: loaded (linted, bundled) and modelled. */
export interface ModelledSpec {
  readonly spec: LoadedSpec;
  readonly model: ApiModel;
  /** What modelling found (the load's own warnings are on `spec`). */
  readonly modelWarnings: readonly SpecProblem[];
}

export interface LoadOptions {
  /** Vendor specs must carry an x-error-codes catalogue. */
  readonly requireErrorCatalogue: boolean;
}

export interface RunContext {
  /** Paths in headers and manifests are written relative to this directory. */
  readonly root: string;
  /** Compare with what is on disk instead of writing. */
  readonly check: boolean;
  /** Render even what the cache says is up to date. */
  readonly force: boolean;
  /** The hash of the generator's own sources (output/manifest.ts). */
  readonly generator: string;
  /** The spec, loaded and modelled once per run. */
  load(specFile: string, options: LoadOptions): Promise<ModelledSpec>;
  /** A file's sha256 (or `missing`), read once per run. */
  hashFile(file: string): Promise<string>;
}

export interface RunOptions {
  readonly root: string;
  readonly check?: boolean;
  readonly force?: boolean;
}

function memoise<T>(work: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (key) => {
    let result = results.get(key);
    if (!result) {
      result = work(key);
      results.set(key, result);
    }
    return result;
  };
}

// Loaded lazily: a run the cache answers never loads Redocly.
async function loadAndModel(key: string): Promise<ModelledSpec> {
  const [specFile, requireErrorCatalogue] = JSON.parse(key) as [string, boolean];
  const [{ loadSpec }, { buildApiModel }, { unreadableSpec }] = await Promise.all([import('../load/load-spec.js'), import('../model/api-model.js'), import('../load/unreadable-spec.js')]);
  const spec = await loadSpec(specFile, { requireErrorCatalogue });
  try {
    const { model, warnings } = buildApiModel(spec.document, spec.file);
    return { spec, model, modelWarnings: warnings };
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw unreadableSpec(spec, error as Error);
  }
}

export async function createRunContext(options: RunOptions): Promise<RunContext> {
  const load = memoise(loadAndModel);
  return {
    root: options.root,
    check: options.check === true,
    force: options.force === true,
    generator: await currentGeneratorHash(),
    load: (specFile, loadOptions) => load(JSON.stringify([specFile, loadOptions.requireErrorCatalogue])),
    hashFile: memoise(hashInputFile),
  };
}
