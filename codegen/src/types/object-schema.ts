// An object schema's own fields: `properties` (optional unless `required`), `required` names
// no property declares (present, of any type: how an `allOf` part makes a base's fields
// required), `additionalProperties` and `patternProperties` as a string index signature, and
// the discriminator property narrowed to its value(s). A free-form `type: object` is
// `{ [key: string]: unknown }`. Returns undefined when the schema has no fields to type.
import { isObject, type Json, type TypesContext } from './context.js';
import type { Narrowing } from './discriminators.js';
import { docItems } from './jsdoc.js';
import { child, type Path } from './json-pointer.js';
import { EMPTY_OBJECT, indexSignature, intersection, literal, object, property, union, UNKNOWN, type Member, type PropertyMember, type TypeNode } from './type-nodes.js';

const COMPOSITION_KEYS = ['allOf', 'anyOf', 'oneOf'] as const;

function hasComposition(schema: Json): boolean {
  return COMPOSITION_KEYS.some((key) => Array.isArray(schema[key]) && (schema[key] as unknown[]).length > 0);
}

function narrowedType(narrowing: Narrowing): TypeNode {
  return union(narrowing.values.map(literal));
}

/** The discriminator property a schema extending a discriminated base gets (openapi-typescript's createDiscriminatorProperty). */
function inheritedDiscriminator(schema: Json, ctx: TypesContext, anchor: string | undefined): PropertyMember | undefined {
  if (anchor === undefined || schema['discriminator'] !== undefined || ctx.discriminators.narrowed.has(anchor)) return undefined;
  if (!Array.isArray(schema['allOf']) && !Array.isArray(schema['anyOf'])) return undefined;
  const discriminator = ctx.discriminators.objects.get(anchor);
  if (!discriminator) return undefined;
  const name = anchor.slice(anchor.lastIndexOf('/') + 1);
  let value = name;
  for (const [mapped, target] of Object.entries(discriminator.mapping ?? {})) {
    if (target.slice(target.lastIndexOf('/') + 1) === name) {
      value = mapped;
      break;
    }
  }
  return property(discriminator.propertyName, literal(value));
}

/** The index signature's value type, or undefined when the object takes no other keys. */
function additionalType(schema: Json, ctx: TypesContext, path: Path | undefined): TypeNode | undefined {
  const types: TypeNode[] = [];
  const additional = schema['additionalProperties'];
  if (additional === true || (isObject(additional) && Object.keys(additional).length === 0)) types.push(UNKNOWN);
  else if (isObject(additional)) types.push(ctx.schema(additional, ctx, child(path, 'additionalProperties')));
  const patterns = schema['patternProperties'];
  if (isObject(patterns)) {
    for (const pattern in patterns) types.push(ctx.schema(patterns[pattern], ctx, child(child(path, 'patternProperties'), pattern)));
  }
  return types.length > 0 ? union(types) : undefined;
}

export function objectType(schema: Json, ctx: TypesContext, path: Path | undefined, anchor: string | undefined, explicitObject: boolean): TypeNode | undefined {
  const members: Member[] = [];
  const declaredTypes: TypeNode[] = [];
  const inherited = inheritedDiscriminator(schema, ctx, anchor);
  if (inherited) members.push(inherited);
  const narrowing = anchor !== undefined && !Array.isArray(schema['allOf']) ? ctx.discriminators.narrowed.get(anchor) : undefined;
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].filter((name): name is string => typeof name === 'string') : []);
  const properties = isObject(schema['properties']) ? schema['properties'] : undefined;
  for (const name in properties) {
    const value = properties[name];
    const narrowed = narrowing?.propertyName === name;
    const type = narrowed ? narrowedType(narrowing) : ctx.schema(value, ctx, child(child(path, 'properties'), name));
    declaredTypes.push(type);
    const readOnly = isObject(value) && value['readOnly'] === true;
    members.push(property(name, type, { optional: !narrowed && !required.has(name), readonly: readOnly, doc: docItems(value) }));
  }
  if (narrowing && !(properties && narrowing.propertyName in properties)) {
    members.push(property(narrowing.propertyName, narrowedType(narrowing)));
    declaredTypes.push(narrowedType(narrowing));
  }
  // Required names no property declares come from elsewhere: another allOf part, or (in a part
  // with no properties of its own) the schema this part completes. Beside properties of its
  // own and no composition, such a name is taken for a slip of the spec and left out, as
  // openapi-typescript does.
  if (!properties || Object.keys(properties).length === 0 || hasComposition(schema)) {
    for (const name of required) {
      if (!(properties && name in properties) && name !== narrowing?.propertyName && name !== inherited?.name) members.push(property(name, UNKNOWN));
    }
  }
  const extra = additionalType(schema, ctx, path);
  if (extra) {
    // TypeScript checks every named property against a string index signature beside it.
    const index = object([indexSignature('key', union([extra, ...declaredTypes]))]);
    return members.length > 0 ? intersection([object(members), index]) : index;
  }
  if (members.length > 0) return object(members);
  if (!explicitObject || hasComposition(schema)) return undefined;
  // No field allowed (`additionalProperties: false`, `maxProperties: 0`): the empty object.
  return schema['maxProperties'] === 0 || schema['additionalProperties'] === false ? EMPTY_OBJECT : object([indexSignature('key', UNKNOWN)]);
}
