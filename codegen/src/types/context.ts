// The one context every transform receives, built once per document: the document and its
// file, the warnings found so far, memoised ref resolution, the discriminator index, and the
// operations gathered for the `operations` interface.
import type { SpecProblem } from '../problems.js';
import type { Discriminators } from './discriminators.js';
import { pointerOf, refSegments, valueAtSegments, type Path } from './json-pointer.js';
import type { Json } from './json.js';
import type { TypeNode } from './type-nodes.js';
import type { TypeWriter } from './printer.js';

export type { Json } from './json.js';
export { isObject } from './json.js';

/** Types a schema; the one entry point every construct recurses through (schema-object.ts). */
type SchemaTransform = (schema: unknown, ctx: TypesContext, path: Path | undefined, anchor?: string) => TypeNode;

/** What the named per-operation types need to know of one operation in `operations`. */
export interface OperationSummary {
  readonly operationId: string;
  /** The request body's media type to name (JSON first), and whether the body is required. */
  readonly body?: { readonly mediaType: string; readonly required: boolean };
  /** Status keys (as printed) with the JSON media type each response has. */
  readonly success: readonly (readonly [status: string | number, mediaType: string])[];
  readonly failure: readonly (readonly [status: string | number, mediaType: string])[];
}

export interface ResolvedRef {
  /** undefined for a ref that is not local (`#/...`). */
  readonly segments: readonly string[] | undefined;
  /** What the ref points at; undefined when nothing is there. */
  readonly target: unknown;
}

export interface TypesContext {
  readonly document: Json;
  readonly file: string;
  readonly warnings: SpecProblem[];
  /** `pointer message` of each warning given, so a schema typed twice (inlined twice) warns once. */
  readonly warned: Set<string>;
  readonly discriminators: Discriminators;
  /** Refs being inlined right now (a ref inside its own copy is a cycle without a named anchor). */
  readonly inlining: Set<string>;
  /** The `operations` interface's members, written as each operation is met (document order). */
  readonly operations: TypeWriter;
  /** The operationIds already in `operations`, with what their named types need. */
  readonly operationSummaries: Map<string, OperationSummary>;
  /** Types a schema (see SchemaTransform). */
  readonly schema: SchemaTransform;
  resolve(ref: string): ResolvedRef;
}

export interface ContextParts {
  readonly document: Json;
  readonly file: string;
  readonly discriminators: Discriminators;
  readonly schema: SchemaTransform;
  readonly operations: TypeWriter;
  readonly resolve: (ref: string) => ResolvedRef;
}

/** Resolves local refs, each ref string once: the transforms meet the same refs many times over. */
export function createResolver(document: Json): (ref: string) => ResolvedRef {
  const resolved = new Map<string, ResolvedRef>();
  return (ref) => {
    let entry = resolved.get(ref);
    if (!entry) {
      const segments = refSegments(ref);
      entry = { segments, target: segments ? valueAtSegments(document, segments) : undefined };
      resolved.set(ref, entry);
    }
    return entry;
  };
}

export function createContext({ document, file, discriminators, schema, operations, resolve }: ContextParts): TypesContext {
  return {
    document,
    file,
    warnings: [],
    warned: new Set(),
    discriminators,
    inlining: new Set(),
    operations,
    operationSummaries: new Map(),
    schema,
    resolve,
  };
}

/** Records a located warning (rule `types`) for what could not be typed at `path`. */
export function warn(ctx: TypesContext, path: Path | undefined, message: string): void {
  const pointer = pointerOf(path);
  const key = `${pointer} ${message}`;
  if (ctx.warned.has(key)) return;
  ctx.warned.add(key);
  ctx.warnings.push({ severity: 'warning', rule: 'types', message, location: { file: ctx.file, pointer } });
}
