// Renders one target's files in memory: load, model, emit. Imported lazily by generate.ts so
// that a run the cache answers never loads TypeScript, Redocly or openapi-typescript.
import { emitApi } from './emit/api.js';
import { emitClient } from './emit/client.js';
import { emitErrors } from './emit/errors.js';
import { generatedHeader, generatedNotice, specPathOf } from './emit/header.js';
import { emitIndex, emitPackageJson, emitReadme, emitTsconfig, type PackageContext } from './emit/package-files.js';
import { loadSpec, type LoadedSpec } from './load/load-spec.js';
import { buildApiModel } from './model/api-model.js';
import type { GenerateTarget } from './generate.js';
import type { GeneratedFile } from './output/generated-file.js';
import { buildManifest, hashInputs } from './output/manifest.js';
import { SpecError, type SpecProblem } from './problems.js';

export interface Rendered {
  readonly files: GeneratedFile[];
  readonly operations: number;
  readonly warnings: readonly SpecProblem[];
}

export async function render(target: GenerateTarget, root: string, generator: string): Promise<Rendered> {
  const spec = await loadSpec(target.specFile, { requireErrorCatalogue: target.requireErrorCatalogue });
  try {
    return await emit(target, spec, generator, specPathOf(target.specFile, root));
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw unreadableSpec(spec, error as Error);
  }
}

/**
 * A spec whose structure is too broken to emit: its structural warnings become the errors
 * (they are the likely cause), followed by what the emitter tripped over.
 */
function unreadableSpec(spec: LoadedSpec, error: Error): SpecError {
  const structural = spec.warnings.filter((warning) => warning.rule === 'struct').map((warning) => ({ ...warning, severity: 'error' as const }));
  return new SpecError([
    ...structural,
    {
      severity: 'error',
      rule: 'generate',
      // openapi-typescript's CommonJS build renames some locals (`operationObject$1`); report the source's names.
      message: `The spec is too malformed to generate from (${error.message.replace(/\b([A-Za-z_]\w*)\$\d+\b/g, '$1')}).`,
      location: { file: spec.file },
      hint: structural.length > 0 ? 'Fix the structural errors above.' : 'Run `npm run lint:specs` (or `redocly lint <file>`) for details.',
    },
  ]);
}

async function emit(target: GenerateTarget, spec: LoadedSpec, generator: string, specPath: string): Promise<Rendered> {
  const header = generatedHeader(specPath);
  const notice = generatedNotice(specPath);
  const { model, warnings } = buildApiModel(spec.document, spec.file);
  const context: PackageContext = { packageName: target.packageName, vendor: target.vendor, specPath, header, notice };
  const client = emitClient(model, header);
  const packageJson = emitPackageJson(model, context);
  const readme = emitReadme(model, context);
  const errors = emitErrors(model, header);
  const inputs = await hashInputs(spec.inputFiles, target.outDirectory);
  const schema = (await import('./types/index.js')).emitSchemaTypes(spec.document, { header, file: spec.file });
  const files: GeneratedFile[] = [
    { path: 'package.json', content: packageJson },
    { path: 'tsconfig.json', content: emitTsconfig(context) },
    { path: 'README.md', content: readme },
    { path: 'src/index.ts', content: emitIndex(header) },
    { path: 'src/schema.gen.ts', content: schema.text },
    { path: 'src/client.gen.ts', content: client },
    { path: 'src/errors.gen.ts', content: errors },
    { path: 'src/api.gen.ts', content: emitApi(model, header) },
  ];
  files.push(buildManifest(generator, inputs, files, notice));
  return { files, operations: model.operations.length, warnings: [...spec.warnings, ...warnings, ...schema.warnings] };
}
