// surfaceOf: a loaded spec's client surface (surface-model.ts), read from the bundled
// document and the ApiModel: the operations the client exposes with their parameters,
// bodies, 2xx responses, paging and retry safety, and the error-code catalogue.
import type { LoadedSpec } from '../load/load-spec.js';
import { buildApiModel, isJsonMediaType, type OperationModel } from '../model/api-model.js';
import { deref, isObject, type Json } from '../model/json-ref.js';
import { shapeOf, type ShapeContext } from './schema-shape.js';
import {
  SURFACE_FORMAT,
  type BodySurface,
  type ClientSurface,
  type ErrorCodeSurface,
  type OperationSurface,
  type ParameterIn,
  type ParameterSurface,
  type ResponseSurface,
  type SchemaShape,
} from './surface-model.js';

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The JSON media type of a content map when there is one, else its first. */
function preferredMedia(content: unknown): { mediaType: string; schema: unknown } | null {
  if (!isObject(content)) return null;
  const mediaType = Object.keys(content).find(isJsonMediaType) ?? Object.keys(content)[0];
  if (mediaType === undefined) return null;
  const media = content[mediaType];
  return { mediaType, schema: isObject(media) ? media['schema'] : undefined };
}

function parametersOf(pathItem: Json, operation: Json, pointers: { pathItem: string; operation: string }, context: ShapeContext): ParameterSurface[] {
  const byKey = new Map<string, ParameterSurface>();
  const collect = (list: unknown, base: string) => {
    (Array.isArray(list) ? list : []).forEach((entry, index) => {
      const parameter = deref(context.document, entry);
      if (!parameter || typeof parameter['name'] !== 'string') return;
      const where = parameter['in'] as ParameterIn;
      const schema: SchemaShape = 'schema' in parameter ? shapeOf(parameter['schema'], context) : shapeOf(preferredMedia(parameter['content'])?.schema, context);
      // Path-level first, then the operation's, which override by name and location.
      byKey.set(`${where} ${parameter['name']}`, { name: parameter['name'], in: where, required: parameter['required'] === true || where === 'path', schema, pointer: `${base}/parameters/${index}` });
    });
  };
  collect(pathItem['parameters'], pointers.pathItem);
  collect(operation['parameters'], pointers.operation);
  return [...byKey.values()];
}

function bodyOf(operation: Json, pointer: string, context: ShapeContext): BodySurface | null {
  const requestBody = deref(context.document, operation['requestBody']);
  const media = requestBody ? preferredMedia(requestBody['content']) : null;
  if (!requestBody || !media) return null;
  return { required: requestBody['required'] === true, mediaType: media.mediaType, schema: shapeOf(media.schema, context), pointer: `${pointer}/requestBody` };
}

function responsesOf(operation: Json, pointer: string, context: ShapeContext): ResponseSurface[] {
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  return Object.entries(responses)
    .filter(([status]) => /^2(\d\d|XX)$/.test(status))
    .map(([status, value]) => {
      const media = preferredMedia(deref(context.document, value)?.['content']);
      return { status, schema: media ? shapeOf(media.schema, context) : null, pointer: `${pointer}/responses/${status}` };
    });
}

function operationSurface(model: OperationModel, context: ShapeContext): OperationSurface {
  const pathItemPointer = `#/paths/${escapePointer(model.path)}`;
  const pointer = `${pathItemPointer}/${model.method}`;
  const paths = context.document['paths'] as Json;
  const pathItem = deref(context.document, paths[model.path]) ?? {};
  const operation = isObject(pathItem[model.method]) ? (pathItem[model.method] as Json) : {};
  return {
    operationId: model.operationId,
    method: model.method,
    path: model.path,
    resource: model.resource,
    methodName: model.methodName,
    pointer,
    idempotent: model.idempotent,
    idempotentFrom: typeof operation['x-idempotent'] === 'boolean' ? 'x-idempotent' : 'method',
    pagination: model.pagination,
    bodyToken: model.bodyToken,
    parameters: parametersOf(pathItem, operation, { pathItem: pathItemPointer, operation: pointer }, context),
    body: bodyOf(operation, pointer, context),
    responses: responsesOf(operation, pointer, context),
  };
}

function errorCodesOf(document: Json): ErrorCodeSurface[] | null {
  const catalogue = document['x-error-codes'];
  if (!isObject(catalogue) || !Array.isArray(catalogue['codes'])) return null;
  return catalogue['codes'].filter(isObject).map((entry, index) => ({
    code: typeof entry['code'] === 'number' ? entry['code'] : String(entry['code']),
    name: String(entry['name'] ?? ''),
    pointer: `#/x-error-codes/codes/${index}`,
  }));
}

/** What the client generated from `loaded` exposes. */
export function surfaceOf(loaded: Pick<LoadedSpec, 'document' | 'file'>): ClientSurface {
  const { model } = buildApiModel(loaded.document, loaded.file);
  const context: ShapeContext = { document: loaded.document, schemas: {} };
  const operations = model.operations.map((operation) => operationSurface(operation, context));
  const schemas = Object.fromEntries(Object.entries(context.schemas).sort(([left], [right]) => left.localeCompare(right)));
  return { format: SURFACE_FORMAT, title: model.title, version: model.version, operations, schemas, errorCodes: errorCodesOf(loaded.document) };
}
