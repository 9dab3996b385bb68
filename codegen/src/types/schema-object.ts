// Types one Schema Object (OpenAPI 3.0 and 3.1 / JSON Schema 2020-12), dispatching to one
// file per construct: boolean schemas, `$ref`, `const` and `enum`, the `type` keyword (3.1
// type arrays and 3.0 `nullable` included), arrays, objects and composition. What cannot be
// typed is `unknown`, with a located warning.
// @see https://spec.openapis.org/oas/v3.1.0#schema-object
import { arrayType } from './array-schema.js';
import { compose } from './composition.js';
import { isObject, warn, type Json, type TypesContext } from './context.js';
import { enumType, isNullable, valueType } from './enum-schema.js';
import type { Path } from './json-pointer.js';
import { describeValue, messages } from './messages.js';
import { objectType } from './object-schema.js';
import { refType } from './refs.js';
import { BOOLEAN, NEVER, NULL, NUMBER, STRING, union, UNKNOWN, type TypeNode } from './type-nodes.js';

const PRIMITIVES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/** The type `type: <name>` gives the schema (undefined: an object with nothing to type). */
function typeOf(name: unknown, schema: Json, ctx: TypesContext, path: Path | undefined, anchor: string | undefined): TypeNode | undefined {
  switch (name) {
    case 'string':
      return STRING;
    case 'number':
    case 'integer':
      return NUMBER;
    case 'boolean':
      return BOOLEAN;
    case 'null':
      return NULL;
    case 'array':
      return arrayType(schema, ctx, path);
    case 'object':
      return objectType(schema, ctx, path, anchor, true);
    default:
      warn(ctx, path, messages.unknownType(String(name)));
      return UNKNOWN;
  }
}

/** The schema's own type, before composition: one `type`, a 3.1 type array, or (no `type`) its object fields. */
function coreType(schema: Json, ctx: TypesContext, path: Path | undefined, anchor: string | undefined): TypeNode | undefined {
  const type = schema['type'];
  if (type === undefined) return objectType(schema, ctx, path, anchor, false);
  if (!Array.isArray(type)) return typeOf(type, schema, ctx, path, anchor);
  // `null` is added after composition; a primitive a oneOf alternative also describes is left to it.
  const oneOf = Array.isArray(schema['oneOf']) ? (schema['oneOf'] as unknown[]) : [];
  const names = type.filter((name) => name !== 'null' && !(PRIMITIVES.has(name) && oneOf.some((item) => isObject(item) && item['type'] === name)));
  if (names.length === 0) return type.includes('null') && oneOf.length === 0 ? NULL : undefined;
  const members = names.map((name) => typeOf(name, schema, ctx, path, anchor)).filter((member) => member !== undefined);
  return members.length > 0 ? union(members) : undefined;
}

export function transformSchema(schema: unknown, ctx: TypesContext, path: Path | undefined, anchor?: string): TypeNode {
  if (schema === true) return UNKNOWN;
  if (schema === false) return NEVER;
  if (!isObject(schema)) {
    warn(ctx, path, messages.notASchema(describeValue(schema)));
    return UNKNOWN;
  }
  const ref = schema['$ref'];
  if (typeof ref === 'string') return refType(ref, ctx, path, (target, targetPath) => transformSchema(target, ctx, targetPath));
  if ('const' in schema && schema['const'] !== undefined) return valueType(schema['const']);
  const values = schema['enum'];
  if (Array.isArray(values) && schema['type'] !== 'object' && !('properties' in schema) && !('additionalProperties' in schema)) return enumType(values, schema);
  const type = compose(schema, coreType(schema, ctx, path, anchor), ctx, path, anchor) ?? UNKNOWN;
  return type !== UNKNOWN && isNullable(schema) ? union([type, NULL]) : type;
}
