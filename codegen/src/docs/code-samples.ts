// The TypeScript sample the docs show for each operation: create the vendor's Specsmith client
// and call the operation's method with placeholders for what the call needs (path parameters,
// required parameters, the required fields of the body). Added to a copy of the spec as
// `x-codeSamples`; the hand-written spec is never touched. The client's options are the ones
// the wrapper's descriptor shows (docs/wrapper-sample.ts), or derived from the spec for a
// vendor that has no wrapper yet.
import { literal, propertyKey } from '../emit/literal.js';
import { HTTP_METHODS, type ApiModel, type OperationModel } from '../model/api-model.js';
import { deref, isObject, type Json } from '../model/json-ref.js';
import type { ExampleValue } from '@specsmith/core/contract';

/** One `x-codeSamples` entry (the shape Redoc reads). */
export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

/** Widest a one-line literal may be before it is broken over several lines. */
const LINE_WIDTH = 80;

export function packageNameOf(vendor: string): string {
  return `@specsmith/${vendor}`;
}

/** `createXurrentClient`: the wrapper's factory. */
export function factoryNameOf(vendor: string): string {
  const words = vendor.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `create${words.map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join('')}Client`;
}

/** The client a sample creates: the wrapper's package, its factory and the option lines it passes. */
export interface SampleClient {
  readonly packageName: string;
  readonly factory: string;
  /** `name: value` lines, e.g. `token: process.env.XURRENT_TOKEN!`. */
  readonly options: readonly string[];
}

/** A descriptor's exampleOptions as option lines: a literal, or `process.env.<NAME>!` for `{ env }`. */
export function exampleOptionLines(exampleOptions: Readonly<Record<string, ExampleValue | undefined>>): string[] {
  return Object.entries(exampleOptions).flatMap(([name, value]) => (value === undefined ? [] : [`${propertyKey(name)}: ${typeof value === 'object' ? `process.env.${value.env}!` : literal(value)}`]));
}

const envName = (vendor: string, option: string) => `${vendor}_${option.replace(/([a-z0-9])([A-Z])/g, '$1_$2')}`.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();

/**
 * The client of a vendor that has no wrapper yet: the factory it would export, with
 * credentials from the spec alone (the body token and each security scheme of the first
 * requirement).
 */
export function derivedSampleClient(model: ApiModel, vendor: string): SampleClient {
  const names = new Set<string>();
  if (model.policy.bodyToken) names.add(model.policy.bodyToken.field);
  for (const scheme of (model.operations[0]?.security ?? []).find((requirement) => requirement.length > 0) ?? []) {
    const definition = model.securitySchemes[scheme] ?? {};
    if (definition['type'] === 'http' && definition['scheme'] === 'basic') {
      names.add('username');
      names.add('password');
    } else if (definition['type'] === 'http') names.add('token');
    else if (definition['type'] === 'apiKey') names.add('apiKey');
  }
  return {
    packageName: packageNameOf(vendor),
    factory: factoryNameOf(vendor),
    options: [...names].map((name) => `${propertyKey(name)}: process.env.${envName(vendor, name)}!`),
  };
}

/** The schema with its `allOf` parts merged (properties and required), as far as a sample needs. */
function flatten(document: Json, schema: unknown, depth = 0): Json | undefined {
  const node = deref(document, schema);
  if (!node || depth > 8 || !Array.isArray(node['allOf'])) return node;
  const properties: Json = {};
  const required: string[] = [];
  let merged: Json = {};
  for (const part of [...node['allOf'], { ...node, allOf: undefined }]) {
    const flat = flatten(document, part, depth + 1);
    if (!flat) continue;
    merged = { ...merged, ...flat };
    if (isObject(flat['properties'])) Object.assign(properties, flat['properties']);
    if (Array.isArray(flat['required'])) required.push(...flat['required'].filter((name): name is string => typeof name === 'string'));
  }
  return { ...merged, properties, required: [...new Set(required)], allOf: undefined };
}

/** A short example value (long ones would drown the call in data). */
function shortExample(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.stringify(value).length <= 48 ? value : undefined;
}

function stringPlaceholder(format: unknown, name: string): string {
  switch (format) {
    case 'date':
      return '2026-01-31';
    case 'date-time':
      return '2026-01-31T12:00:00Z';
    case 'email':
      return 'user@example.com';
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    case 'uri':
    case 'url':
      return 'https://example.com';
    default:
      return `<${name}>`;
  }
}

const maxSampleDepth = 4;

/** The `oneOf`/`anyOf` variant a sample shows: the first that is not `null`. */
function firstVariant(document: Json, node: Json): unknown {
  const variants = [node['oneOf'], node['anyOf']].find(Array.isArray);
  if (!variants || variants.length === 0) return undefined;
  return variants.find((variant) => deref(document, variant)?.['type'] !== 'null') ?? variants[0];
}

/** A plausible value for a schema: its example, enum or default, else one by type. */
function sampleValue(document: Json, schema: unknown, name: string, depth = 0): unknown {
  const node = flatten(document, schema);
  if (!node) return `<${name}>`;
  const example = shortExample(node['example']) ?? (Array.isArray(node['examples']) ? shortExample(node['examples'][0]) : undefined);
  if (example !== undefined) return example;
  if (node['const'] !== undefined) return node['const'];
  if (Array.isArray(node['enum']) && node['enum'].length > 0) return node['enum'].find((value) => value !== null) ?? null;
  if (node['default'] !== undefined && shortExample(node['default']) !== undefined) return node['default'];
  const variant = firstVariant(document, node);
  if (variant !== undefined && !isObject(node['properties'])) return sampleValue(document, variant, name, depth);
  const types = Array.isArray(node['type']) ? node['type'] : [node['type']];
  const type = types.find((candidate) => candidate !== 'null') ?? (isObject(node['properties']) ? 'object' : 'string');
  switch (type) {
    case 'integer':
      return 123;
    case 'number':
      return 10.5;
    case 'boolean':
      return true;
    // Only required fields are filled, so going a few levels deep keeps the sample short and
    // makes it one the generated types accept (an item's required fields included).
    case 'array':
      return depth < maxSampleDepth ? [sampleValue(document, node['items'], name, depth + 1)] : [];
    case 'object':
      return depth < maxSampleDepth ? requiredFields(document, node, null, depth + 1) : {};
    default:
      return stringPlaceholder(node['format'], name);
  }
}

/** The required properties of an object schema with sample values, in declaration order. */
function requiredFields(document: Json, schema: unknown, skip: string | null, depth: number): Json {
  const node = flatten(document, schema);
  if (!node) return {};
  const properties = isObject(node['properties']) ? node['properties'] : {};
  const required = new Set(Array.isArray(node['required']) ? node['required'].filter((name): name is string => typeof name === 'string') : []);
  const ordered = [...Object.keys(properties).filter((name) => required.has(name)), ...[...required].filter((name) => !(name in properties))];
  const fields: Json = {};
  for (const name of ordered) if (name !== skip) fields[name] = sampleValue(document, properties[name], name, depth);
  // A body that is one of several shapes: the fields the first of them requires.
  const variant = firstVariant(document, node);
  if (variant !== undefined && depth < maxSampleDepth) {
    for (const [name, value] of Object.entries(requiredFields(document, variant, skip, depth))) if (!(name in fields)) fields[name] = value;
  }
  return fields;
}

function parameterValue(document: Json, parameter: Json): unknown {
  const example = shortExample(parameter['example']);
  if (example !== undefined) return example;
  if (isObject(parameter['examples'])) {
    const first = deref(document, Object.values(parameter['examples'])[0]);
    const value = shortExample(first?.['value']);
    if (value !== undefined) return value;
  }
  return sampleValue(document, parameter['schema'], String(parameter['name'] ?? 'value'));
}

/** The init object of the call: `{ params: { path, query, header }, body }` with what is required. */
export function initFor(document: Json, operation: OperationModel): Json | null {
  const paths = isObject(document['paths']) ? document['paths'] : {};
  const pathItem = deref(document, paths[operation.path]) ?? {};
  const definition = deref(document, pathItem[operation.method]) ?? {};
  const declared = [...(Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : []), ...(Array.isArray(definition['parameters']) ? definition['parameters'] : [])]
    .map((parameter) => deref(document, parameter))
    .filter((parameter): parameter is Json => parameter !== undefined);
  // An operation-level parameter overrides a path-level one with the same name and location.
  const byKey = new Map(declared.map((parameter) => [`${String(parameter['in'])}:${String(parameter['name'])}`, parameter]));
  const params: Record<string, Json> = {};
  for (const parameter of byKey.values()) {
    const location = String(parameter['in']);
    if (location !== 'path' && parameter['required'] !== true) continue;
    if (!['path', 'query', 'header', 'cookie'].includes(location)) continue;
    const group = params[location] ?? {};
    params[location] = group;
    group[String(parameter['name'])] = parameterValue(document, parameter);
  }
  const init: Json = {};
  const orderedParams = Object.fromEntries(['path', 'query', 'header', 'cookie'].filter((location) => params[location]).map((location) => [location, params[location]]));
  if (Object.keys(orderedParams).length > 0) init['params'] = orderedParams;
  const requestBody = deref(document, definition['requestBody']);
  const content = requestBody && isObject(requestBody['content']) ? requestBody['content'] : {};
  const media = deref(document, content['application/json'] ?? Object.values(content)[0]);
  if (media) {
    const body = requiredFields(document, media['schema'], operation.bodyToken, 1);
    if (Object.keys(body).length > 0 || requestBody?.['required'] === true) init['body'] = body;
  }
  return Object.keys(init).length > 0 ? init : null;
}

/**
 * A TypeScript literal, on one line when it fits and broken over lines (two-space indent) when
 * not. `indent` is the nesting of the line it starts on, `column` where on that line it starts.
 */
export function formatLiteral(value: unknown, indent = 0, column = indent): string {
  const oneLine = literal(value);
  if (column + oneLine.length <= LINE_WIDTH || typeof value !== 'object' || value === null) return oneLine;
  const inner = indent + 2;
  const pad = ' '.repeat(inner);
  const lines = Array.isArray(value)
    ? value.map((item) => `${pad}${formatLiteral(item, inner)},`)
    : Object.entries(value as Json)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => `${pad}${propertyKey(key)}: ${formatLiteral(item, inner, inner + propertyKey(key).length + 2)},`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${' '.repeat(indent)}${close}`;
}

export function codeSampleFor(document: Json, client: SampleClient, operation: OperationModel): CodeSample {
  const { packageName, factory, options } = client;
  const init = initFor(document, operation);
  const prefix = `const { data, error } = await client.${operation.resource}.${operation.methodName}(`;
  const source = [
    `import { ${factory} } from '${packageName}';`,
    '',
    options.length > 0 ? `const client = ${factory}({\n${options.map((option) => `  ${option},`).join('\n')}\n});` : `const client = ${factory}({});`,
    '',
    `${prefix}${init ? formatLiteral(init, 0, prefix.length) : ''});`,
    '',
  ].join('\n');
  return { lang: 'TypeScript', label: packageName, source };
}

/** A copy of the document with `x-codeSamples` on every operation the model knows. */
export function withCodeSamples(document: Json, model: ApiModel, client: SampleClient): Json {
  const copy = structuredClone(document);
  const paths = isObject(copy['paths']) ? copy['paths'] : {};
  for (const operation of model.operations) {
    let pathItem = paths[operation.path];
    // A path item that is a $ref gets its own copy, so the samples land on this path only.
    if (isObject(pathItem) && typeof pathItem['$ref'] === 'string') {
      pathItem = structuredClone(deref(copy, pathItem));
      paths[operation.path] = pathItem;
    }
    if (!isObject(pathItem) || !HTTP_METHODS.includes(operation.method)) continue;
    const definition = pathItem[operation.method];
    if (!isObject(definition)) continue;
    definition['x-codeSamples'] = [codeSampleFor(document, client, operation)];
  }
  return copy;
}
