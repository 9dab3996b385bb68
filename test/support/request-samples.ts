// Builds a realistic, spec-valid request for any operation of a spec: the spec's own
// request examples where it has them, otherwise values sampled from the schemas (example,
// default, enum, const, then a typed placeholder honouring format and bounds).

type Json = Record<string, any>;

export interface OperationSample {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly init: { params?: { path?: Json; query?: Json; header?: Json }; body?: unknown; headers?: Json };
  /** The media type the body is sent as (the first the spec lists). */
  readonly mediaType: string | null;
  /** The 2xx status and example Prism answers with by default. */
  readonly expected: { readonly status: number; readonly mediaType: string | null; readonly example: unknown };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows local `$ref`s of a parsed spec. */
export function deref(spec: Json, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops += 1) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce((parent: Json, key: string) => parent?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return current;
}

function firstExample(node: Json | undefined, spec: Json): unknown {
  if (!node) return undefined;
  if (node['example'] !== undefined) return node['example'];
  const examples = node['examples'];
  if (examples && typeof examples === 'object') {
    const first = Array.isArray(examples) ? examples[0] : deref(spec, Object.values(examples)[0]);
    return Array.isArray(examples) ? first : first?.value;
  }
  return undefined;
}

/** A value valid against `schema` (for the schemas these specs use). */
export function sample(spec: Json, schemaOrRef: unknown, depth = 0): unknown {
  const schema = deref(spec, schemaOrRef) as Json | undefined;
  if (!schema || depth > 12) return null;
  for (const key of ['const', 'example', 'default']) if (schema[key] !== undefined) return schema[key];
  if (Array.isArray(schema['examples']) && schema['examples'].length > 0) return schema['examples'][0];
  if (Array.isArray(schema['enum'])) return schema['enum'].find((value: unknown) => value !== null) ?? schema['enum'][0];
  if (schema['allOf']) return Object.assign({}, ...schema['allOf'].map((part: unknown) => sample(spec, part, depth + 1)));
  for (const key of ['oneOf', 'anyOf']) if (schema[key]) return sample(spec, schema[key][0], depth + 1);
  const type = Array.isArray(schema['type']) ? schema['type'].find((name: string) => name !== 'null') : schema['type'];
  switch (type) {
    case 'integer':
    case 'number':
      return Math.max(1, schema['minimum'] ?? 1, (schema['exclusiveMinimum'] ?? 0) + 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema['minItems'] ?? 1) }, () => sample(spec, schema['items'], depth + 1));
    case 'string': {
      const formats: Record<string, string> = {
        uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
        'date-time': '2026-11-23T10:00:00Z',
        date: '2026-11-23',
        email: 'jane@example.com',
        uri: 'https://example.com/a',
      };
      const value = formats[schema['format'] as string] ?? 'sample';
      return value.padEnd(schema['minLength'] ?? 0, 'x');
    }
    default: {
      if (!schema['properties'] && type !== 'object') return null;
      const required: string[] = schema['required'] ?? [];
      return Object.fromEntries(required.map((name) => [name, sample(spec, schema['properties']?.[name], depth + 1)]));
    }
  }
}

/** One sample per operation of the spec, in document order. */
export function operationSamples(spec: Json): OperationSample[] {
  const samples: OperationSample[] = [];
  for (const [path, itemOrRef] of Object.entries(spec['paths'] as Json)) {
    const item = deref(spec, itemOrRef) as Json;
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const params: { path?: Json; query?: Json; header?: Json } = {};
      for (const parameter of [...(item['parameters'] ?? []), ...(operation['parameters'] ?? [])].map((node: unknown) => deref(spec, node) as Json)) {
        if (!parameter['required'] && parameter['in'] !== 'path') continue;
        const location = parameter['in'] as 'path' | 'query' | 'header';
        if (!['path', 'query', 'header'].includes(location)) continue;
        const value = firstExample(parameter, spec) ?? sample(spec, parameter['schema']);
        params[location] = { ...params[location], [parameter['name']]: value };
      }
      const requestBody = deref(spec, operation['requestBody']) as Json | undefined;
      const contentEntries = Object.entries((requestBody?.['content'] ?? {}) as Json);
      const [mediaType, media] = contentEntries.find(([type]) => type === 'application/json') ?? contentEntries[0] ?? [null, undefined];
      const body = media ? (firstExample(media, spec) ?? sample(spec, media['schema'])) : undefined;
      const responses = operation['responses'] as Json;
      const successCode =
        Object.keys(responses)
          .filter((code) => /^2\d\d$/.test(code))
          .sort()[0] ?? '200';
      const response = deref(spec, responses[successCode]) as Json;
      const [responseType, responseMedia] = (Object.entries((response?.['content'] ?? {}) as Json)[0] ?? [null, undefined]) as [string | null, Json | undefined];
      samples.push({
        operationId: operation['operationId'],
        method,
        path,
        init: { ...(Object.keys(params).length > 0 ? { params } : {}), ...(body !== undefined ? { body } : {}) },
        mediaType,
        expected: { status: Number(successCode), mediaType: responseType, example: firstExample(responseMedia, spec) },
      });
    }
  }
  return samples;
}
