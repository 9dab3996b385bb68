// Both emitters' output for one corpus spec: the spec loaded once as the generator loads it
// (lint with the generation rules, bundle), then ours through the generator's types seam and
// the oracle through openapi-typescript's public API with its defaults, each on its own copy of
// the bundled document (an emitter may adjust the document it is given).
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { loadSpec } from '../../../codegen/src/load/load-spec.js';
import { emitSchemaTypes } from '../../../codegen/src/types/index.js';
import type { CorpusSpec } from './corpus.js';

export interface Outputs {
  /** The bundled document, untouched by either emitter. */
  readonly document: Record<string, unknown>;
  readonly ours: string;
  readonly oracle: string;
  /** The located warnings our emitter gave, as `rule: message`. */
  readonly warnings: readonly string[];
}

/** Why a spec could not be compared: the step that threw and the first line of its message. */
export class NotCompared extends Error {
  override readonly name = 'NotCompared';
  constructor(
    readonly step: 'load' | 'ours' | 'oracle',
    cause: unknown,
  ) {
    super(`${step}: ${(cause instanceof Error ? cause.message : String(cause)).split('\n')[0]}`);
  }
}

async function step<T>(name: NotCompared['step'], run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new NotCompared(name, error);
  }
}

export async function generateBoth(spec: CorpusSpec): Promise<Outputs> {
  const { document } = await step('load', () => loadSpec(spec.file, { requireErrorCatalogue: spec.requireErrorCatalogue }));
  const ours = await step('ours', () => emitSchemaTypes(structuredClone(document), { header: `// ours: ${spec.name}`, file: spec.file }));
  // `silent` only mutes its console warnings; every option that shapes the types keeps its default.
  const oracle = await step('oracle', async () => astToString(await openapiTS(structuredClone(document) as unknown as OpenAPI3, { silent: true })));
  return { document, ours: ours.text, oracle, warnings: ours.warnings.map((warning) => `${warning.rule}: ${warning.message}`) };
}
