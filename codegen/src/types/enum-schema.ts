// `enum` and `const`: the listed values as literal types (objects and arrays as literal
// object and tuple types), with `null` when the schema is nullable (3.0 `nullable`, or
// `null` in a 3.1 type array).
import { isObject } from './json.js';
import { arrayOf, literal, NEVER, NULL, object, property, tuple, union, UNKNOWN, type TypeNode } from './type-nodes.js';

/** The literal type of one JSON value. */
export function valueType(value: unknown): TypeNode {
  if (value === null) return NULL;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return literal(value);
  if (Array.isArray(value)) return value.length === 0 ? arrayOf(NEVER) : tuple(value.map(valueType));
  if (isObject(value)) return object(Object.entries(value).map(([key, item]) => property(key, valueType(item))));
  return UNKNOWN;
}

export function isNullable(schema: Record<string, unknown>): boolean {
  const type = schema['type'];
  return schema['nullable'] === true || (Array.isArray(type) && type.includes('null'));
}

/** `enum: [a, b]` → `"a" | "b"` (`never` for an empty list). */
export function enumType(values: readonly unknown[], schema: Record<string, unknown>): TypeNode {
  const members = values.map(valueType);
  if (isNullable(schema)) members.push(NULL);
  return union(members);
}
