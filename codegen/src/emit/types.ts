// Emits src/schema.gen.ts with openapi-typescript. Its programmatic entry `openapiTS()`
// would lint and bundle the document again; the generator has already done both, so it
// calls the transform step directly on the bundled document with openapiTS's defaults.
import { astToString, resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';

const SHAPE_KEYS = ['$ref', 'type', 'properties', 'allOf', 'oneOf', 'anyOf', 'items', 'additionalProperties'];

/**
 * `allOf: [{ $ref: Base }, { required: [a, b] }]` is the usual way to make fields of a
 * shared schema required; openapi-typescript prints the second part as
 * `Record<string, never>`, which turns every field into `never`. Giving that part an
 * unconstrained property per required name prints `{ a: unknown; b: unknown }` instead,
 * so the intersection keeps Base's types and makes those fields required.
 */
function completeRequiredOnlyParts(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['allOf'])) {
      for (const part of record['allOf']) {
        if (typeof part !== 'object' || part === null) continue;
        const partRecord = part as Record<string, unknown>;
        const required = partRecord['required'];
        if (Array.isArray(required) && !SHAPE_KEYS.some((key) => key in partRecord)) {
          partRecord['properties'] = Object.fromEntries(required.filter((name): name is string => typeof name === 'string').map((name) => [name, {}]));
        }
      }
    }
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
}

export function emitTypes(document: Record<string, unknown>, header: string): string {
  completeRequiredOnlyParts(document);
  const schema = document as unknown as OpenAPI3;
  const options = { silent: true };
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    // Fields with a default are optional to send; true would make them required in request bodies.
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, options),
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
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
  return `${header}\n${astToString(transformSchema(schema, ctx))}`;
}
