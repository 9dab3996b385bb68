// `type: array`: `T[]` for `items`, a tuple for 2020-12 `prefixItems` (and for an OpenAPI 3.0
// `items` array), `unknown[]` when the items are not described.
import type { Json, TypesContext } from './context.js';
import { child, type Path } from './json-pointer.js';
import { arrayOf, tuple, UNKNOWN, type TypeNode } from './type-nodes.js';

export function arrayType(schema: Json, ctx: TypesContext, path: Path | undefined): TypeNode {
  const { prefixItems, items } = schema;
  const tupleItems = Array.isArray(prefixItems) ? prefixItems : Array.isArray(items) ? items : undefined;
  if (tupleItems) {
    const key = tupleItems === prefixItems ? 'prefixItems' : 'items';
    return tuple(tupleItems.map((item, index) => ctx.schema(item, ctx, child(child(path, key), index))));
  }
  if (items === undefined) return arrayOf(UNKNOWN);
  return arrayOf(ctx.schema(items, ctx, child(path, 'items')));
}
