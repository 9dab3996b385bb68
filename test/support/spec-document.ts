// A vendor spec as one document, the way the tests read it: a spec split into files (path
// items in `paths/<resource>.yaml`, referring back to the root's components) comes back with
// every reference into another file replaced by what it points at, and references back into
// the root file made local (`#/components/...`). Synchronous, unlike Redocly's bundler, so
// suites can list their cases from it at collection time.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/** A parsed YAML or JSON mapping; its values are narrowed where they are read. */
export type JsonObject = { readonly [key: string]: unknown };
type Json = JsonObject;

export const isJsonObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` under `node` (keys of mappings, indexes of sequences), or undefined where the path leaves the document. */
export function at(node: unknown, ...path: readonly (string | number)[]): unknown {
  let current = node;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isJsonObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** The mapping at `path` under `node`; throws, naming the path, when there is none. */
export function objectAt(node: unknown, ...path: readonly (string | number)[]): JsonObject {
  const found = at(node, ...path);
  if (!isJsonObject(found)) throw new Error(`expected a mapping at ${path.join('.') || 'the root'}, found ${found === undefined ? 'nothing' : JSON.stringify(found)}`);
  return found;
}

const cache = new Map<string, Json>();

function readYaml(file: string): Json {
  let document = cache.get(file);
  if (!document) {
    document = parse(readFileSync(file, 'utf8')) as Json;
    cache.set(file, document);
  }
  return document;
}

function atPointer(document: Json, pointer: string, ref: string): unknown {
  if (pointer === '' || pointer === '/') return document;
  let current: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = current !== null && typeof current === 'object' ? (current as Json)[key] : undefined;
    if (current === undefined) throw new Error(`$ref ${ref} points at nothing`);
  }
  return current;
}

/** `node` (found in `file`) with external refs inlined; refs that land in `root` become local. */
function inline(node: unknown, file: string, root: string, depth: number): unknown {
  if (depth > 64) throw new Error(`$refs nest deeper than 64 levels in ${file}`);
  if (Array.isArray(node)) return node.map((item) => inline(item, file, root, depth));
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as Json)['$ref'];
  if (typeof ref === 'string') {
    const [target = '', pointer = ''] = ref.split('#');
    const targetFile = target ? resolve(dirname(file), target) : file;
    const { $ref: _ref, ...siblings } = node as Json;
    const rest = inline(siblings, file, root, depth) as Json;
    if (targetFile === root) return { $ref: `#${pointer}`, ...rest };
    const found = inline(atPointer(readYaml(targetFile), pointer, ref), targetFile, root, depth + 1);
    return Object.keys(rest).length ? { ...(found as Json), ...rest } : found;
  }
  return Object.fromEntries(Object.entries(node as Json).map(([key, value]) => [key, inline(value, file, root, depth)]));
}

/** The spec at `file` as one document with only local `$ref`s. */
export function readSpecDocument(file: string): Json {
  const root = resolve(file);
  return inline(readYaml(root), root, root, 0) as Json;
}
