// Emits src/schema.gen.ts with openapi-typescript. Its programmatic entry `openapiTS()`
// would lint and bundle the document again; the generator has already done both, so it
// calls the transform step directly on the bundled document with openapiTS's defaults, and
// prints the result with print-types.ts (the same text as its astToString, faster).
// First: TypeScript through its code cache, before anything below requires it.
import './typescript-preload.js';
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import type * as TS from 'typescript';
// openapi-typescript's CommonJS modules, imported one by one (typed in
// openapi-typescript-internals.d.ts): its ES module entry makes Node import TypeScript's 9 MB
// CommonJS file from ESM, which runs the CJS export lexer and module-format detection over it,
// and loads the whole of Redocly 1.x for lint/bundle steps this emitter never calls (GitHub's
// spec: 1.4 s to load -> 0.4 s). Static imports also let the generator's bundle (see
// codegen/scripts/bundle.mjs) take these modules in, so they load as one file.
import transformSchema from 'openapi-typescript/dist/transform/index.cjs';
import utilities from 'openapi-typescript/dist/lib/utils.cjs';
import { scanDiscriminators } from './discriminators.js';
import { memoisedCreateRef } from './fast-create-ref.js';
import { inlinePathRefs } from './inline-path-refs.js';
import { printTypes } from './print-types.js';
import { saveTypeScriptCache } from '../code-cache.js';

// The transforms call `utils.createRef(...)` through this exports object, so replacing the
// property there is what makes them use the memoised one (see fast-create-ref.ts).
utilities.createRef = memoisedCreateRef(utilities.createRef.bind(utilities));

const SHAPE_KEYS = ['$ref', 'type', 'properties', 'allOf', 'oneOf', 'anyOf', 'items', 'additionalProperties'];
/** What gives an object schema its fields; `type: object` with none of them is free-form. */
const FIELD_KEYS = ['$ref', 'properties', 'additionalProperties', 'patternProperties', 'allOf', 'oneOf', 'anyOf', 'items'];
const isEmptyObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
/** Keys whose values are data, not schemas: never adjusted. */
const VALUE_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

/**
 * Object schemas openapi-typescript would print as types no value fits are adjusted in place
 * before its transform. Two shapes it prints as `Record<string, never>` (no field at all):
 *
 * - `allOf: [{ $ref: Base }, { type: object, required: [a, b] }]` is the usual way to make
 *   fields of a shared schema required. Giving the second part an unconstrained property per
 *   required name prints `{ a: unknown; b: unknown }` instead, so the intersection keeps
 *   Base's types and makes those fields required.
 * - A free-form `type: object` (no properties or `properties: {}`, no additionalProperties,
 *   no composition) is any object in JSON Schema; it gets `additionalProperties: true`,
 *   printed `{ [key: string]: unknown }`. One with `maxProperties: 0` stays an empty object.
 *
 * And one shape no value fits: `properties: { operator: string }` with `additionalProperties:
 * Triple` prints `{ operator?: string } & { [key: string]: Triple }`, where TypeScript checks
 * `operator` against the index signature too. The additional properties become `anyOf` the
 * declared ones and themselves, `{ [key: string]: Triple | string }`, as TypeScript requires
 * of an index signature beside named properties.
 */
function adjustObjectSchemas(root: unknown): void {
  const stack: unknown[] = [root];
  const wrappers = new WeakSet<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['allOf'])) {
      for (const part of record['allOf']) {
        if (typeof part !== 'object' || part === null) continue;
        const partRecord = part as Record<string, unknown>;
        const required = partRecord['required'];
        // `type: object` alone says nothing about the fields, so such a part is required-only too.
        const shaped = SHAPE_KEYS.some((key) => key in partRecord && !(key === 'type' && partRecord['type'] === 'object'));
        if (Array.isArray(required) && !shaped) {
          partRecord['properties'] = Object.fromEntries(required.filter((name): name is string => typeof name === 'string').map((name) => [name, {}]));
        }
      }
    }
    // Parents come off the stack before their allOf parts, so a part completed above is not free-form here.
    if (record['type'] === 'object' && record['maxProperties'] !== 0 && !FIELD_KEYS.some((key) => key in record && !(key === 'properties' && isEmptyObject(record[key])))) {
      record['additionalProperties'] = true;
    }
    const extra = record['additionalProperties'];
    const properties = record['properties'];
    // A wrapper already there: a YAML alias made this object appear twice; widen it once.
    if (typeof extra === 'object' && extra !== null && typeof properties === 'object' && properties !== null && !wrappers.has(extra)) {
      const wrapper = { anyOf: [extra, ...Object.values(properties)] };
      wrappers.add(wrapper);
      record['additionalProperties'] = wrapper;
    }
    // for...in rather than Object.values: no array per node (the document is plain parsed data).
    for (const key in record) {
      let value = record[key];
      if (typeof value !== 'object' || value === null || VALUE_KEYS.has(key)) continue;
      // A wrapper's other members are this object's properties, walked as such: walk only the original.
      if (wrappers.has(value)) value = (value as { anyOf: unknown[] }).anyOf[0];
      stack.push(value);
    }
  }
}

/**
 * openapi-typescript's AST for the document (with its defaults, as `openapiTS()` would build
 * it). Adjusts the document in place first (inlinePathRefs, adjustObjectSchemas, discriminator enums).
 */
export function transformTypes(document: Record<string, unknown>): TS.Node[] {
  inlinePathRefs(document);
  adjustObjectSchemas(document);
  const schema = document as unknown as OpenAPI3;
  const resolved = new Map<string, unknown>();
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // Fields with a default are optional to send; true would make them required in request bodies.
    defaultNonNullable: false,
    discriminators: scanDiscriminators(utilities, schema, true),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    // Only openapiTS()'s own lint/bundle step reads the Redocly config; the transforms do not.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    // The transforms resolve the same parameter and request-body refs many times over, and
    // each resolveRef re-parses its pointer; the document no longer changes, so once per ref.
    resolve<T>($ref: string): T | undefined {
      let target = resolved.get($ref);
      if (target === undefined && !resolved.has($ref)) {
        target = utilities.resolveRef(schema, $ref, { silent: true });
        resolved.set($ref, target);
      }
      return target as T | undefined;
    },
  };
  return transformSchema(schema, ctx);
}

export function emitTypes(document: Record<string, unknown>, header: string): string {
  const text = `${header}\n${printTypes(transformTypes(document))}`;
  // After the work, so the cache also holds the TypeScript functions it compiled.
  saveTypeScriptCache();
  return text;
}
