// Emits one generated package's files in memory from a loaded, modelled spec: the schema types
// (through the types seam), the operation client, the error codes, the api export and the
// package files. Imported lazily by run/package-target.ts, so that a run the cache answers
// loads none of the emitters.
import type { LoadedSpec } from '../load/load-spec.js';
import type { ApiModel } from '../model/api-model.js';
import type { GeneratedFile } from '../output/generated-file.js';
import type { SpecProblem } from '../problems.js';
import { emitSchemaTypes } from '../types/index.js';
import { emitApi } from './api.js';
import { emitClient } from './client.js';
import { emitErrors } from './errors.js';
import { generatedHeader, generatedNotice } from './header.js';
import { emitIndex, emitPackageJson, emitReadme, emitTsconfig, type PackageContext } from './package-files.js';

export interface PackageNames {
  readonly packageName: string;
  /** Set for vendor packages that have a hand-written wrapper in packages/<vendor>. */
  readonly vendor: string | null;
  /** The spec's path relative to the repository root, as headers name it. */
  readonly specPath: string;
}

export interface EmittedPackage {
  readonly files: readonly GeneratedFile[];
  readonly warnings: readonly SpecProblem[];
}

export function emitPackage(spec: LoadedSpec, model: ApiModel, names: PackageNames): EmittedPackage {
  const header = generatedHeader(names.specPath);
  const notice = generatedNotice(names.specPath);
  const context: PackageContext = { ...names, header, notice };
  const schema = emitSchemaTypes(spec.document, { header, file: spec.file });
  const files: GeneratedFile[] = [
    { path: 'package.json', content: emitPackageJson(model, context) },
    { path: 'tsconfig.json', content: emitTsconfig(context) },
    { path: 'README.md', content: emitReadme(model, context) },
    { path: 'src/index.ts', content: emitIndex(header) },
    { path: 'src/schema.gen.ts', content: schema.text },
    { path: 'src/client.gen.ts', content: emitClient(model, header) },
    { path: 'src/errors.gen.ts', content: emitErrors(model, header) },
    { path: 'src/api.gen.ts', content: emitApi(model, header) },
  ];
  return { files, warnings: schema.warnings };
}
