// The client surface: what a generated package exposes to its callers, distilled from a spec
// into plain JSON (so a previous run's surface can be stored beside its manifest and read back).
import type { PaginationInfo } from '@specsmith/core/contract';

/** A schema reduced to what shapes the generated TypeScript types; refs to named schemas stay refs. */
export interface SchemaShape {
  /** A named schema (`#/components/schemas/X`), found in ClientSurface.schemas. */
  readonly ref?: string;
  /** JSON types other than null, sorted; absent: any value. */
  readonly types?: readonly string[];
  readonly nullable?: true;
  /** `enum`, or `[const]`. */
  readonly enum?: readonly (string | number | boolean | null)[];
  readonly properties?: Readonly<Record<string, SchemaShape>>;
  readonly required?: readonly string[];
  readonly items?: SchemaShape;
  /** `oneOf` / `anyOf` members, a null member folded into `nullable`. */
  readonly variants?: readonly SchemaShape[];
}

export type ParameterIn = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterSurface {
  readonly name: string;
  readonly in: ParameterIn;
  readonly required: boolean;
  readonly schema: SchemaShape;
  readonly pointer: string;
}

export interface BodySurface {
  readonly required: boolean;
  readonly mediaType: string;
  readonly schema: SchemaShape;
  readonly pointer: string;
}

export interface ResponseSurface {
  /** The status code key (`200`, `2XX`). */
  readonly status: string;
  /** The JSON (or first) body's schema; null when the response has no body. */
  readonly schema: SchemaShape | null;
  readonly pointer: string;
}

export interface OperationSurface {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Where the generated client puts it: `client.<resource>.<methodName>`. */
  readonly resource: string;
  readonly methodName: string;
  readonly pointer: string;
  readonly idempotent: boolean;
  /** Whether `idempotent` comes from `x-idempotent` or from the method's semantics. */
  readonly idempotentFrom: 'x-idempotent' | 'method';
  readonly pagination: PaginationInfo | null;
  /** The body field the runtime fills with the secret (`x-body-token`): never the caller's to pass. */
  readonly bodyToken: string | null;
  readonly parameters: readonly ParameterSurface[];
  readonly body: BodySurface | null;
  /** 2xx responses only: the error bodies are the catalogue's business. */
  readonly responses: readonly ResponseSurface[];
}

export interface ErrorCodeSurface {
  readonly code: string | number;
  readonly name: string;
  readonly pointer: string;
}

export const SURFACE_FORMAT = 'specsmith-surface/1';

export interface ClientSurface {
  readonly format: typeof SURFACE_FORMAT;
  readonly title: string;
  readonly version: string;
  readonly operations: readonly OperationSurface[];
  /** Named schemas the operations reach, by pointer. */
  readonly schemas: Readonly<Record<string, SchemaShape>>;
  /** `x-error-codes.codes`; null when the spec has no catalogue. */
  readonly errorCodes: readonly ErrorCodeSurface[] | null;
}
