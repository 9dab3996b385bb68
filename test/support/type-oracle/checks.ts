// What the oracle compares in one spec: one check per component (schemas, parameters,
// requestBodies, responses, headers), per parameter location of a path item's own parameters,
// and per operation part (each parameter location it has, whether its request body is
// optional, each request body media type, each response's media types), under `paths` and
// under 3.1's `webhooks`, read from the bundled document. A check names the part and gives the
// type expression that reaches it in either module, through that module's exported `paths`,
// `webhooks` or `components`.

export type Side = 'Ours' | 'Oracle';

/** The exported interface of a module that a check's type starts from. */
export type Root = 'paths' | 'webhooks' | 'components';

export interface Check {
  /** How failures and intended differences name it, e.g. `GET /pets responses.200 application/json`. */
  readonly name: string;
  /** What the type expression starts from (none for the control check). */
  readonly root: Root | null;
  /** The type expression of the part in one module (`Ours` or `Oracle` prefixes its imports). */
  readonly type: (side: Side) => string;
}

/** The name a side's module is imported under in the check file, e.g. `OursPaths`. */
export const importName = (side: Side, root: Root) => `${side}${root[0]?.toUpperCase()}${root.slice(1)}`;

/** A check that must fail in every spec: it proves the diagnostics reach the comparison. */
export const CONTROL_CHECK = 'control: string against number (must fail)';

const control: Check = { name: CONTROL_CHECK, root: null, type: (side) => (side === 'Ours' ? 'string' : 'number') };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const LOCATIONS = ['query', 'header', 'path', 'cookie'] as const;
/** The component kinds checked one by one (and linked, see link.ts). */
export const COMPONENT_KINDS = ['schemas', 'parameters', 'requestBodies', 'responses', 'headers'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A pointer token as written in a URI fragment (`%7B` for `{`); a malformed escape stays as it is. */
function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}

/** `value`, or what its local `$ref` chain points at (undefined when the chain breaks or loops). */
function deref(document: Json, value: unknown): Json | undefined {
  const seen = new Set<string>();
  let current = value;
  while (isObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    current = ref
      .slice(1)
      .split('/')
      .slice(1)
      .map((token) => safeDecode(token).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined), document);
  }
  return isObject(current) ? current : undefined;
}

const index = (keys: readonly string[]) => keys.map((key) => `[${JSON.stringify(key)}]`).join('');

function componentChecks(document: Json): Check[] {
  const components = isObject(document['components']) ? document['components'] : {};
  return COMPONENT_KINDS.flatMap((kind) => {
    const entries = isObject(components[kind]) ? Object.keys(components[kind]) : [];
    return entries.map((name) => ({ name: `components.${kind}.${name}`, root: 'components' as const, type: (side: Side) => `${importName(side, 'components')}${index([kind, name])}` }));
  });
}

function operationChecks(document: Json, root: 'paths' | 'webhooks', path: string, method: string, item: Json, operation: Json): Check[] {
  const label = `${root === 'webhooks' ? 'webhook ' : ''}${method.toUpperCase()} ${path}`;
  const at = (side: Side, ...keys: string[]) => `${importName(side, root)}${index([path, method, ...keys])}`;
  const checks: Check[] = [];
  const parameters = [item['parameters'], operation['parameters']].flatMap((list) => (Array.isArray(list) ? list.map((entry) => deref(document, entry)) : []));
  for (const location of LOCATIONS) {
    if (parameters.some((parameter) => parameter?.['in'] === location)) {
      checks.push({ name: `${label} parameters.${location}`, root, type: (side) => at(side, 'parameters', location) });
    }
  }
  const body = deref(document, operation['requestBody']);
  if (body) {
    checks.push({ name: `${label} requestBody optional`, root, type: (side) => `undefined extends ${at(side, 'requestBody')} ? 'optional' : 'required'` });
    for (const media of isObject(body['content']) ? Object.keys(body['content']) : []) {
      checks.push({ name: `${label} requestBody ${media}`, root, type: (side) => `NonNullable<${at(side, 'requestBody')}>${index(['content', media])}` });
    }
  }
  const responses = isObject(operation['responses']) ? operation['responses'] : {};
  for (const [status, response] of Object.entries(responses)) {
    const content = deref(document, response)?.['content'];
    for (const media of isObject(content) ? Object.keys(content) : []) {
      checks.push({ name: `${label} responses.${status} ${media}`, root, type: (side) => at(side, 'responses', status, 'content', media) });
    }
  }
  return checks;
}

/** The path item's own `parameters`, per location it has (each operation repeats them in its own). */
function pathItemChecks(document: Json, root: 'paths' | 'webhooks', path: string, item: Json): Check[] {
  const parameters = Array.isArray(item['parameters']) ? item['parameters'].map((entry) => deref(document, entry)) : [];
  const label = `${root === 'webhooks' ? 'webhook ' : ''}${path}`;
  return LOCATIONS.filter((location) => parameters.some((parameter) => parameter?.['in'] === location)).map((location) => ({
    name: `${label} parameters.${location}`,
    root,
    type: (side: Side) => `${importName(side, root)}${index([path, 'parameters', location])}`,
  }));
}

/** The checks of every path item and operation under `paths` or `webhooks`, in document order. */
function operationsChecks(document: Json, root: 'paths' | 'webhooks'): Check[] {
  const items = isObject(document[root]) ? document[root] : {};
  return Object.entries(items).flatMap(([path, value]) => {
    const item = deref(document, value);
    if (!item) return [];
    const operations = METHODS.flatMap((method) => {
      const operation = deref(document, item[method]);
      return operation ? operationChecks(document, root, path, method, item, operation) : [];
    });
    return [...pathItemChecks(document, root, path, item), ...operations];
  });
}

/** Every check of `document`: the control check first, then components, paths and webhooks. */
export function checksOf(document: Json): Check[] {
  return [control, ...componentChecks(document), ...operationsChecks(document, 'paths'), ...operationsChecks(document, 'webhooks')];
}
