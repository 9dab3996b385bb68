// Builds a realistic, spec-valid request for any operation of a spec: the spec's own
// request examples where it has them, otherwise values sampled from the schemas (example,
// default, enum, const, then a typed placeholder honouring format and bounds).
import { isJsonObject, type JsonObject } from './spec-document.js';

export interface OperationSample {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly init: { params?: { path?: JsonObject; query?: JsonObject; header?: JsonObject }; body?: unknown; headers?: JsonObject };
  /** The media type the body is sent as (the first the spec lists). */
  readonly mediaType: string | null;
  /** The 2xx status and example Prism answers with by default. */
  readonly expected: { readonly status: number; readonly mediaType: string | null; readonly example: unknown };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const numberOr = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
const mappingOr = (value: unknown): JsonObject => (isJsonObject(value) ? value : {});
const listOr = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Follows local `$ref`s of a parsed spec. */
function deref(spec: JsonObject, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isJsonObject(current) && typeof current['$ref'] === 'string' && hops < 32; hops += 1) {
    current = current['$ref']
      .slice(2)
      .split('/')
      .reduce<unknown>((parent, key) => (isJsonObject(parent) ? parent[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), spec);
  }
  return current;
}

/** Follows local `$ref`s to a mapping, or undefined when they lead elsewhere. */
export function derefObject(spec: JsonObject, node: unknown): JsonObject | undefined {
  const found = deref(spec, node);
  return isJsonObject(found) ? found : undefined;
}

function firstExample(node: JsonObject | undefined, spec: JsonObject): unknown {
  if (!node) return undefined;
  if (node['example'] !== undefined) return node['example'];
  const examples = node['examples'];
  if (Array.isArray(examples)) return examples[0];
  if (isJsonObject(examples)) return derefObject(spec, Object.values(examples)[0])?.['value'];
  return undefined;
}

/** A value valid against `schema` (for the schemas these specs use). */
function sample(spec: JsonObject, schemaOrRef: unknown, depth = 0): unknown {
  const schema = derefObject(spec, schemaOrRef);
  if (!schema || depth > 12) return null;
  for (const key of ['const', 'example', 'default']) if (schema[key] !== undefined) return schema[key];
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  const values = schema['enum'];
  if (Array.isArray(values)) return values.find((value: unknown) => value !== null) ?? values[0];
  if (schema['allOf']) return Object.assign({}, ...listOr(schema['allOf']).map((part) => sample(spec, part, depth + 1)));
  for (const key of ['oneOf', 'anyOf']) if (schema[key]) return sample(spec, listOr(schema[key])[0], depth + 1);
  const declared = schema['type'];
  const type = Array.isArray(declared) ? declared.find((name: unknown) => name !== 'null') : declared;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, numberOr(schema['minimum'], 1), numberOr(schema['exclusiveMinimum'], 0) + 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, numberOr(schema['minItems'], 1)) }, () => sample(spec, schema['items'], depth + 1));
    case 'string': {
      const formats: Record<string, string> = {
        uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        'date-time': '2026-11-23T10:00:00Z',
        date: '2026-11-23',
        email: 'jane@example.com',
        uri: 'https://example.com/a',
      };
      const value = formats[String(schema['format'])] ?? 'sample';
      return value.padEnd(numberOr(schema['minLength'], 0), 'x');
    }
    default: {
      if (!schema['properties'] && type !== 'object') return null;
      const properties = mappingOr(schema['properties']);
      return Object.fromEntries(listOr(schema['required']).map((name) => [name, sample(spec, properties[String(name)], depth + 1)]));
    }
  }
}

/** One sample per operation of the spec, in document order. */
export function operationSamples(spec: JsonObject): OperationSample[] {
  const samples: OperationSample[] = [];
  for (const [path, itemOrRef] of Object.entries(mappingOr(spec['paths']))) {
    const item = mappingOr(deref(spec, itemOrRef));
    for (const method of METHODS) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const params: { path?: JsonObject; query?: JsonObject; header?: JsonObject } = {};
      for (const parameter of [...listOr(item['parameters']), ...listOr(operation['parameters'])].map((node) => mappingOr(deref(spec, node)))) {
        if (!parameter['required'] && parameter['in'] !== 'path') continue;
        const location = parameter['in'];
        if (location !== 'path' && location !== 'query' && location !== 'header') continue;
        const value = firstExample(parameter, spec) ?? sample(spec, parameter['schema']);
        params[location] = { ...params[location], [String(parameter['name'])]: value };
      }
      const requestBody = derefObject(spec, operation['requestBody']);
      const contentEntries = Object.entries(mappingOr(requestBody?.['content']));
      const [mediaType, media] = contentEntries.find(([type]) => type === 'application/json') ?? contentEntries[0] ?? [null, undefined];
      const mediaObject = isJsonObject(media) ? media : undefined;
      const body = mediaObject ? (firstExample(mediaObject, spec) ?? sample(spec, mediaObject['schema'])) : undefined;
      const responses = mappingOr(operation['responses']);
      const successCode =
        Object.keys(responses)
          .filter((code) => /^2\d\d$/.test(code))
          .sort()[0] ?? '200';
      const response = derefObject(spec, responses[successCode]);
      const [responseType = null, responseMedia] = Object.entries(mappingOr(response?.['content']))[0] ?? [];
      samples.push({
        operationId: String(operation['operationId']),
        method,
        path,
        init: { ...(Object.keys(params).length > 0 ? { params } : {}), ...(body !== undefined ? { body } : {}) },
        mediaType,
        expected: { status: Number(successCode), mediaType: responseType, example: firstExample(isJsonObject(responseMedia) ? responseMedia : undefined, spec) },
      });
    }
  }
  return samples;
}
