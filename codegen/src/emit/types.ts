// Emits src/schema.gen.ts with openapi-typescript. Its programmatic entry `openapiTS()`
// would lint and bundle the document again; the generator has already done both, so it
// calls the transform step directly on the bundled document with openapiTS's defaults.
import { astToString, resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';
import type { Config } from '@redocly/openapi-core';

export function emitTypes(document: Record<string, unknown>, header: string, redoc: Config): string {
  const schema = document as unknown as OpenAPI3;
  const options = { silent: true };
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
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
    // openapi-typescript bundles its own @redocly/openapi-core; its transforms do not read this.
    redoc: redoc as unknown as GlobalContext['redoc'],
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
