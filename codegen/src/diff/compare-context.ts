// The one context a comparison runs in: both surfaces, and the list the comparers append to.
import { classify } from './classify.js';
import type { ChangeClass, Direction, SurfaceChange } from './change.js';
import type { ClientSurface } from './surface-model.js';

export interface CompareContext {
  readonly old: ClientSurface;
  readonly new: ClientSurface;
  readonly changes: SurfaceChange[];
}

export interface ChangeFact {
  readonly class: ChangeClass;
  readonly direction?: Direction;
  readonly operationId: string | null;
  readonly schema?: string | null;
  readonly message: string;
  readonly side: 'old' | 'new';
  readonly pointer: string;
}

/** Appends a change, or adds the operation to the same change already found through another one. */
export function record(context: CompareContext, fact: ChangeFact): void {
  const kind = classify(fact.class, fact.direction);
  const operations = fact.operationId === null ? [] : [fact.operationId];
  const same = context.changes.findIndex(
    (change) => change.kind === kind && change.class === fact.class && change.message === fact.message && change.location.side === fact.side && change.location.pointer === fact.pointer,
  );
  const existing = context.changes[same];
  if (existing) {
    context.changes[same] = { ...existing, operations: [...new Set([...existing.operations, ...operations])] };
    return;
  }
  context.changes.push({ kind, class: fact.class, operations, schema: fact.schema ?? null, message: fact.message, location: { side: fact.side, pointer: fact.pointer } });
}

/** `getRequest (GET /requests/{id})` */
export const operationLabel = (operation: { readonly operationId: string; readonly method: string; readonly path: string }): string =>
  `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`;

export const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');
