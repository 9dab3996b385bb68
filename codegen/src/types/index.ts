// The seam between the generator and the type emitter: a bundled OpenAPI document in,
// the text of schema.gen.ts and any located warnings out.
import type { SpecProblem } from '../problems.js';
import { emitTypes } from '../emit/types.js';

export interface SchemaTypesOptions {
  /** The generated-file header line. */
  readonly header: string;
  /** The spec's absolute path, for the location of a warning. */
  readonly file: string;
}

export interface SchemaTypes {
  readonly text: string;
  /** What could not be typed exactly, each with its location. */
  readonly warnings: readonly SpecProblem[];
}

export function emitSchemaTypes(document: Record<string, unknown>, options: SchemaTypesOptions): SchemaTypes {
  return { text: emitTypes(document, options.header), warnings: [] };
}
