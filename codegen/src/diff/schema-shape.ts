// Reduces a schema of the bundled document to a SchemaShape: the types, enum values, fields,
// items and variants that decide the generated TypeScript type, and nothing else. A ref to a
// named schema stays a ref (built once into the context's table), so recursion ends there.
import { deref, isObject, valueAt, type Json } from '../model/json-ref.js';
import type { SchemaShape } from './surface-model.js';

export interface ShapeContext {
  readonly document: Json;
  /** Named schemas built so far, by pointer; a placeholder while one is being built. */
  readonly schemas: Record<string, SchemaShape>;
}

const NAMED_SCHEMA = /^#\/components\/schemas\/[^/]+$/;
/** Inline nesting this deep is a ref chain through unnamed schemas; stop rather than loop. */
const MAX_DEPTH = 32;

type EnumValue = string | number | boolean | null;

const isNullOnly = (shape: SchemaShape): boolean => shape.nullable === true && shape.types?.length === 0 && !shape.ref && !shape.enum;

function buildNamed(ref: string, context: ShapeContext): void {
  if (ref in context.schemas) return;
  // The placeholder is what a ref back to this schema finds while it is built.
  context.schemas[ref] = {};
  context.schemas[ref] = shapeOf(valueAt(context.document, ref), context);
}

/** The shape an allOf member adds: a named member's own shape, since its fields merge in. */
function inlined(shape: SchemaShape, context: ShapeContext): SchemaShape {
  return shape.ref ? (context.schemas[shape.ref] ?? {}) : shape;
}

function mergeAll(parts: readonly SchemaShape[]): SchemaShape {
  const properties: Record<string, SchemaShape> = {};
  const required = new Set<string>();
  let merged: { -readonly [K in keyof SchemaShape]: SchemaShape[K] } = {};
  for (const part of parts) {
    Object.assign(properties, part.properties ?? {});
    for (const name of part.required ?? []) required.add(name);
    merged = { ...merged, ...part };
  }
  delete merged.properties;
  delete merged.required;
  return {
    ...merged,
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.size > 0 ? { required: [...required].sort() } : {}),
  };
}

function typesOf(node: Json): { types?: string[]; nullable: boolean } {
  const declared = typeof node['type'] === 'string' ? [node['type']] : Array.isArray(node['type']) ? node['type'].filter((type): type is string => typeof type === 'string') : null;
  const nullable = node['nullable'] === true || (declared?.includes('null') ?? false);
  if (!declared) return { nullable };
  return { types: declared.filter((type) => type !== 'null').sort(), nullable };
}

function enumOf(node: Json): { values?: EnumValue[]; hasNull: boolean } {
  const raw = 'const' in node ? [node['const']] : Array.isArray(node['enum']) ? node['enum'] : null;
  if (!raw) return { hasNull: false };
  const values = raw.filter((value): value is EnumValue => value === null || ['string', 'number', 'boolean'].includes(typeof value));
  return { values: values.filter((value) => value !== null), hasNull: values.includes(null) };
}

export function shapeOf(node: unknown, context: ShapeContext, depth = 0): SchemaShape {
  if (!isObject(node) || depth > MAX_DEPTH) return {};
  const ref = node['$ref'];
  if (typeof ref === 'string') {
    if (NAMED_SCHEMA.test(ref)) {
      buildNamed(ref, context);
      return { ref };
    }
    return shapeOf(deref(context.document, node), context, depth + 1);
  }
  const { types, nullable: typeNullable } = typesOf(node);
  const { values, hasNull } = enumOf(node);
  const own: { -readonly [K in keyof SchemaShape]: SchemaShape[K] } = {};
  if (types) own.types = types;
  if (values) own.enum = values;
  if (isObject(node['properties'])) {
    own.properties = Object.fromEntries(Object.entries(node['properties']).map(([name, property]) => [name, shapeOf(property, context, depth + 1)]));
  }
  if (Array.isArray(node['required'])) own.required = node['required'].filter((name): name is string => typeof name === 'string').sort();
  if ('items' in node) own.items = shapeOf(node['items'], context, depth + 1);

  let nullable = typeNullable || hasNull;
  const members = [...(Array.isArray(node['oneOf']) ? node['oneOf'] : []), ...(Array.isArray(node['anyOf']) ? node['anyOf'] : [])].map((member) => shapeOf(member, context, depth + 1));
  const variants = members.filter((member) => !isNullOnly(member));
  if (variants.length < members.length) nullable = true;

  const allOf = Array.isArray(node['allOf']) ? node['allOf'].map((member) => inlined(shapeOf(member, context, depth + 1), context)) : [];
  let shape = mergeAll([...allOf, own]);
  if (variants.length === 1 && allOf.length === 0 && Object.keys(own).length === 0) shape = variants[0] as SchemaShape;
  else if (variants.length > 0) shape = { ...shape, variants };
  return nullable ? { ...shape, nullable: true } : shape;
}
