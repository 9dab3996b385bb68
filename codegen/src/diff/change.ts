// One change between two client surfaces, and the report that lists them. The class says what
// changed; classify.ts decides from it (and the direction) whether callers break.

export type ChangeKind = 'breaking' | 'additive';

/** Whether a schema is something the client sends (request) or receives (response). */
export type Direction = 'request' | 'response';

const CHANGE_CLASSES = [
  'operation-removed',
  'operation-renamed',
  'operation-moved',
  'client-method-moved',
  'operation-added',
  'parameter-removed',
  'required-parameter-added',
  'optional-parameter-added',
  'parameter-now-required',
  'parameter-now-optional',
  'body-removed',
  'required-body-added',
  'optional-body-added',
  'body-now-required',
  'body-now-optional',
  'response-removed',
  'response-added',
  'field-removed',
  'required-field-added',
  'field-added',
  'field-now-required',
  'field-now-optional',
  'enum-value-removed',
  'enum-value-added',
  'nullable-removed',
  'nullable-added',
  'type-changed',
  'type-narrowed',
  'type-widened',
  'variant-removed',
  'variant-added',
  'error-code-removed',
  'error-code-renamed',
  'error-code-added',
  'pagination-removed',
  'pagination-changed',
  'pagination-added',
  'idempotency-changed',
] as const;

export type ChangeClass = (typeof CHANGE_CLASSES)[number];

export interface ChangeLocation {
  /** Which document the pointer is into: the old one for what went, the new one otherwise. */
  readonly side: 'old' | 'new';
  /** JSON pointer into that (bundled) document. */
  readonly pointer: string;
}

export interface SurfaceChange {
  readonly kind: ChangeKind;
  readonly class: ChangeClass;
  /** The operations it concerns (old ids for renamed ones); empty for the error catalogue. */
  readonly operations: readonly string[];
  /** The named schema it is inside (`Status`), reported once for every operation using it; else null. */
  readonly schema: string | null;
  /** One line for people: `removed operation getRequest (GET /requests/{id})`. */
  readonly message: string;
  readonly location: ChangeLocation;
}

export interface SurfaceDiff {
  /** Breaking changes first, then additive ones; each group in document order. */
  readonly changes: readonly SurfaceChange[];
  readonly breaking: number;
  readonly additive: number;
}
