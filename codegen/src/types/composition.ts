// `allOf` (intersection), `anyOf` and `oneOf` (union), combined with the schema's own fields.
// An `allOf` part that refers to a discriminated base is `Omit<Base, "kind">`, and a schema the
// base's discriminator maps to gets its `kind` narrowed in one more part (openapi-typescript's
// discriminator layout). A union beside the schema's own fields is intersected with them
// (the value has the fields and matches one of the alternatives), except that a union of
// primitives is joined to them as openapi-typescript does.
import { isObject, type Json, type TypesContext } from './context.js';
import { child, type Path } from './json-pointer.js';
import { generic, intersection, literal, object, property, union, type TypeNode } from './type-nodes.js';

/** openapi-typescript's primitives: literals and keywords other than unknown. */
function isPrimitive(node: TypeNode): boolean {
  return (node.kind === 'keyword' && node.name !== 'unknown') || node.kind === 'literal';
}

function allOfParts(parts: readonly unknown[], ctx: TypesContext, path: Path | undefined): TypeNode[] {
  const types: TypeNode[] = [];
  const allOfPath = child(path, 'allOf');
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    const type = ctx.schema(part, ctx, child(allOfPath, index));
    const ref = isObject(part) ? part['$ref'] : undefined;
    const discriminator = typeof ref === 'string' ? ctx.discriminators.objects.get(ref) : isObject(part) && isObject(part['discriminator']) ? part['discriminator'] : undefined;
    const propertyName = discriminator?.['propertyName'];
    types.push(typeof propertyName === 'string' ? generic('Omit', [type, literal(propertyName)]) : type);
  }
  return types;
}

function alternatives(items: readonly unknown[], key: 'anyOf' | 'oneOf', ctx: TypesContext, path: Path | undefined): TypeNode[] {
  const keyPath = child(path, key);
  return items.map((item, index) => ctx.schema(item, ctx, child(keyPath, index)));
}

/** The schema's own type (`core`, undefined when it has none) combined with its allOf, anyOf and oneOf. */
export function compose(schema: Json, core: TypeNode | undefined, ctx: TypesContext, path: Path | undefined, anchor: string | undefined): TypeNode | undefined {
  let type = core;
  const allOf = schema['allOf'];
  if (Array.isArray(allOf) && allOf.length > 0) {
    const parts = allOfParts(allOf, ctx, path);
    const narrowing = anchor === undefined ? undefined : ctx.discriminators.narrowed.get(anchor);
    if (narrowing) parts.push(object([property(narrowing.propertyName, union(narrowing.values.map(literal)))]));
    type = intersection(type ? [type, ...parts] : parts);
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const items = schema[key];
    if (!Array.isArray(items) || items.length === 0) continue;
    const members = alternatives(items, key, ctx, path);
    if (!type) type = union(members);
    else if (members.every(isPrimitive) && isPrimitive(type)) type = union([type, ...members]);
    else type = intersection([type, union(members)]);
  }
  return type;
}
