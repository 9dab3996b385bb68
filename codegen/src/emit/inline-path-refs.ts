// A `$ref` into `#/paths` (a parameter, request body, response or schema reused from another
// operation) is replaced by a copy of its target before openapi-typescript's transform.
// The transform types a ref as indexed access along its pointer, which fits `#/components`
// but not the printed shape of `paths`: `#/paths/~1pets/get/parameters/1` becomes
// `paths["/pets"]["get"]["parameters"]["query"]["limit"]`, which strict tsc rejects when the
// group is optional (`query?:`), and a schema ref `…/content/application~1json/schema` names
// a `schema` key the printed types do not have. A copy is the same type, printed in place.
import { isObject, valueAt, type Json } from '../model/json-ref.js';

const INTO_PATHS = '#/paths/';

/** `#/paths/~1pets` names a whole path item, which the transform types correctly as `paths["/pets"]`. */
const isPathItemRef = (ref: string) => !ref.slice(INTO_PATHS.length).includes('/');

/** Nodes to visit, each with the refs being inlined above it (a ref inside its own target stays a ref). */
interface Visit {
  readonly node: unknown;
  readonly inlining: readonly string[];
}

export function inlinePathRefs(document: Json): void {
  const stack: Visit[] = [{ node: document, inlining: [] }];
  while (stack.length > 0) {
    const { node, inlining } = stack.pop() as Visit;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push({ node: item, inlining });
      continue;
    }
    if (!isObject(node)) continue;
    let below = inlining;
    const ref = node['$ref'];
    if (typeof ref === 'string' && ref.startsWith(INTO_PATHS) && !isPathItemRef(ref)) {
      const target = valueAt(document, ref);
      // Inside its own copy (a recursive schema) a copy would never end; the repeat is any value.
      if (inlining.includes(ref)) delete node['$ref'];
      else if (isObject(target)) {
        replaceWithCopy(node, target);
        below = [...inlining, ref];
      }
    }
    // for...in rather than Object.values: no array per node (the document is plain parsed data).
    for (const key in node) {
      const value = node[key];
      if (typeof value === 'object' && value !== null) stack.push({ node: value, inlining: below });
    }
  }
}

/** The ref object becomes the target's copy; its siblings (a Reference's summary, description) still apply on top. */
function replaceWithCopy(reference: Json, target: Json): void {
  // Copied first: the target may hold this very ref (a recursive schema).
  const copy = structuredClone(target);
  const { $ref: _ref, ...siblings } = reference;
  for (const key of Object.keys(reference)) delete reference[key];
  Object.assign(reference, copy, siblings);
}
