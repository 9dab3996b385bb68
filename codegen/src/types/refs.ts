// Types a local `$ref` as openapi-typescript lays the document out: a named component,
// `$defs` entry or path item is a plain indexed access (`components["schemas"]["Pet"]`), and
// `…/properties/<name>` chains under a component schema index through the object's fields.
// Any other target (a schema inside an operation, an `items`, a parameter of another path) is
// typed in place from its target, since the printed types have no key for it; a ref met again
// inside its own copy is a cycle with no named anchor and is typed unknown with a warning.
import { isObject, warn, type ResolvedRef, type TypesContext } from './context.js';
import { docItems } from './jsdoc.js';
import { child, type Path } from './json-pointer.js';
import { messages } from './messages.js';
import { access, UNKNOWN, type TypeNode } from './type-nodes.js';

const COMPONENT_KINDS = new Set(['schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'pathItems']);

/** How a target that has no name of its own is typed in place (schema, parameter, response …). */
export type InlineType = (target: unknown, path: Path | undefined) => TypeNode;

/** The indexed access for a ref to a named thing, or undefined when the target must be typed in place. */
function namedAccess(segments: readonly string[]): TypeNode | undefined {
  const [first, kind, name] = segments;
  if (first === 'components' && kind !== undefined && name !== undefined && COMPONENT_KINDS.has(kind)) {
    if (segments.length === 3) return access('components', [kind, name]);
    if (kind !== 'schemas') return undefined;
    const fields: string[] = [];
    for (let index = 3; index < segments.length; index += 2) {
      const field = segments[index + 1];
      if (segments[index] !== 'properties' || field === undefined) return undefined;
      fields.push(field);
    }
    return access('components', [kind, name, ...fields]);
  }
  if ((first === '$defs' || first === 'paths') && segments.length === 2 && kind !== undefined) return access(first, [kind]);
  return undefined;
}

function pathOf(segments: readonly string[]): Path | undefined {
  let path: Path | undefined;
  for (const segment of segments) path = child(path, segment);
  return path;
}

/** The named access of each resolved ref (undefined: typed in place), so every use of a ref shares one node. */
const namedAccesses = new WeakMap<ResolvedRef, TypeNode | undefined>();

function namedAccessOf(resolved: ResolvedRef, segments: readonly string[]): TypeNode | undefined {
  if (namedAccesses.has(resolved)) return namedAccesses.get(resolved);
  const named = namedAccess(segments);
  namedAccesses.set(resolved, named);
  return named;
}

export function refType(ref: string, ctx: TypesContext, path: Path | undefined, inline: InlineType): TypeNode {
  const resolved = ctx.resolve(ref);
  const { segments, target } = resolved;
  if (!segments) {
    warn(ctx, path, messages.externalRef(ref));
    return UNKNOWN;
  }
  if (target === undefined) {
    warn(ctx, path, messages.unresolvedRef(ref));
    return UNKNOWN;
  }
  const named = namedAccessOf(resolved, segments);
  if (named && (isObject(target) || typeof target === 'boolean')) return named;
  if (ctx.inlining.has(ref)) {
    warn(ctx, path, messages.refCycle(ref));
    return UNKNOWN;
  }
  ctx.inlining.add(ref);
  try {
    return inline(target, pathOf(segments));
  } finally {
    ctx.inlining.delete(ref);
  }
}

/**
 * The JSDoc of something that may be written as a ref: its own, or, for a ref typed from its
 * target (one with no name, such as a response of another operation), the target's with the
 * ref's own siblings (`description`) over it, as the copy it stands for would have.
 */
export function refDocItems(node: unknown, ctx: TypesContext): string[] | undefined {
  const ref = isObject(node) ? node['$ref'] : undefined;
  if (typeof ref !== 'string') return docItems(node);
  const { segments, target } = ctx.resolve(ref);
  if (!segments || namedAccess(segments) || !isObject(target)) return docItems(node);
  const { $ref: _ref, ...siblings } = node as Record<string, unknown>;
  return docItems({ ...target, ...siblings });
}
