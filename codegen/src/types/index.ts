// The seam between the generator and the type emitter: a bundled OpenAPI document in, the
// text of schema.gen.ts and the located warnings for what could not be typed out. The
// emitter is Specsmith's own (see document.ts); nothing of TypeScript or openapi-typescript
// is loaded to generate types.
import type { SpecProblem } from '../problems.js';
import { writeDocument } from './document.js';

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
  const { text, ctx } = writeDocument(document, options.header, options.file);
  return { text, warnings: ctx.warnings };
}
