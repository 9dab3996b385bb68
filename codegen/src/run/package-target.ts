// A generated package as a target: one cache part, made from its spec and the files it $refs.
// Beside the emitted files it records the package's client surface (surface.json) and reports
// what changed against the surface recorded before, breaking or additive; a write of a vendor
// package also leaves a changeset for it.
import { generatedNotice, specPathOf } from '../emit/header.js';
import { SpecError } from '../problems.js';
import type { PackageSpec } from './package-spec.js';
import type { RenderedPart, Target } from './target.js';
import type { RunContext } from './context.js';
import { readManifest } from '../output/manifest.js';
import { sha256 } from '../output/hash.js';

/**
 * Whether the files differ from what the previous generation made (the hashes its manifest
 * recorded), not from the disk: a forced rerun, or one that only repairs a hand edit, releases nothing.
 */
async function changedSinceLastGeneration(directory: string, files: readonly { readonly path: string; readonly content: string }[]): Promise<boolean> {
  const recorded = (await readManifest(directory))?.parts['package']?.outputs ?? {};
  return files.some((file) => recorded[file.path] !== sha256(file.content));
}

async function renderPackage(spec: PackageSpec, context: RunContext): Promise<RenderedPart> {
  const loaded = await context.load(spec.specFile, { requireErrorCatalogue: spec.requireErrorCatalogue });
  // Lazily: a run the cache answers loads none of the emitters.
  const [{ emitPackage }, { unreadableSpec }, diff] = await Promise.all([import('../emit/package.js'), import('../load/unreadable-spec.js'), import('../diff/index.js')]);
  try {
    const emitted = emitPackage(loaded.spec, loaded.model, { packageName: spec.packageName, vendor: spec.vendor, specPath: specPathOf(spec.specFile, context.root) });
    const next = diff.surfaceOf(loaded.spec);
    const files = [...emitted.files, { path: diff.SURFACE_FILE, content: diff.surfaceJson(next) }];
    const previous = await diff.readRecordedSurface(spec.outDirectory);
    const regeneration = {
      name: spec.name,
      root: context.root,
      packageDirectory: spec.outDirectory,
      specFile: spec.specFile,
      inputFiles: loaded.spec.inputFiles,
      previous,
      next,
      filesChanged: await changedSinceLastGeneration(spec.outDirectory, files),
      cwd: context.root,
    };
    const report = await diff.reportRegeneration({ ...regeneration, writes: false });
    // A first generation has nothing to compare with: it records the baseline quietly.
    const notes = previous === null ? [] : report.lines;
    return {
      files,
      inputFiles: loaded.spec.inputFiles,
      operations: loaded.model.operations.length,
      warnings: [...loaded.spec.warnings, ...loaded.modelWarnings, ...emitted.warnings],
      notes,
      // Only vendor packages of the repository are released with changesets.
      ...(spec.vendor === null ? {} : { afterWrite: async () => (await diff.reportRegeneration({ ...regeneration, writes: true })).lines.slice(report.lines.length) }),
    };
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw unreadableSpec(loaded.spec, error as Error);
  }
}

export function packageTarget(spec: PackageSpec, root: string): Target {
  return {
    name: spec.name,
    outDirectory: spec.outDirectory,
    notice: generatedNotice(specPathOf(spec.specFile, root)),
    parts: [{ key: 'package', requiredInputs: [spec.specFile], render: (context) => renderPackage(spec, context) }],
  };
}
