// Renders one target's files in memory: load, model, emit. Imported lazily by generate.ts so
// that a run the cache answers never loads TypeScript, ts-morph, Redocly or openapi-typescript.
import { relative, sep } from 'node:path';
import { emitClient } from './emit/client.js';
import { emitErrors } from './emit/errors.js';
import { generatedHeader, generatedNotice } from './emit/header.js';
import { emitIndex, emitPackageJson, emitReadme, emitTsconfig, type PackageContext } from './emit/package-files.js';
import { emitTypes } from './emit/types.js';
import { loadSpec } from './load/load-spec.js';
import { buildApiModel } from './model/api-model.js';
import type { GenerateTarget } from './generate.js';
import type { GeneratedFile } from './output/generated-file.js';
import { buildManifest, hashInputs } from './output/manifest.js';
import type { SpecProblem } from './problems.js';

const toPosix = (path: string) => path.split(sep).join('/');

export interface Rendered {
  readonly files: GeneratedFile[];
  readonly operations: number;
  readonly warnings: readonly SpecProblem[];
}

export async function render(target: GenerateTarget, root: string, generator: string): Promise<Rendered> {
  const spec = await loadSpec(target.specFile, { requireErrorCatalogue: target.requireErrorCatalogue });
  // The header names the spec relative to the project root, so it is the same on every machine.
  const specPath = toPosix(relative(root, spec.file));
  const header = generatedHeader(specPath);
  const notice = generatedNotice(specPath);
  const { model, warnings } = buildApiModel(spec.document, spec.file);
  const context: PackageContext = { packageName: target.packageName, vendor: target.vendor, specPath, header, notice };
  const files: GeneratedFile[] = [
    { path: 'package.json', content: emitPackageJson(model, context) },
    { path: 'tsconfig.json', content: emitTsconfig(context) },
    { path: 'README.md', content: emitReadme(model, context) },
    { path: 'src/index.ts', content: emitIndex(header) },
    { path: 'src/schema.gen.ts', content: emitTypes(spec.document, header) },
    { path: 'src/client.gen.ts', content: emitClient(model, header) },
    { path: 'src/errors.gen.ts', content: emitErrors(model, header) },
  ];
  const inputs = await hashInputs(spec.inputFiles, target.outDirectory);
  files.push(buildManifest(generator, inputs, files, notice));
  return { files, operations: model.operations.length, warnings: [...spec.warnings, ...warnings] };
}
