// A generated package as a target: one cache part, made from its spec and the files it $refs.
import { generatedNotice, specPathOf } from '../emit/header.js';
import { SpecError } from '../problems.js';
import type { PackageSpec } from './package-spec.js';
import type { RenderedPart, Target } from './target.js';
import type { RunContext } from './context.js';

async function renderPackage(spec: PackageSpec, context: RunContext): Promise<RenderedPart> {
  const loaded = await context.load(spec.specFile, { requireErrorCatalogue: spec.requireErrorCatalogue });
  // Lazily: a run the cache answers loads none of the emitters.
  const [{ emitPackage }, { unreadableSpec }] = await Promise.all([import('../emit/package.js'), import('../load/unreadable-spec.js')]);
  try {
    const emitted = emitPackage(loaded.spec, loaded.model, { packageName: spec.packageName, vendor: spec.vendor, specPath: specPathOf(spec.specFile, context.root) });
    return {
      files: emitted.files,
      inputFiles: loaded.spec.inputFiles,
      operations: loaded.model.operations.length,
      warnings: [...loaded.spec.warnings, ...loaded.modelWarnings, ...emitted.warnings],
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
