// Finds the discriminators of a document before any type is emitted, with openapi-typescript's
// rules (its `scanDiscriminators`) but without changing the document: a schema carrying a
// `discriminator`, and every schema that extends one through `allOf`, is recorded by pointer;
// each schema a discriminator maps to (its `mapping`, else the oneOf refs by their last
// segment) has the discriminator property narrowed to the mapped value(s).
import { escapeSegment } from './json-pointer.js';
import { isObject, type Json } from './json.js';

interface Discriminator {
  readonly propertyName: string;
  readonly mapping?: Readonly<Record<string, string>>;
}

export interface Narrowing {
  readonly propertyName: string;
  readonly values: readonly string[];
}

export interface Discriminators {
  /** Schemas, by pointer, that carry or inherit a discriminator. */
  readonly objects: ReadonlyMap<string, Discriminator>;
  /** Schemas, by pointer, whose discriminator property is narrowed to the values mapped to them. */
  readonly narrowed: ReadonlyMap<string, Narrowing>;
}

/** Keys whose values are data, never schemas. */
const VALUE_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum']);

function asDiscriminator(value: unknown): Discriminator | undefined {
  if (!isObject(value) || typeof value['propertyName'] !== 'string') return undefined;
  const mapping = isObject(value['mapping']) ? normaliseMapping(value['mapping']) : undefined;
  return mapping ? { propertyName: value['propertyName'], mapping } : { propertyName: value['propertyName'] };
}

/** A mapping value may be a bare schema name; it names `#/components/schemas/<name>`. */
function normaliseMapping(mapping: Json): Record<string, string> {
  const normalised: Record<string, string> = {};
  for (const [value, ref] of Object.entries(mapping)) {
    if (typeof ref === 'string') normalised[value] = ref.startsWith('#') ? ref : `#/components/schemas/${escapeSegment(ref)}`;
  }
  return normalised;
}

interface Found {
  readonly pointer: string;
  readonly node: Json;
}

/** Every object with a discriminator, and every object with allOf, in document order. */
function collect(document: Json): { carriers: Found[]; extenders: Found[] } {
  const carriers: Found[] = [];
  const extenders: Found[] = [];
  const keys: string[] = [];
  const pointer = () => (keys.length === 0 ? '#' : `#/${keys.map(escapeSegment).join('/')}`);
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        keys.push(String(index));
        visit(node[index]);
        keys.pop();
      }
      return;
    }
    const record = node as Json;
    if (isObject(record['discriminator'])) carriers.push({ pointer: pointer(), node: record });
    if (Array.isArray(record['allOf'])) extenders.push({ pointer: pointer(), node: record });
    for (const key in record) {
      const value = record[key];
      if (typeof value !== 'object' || value === null || VALUE_KEYS.has(key)) continue;
      keys.push(key);
      visit(value);
      keys.pop();
    }
  };
  visit(document);
  return { carriers, extenders };
}

export function scanDiscriminators(document: Json, resolve: (ref: string) => unknown): Discriminators {
  const objects = new Map<string, Discriminator>();
  const narrowed = new Map<string, Narrowing>();
  const narrow = (ref: string, propertyName: string, values: readonly string[]) => {
    if (narrowed.has(ref)) return;
    const target = resolve(ref);
    if (isObject(target) && (Array.isArray(target['allOf']) || target['type'] === 'object')) narrowed.set(ref, { propertyName, values });
  };
  const { carriers, extenders } = collect(document);
  for (const { pointer, node } of carriers) {
    const discriminator = asDiscriminator(node['discriminator']);
    if (!discriminator) continue;
    objects.set(pointer, discriminator);
    if (!Array.isArray(node['oneOf'])) continue;
    const mapped = new Map<string, string[]>();
    for (const item of node['oneOf']) {
      const ref = isObject(item) ? item['$ref'] : undefined;
      const inferred = typeof ref === 'string' ? ref.split('/').pop() : undefined;
      if (typeof ref === 'string' && inferred) mapped.set(ref, [inferred]);
    }
    const defined = new Map<string, string[]>();
    for (const [value, ref] of Object.entries(discriminator.mapping ?? {})) {
      const values = defined.get(ref) ?? [];
      values.push(value);
      defined.set(ref, values);
    }
    for (const [ref, values] of defined) mapped.set(ref, values);
    for (const [ref, values] of mapped) narrow(ref, discriminator.propertyName, values);
  }
  if (objects.size === 0) return { objects, narrowed };
  for (const { pointer, node } of extenders) {
    for (const item of node['allOf'] as unknown[]) {
      if (!isObject(item)) continue;
      const ref = item['$ref'];
      if (typeof ref === 'string') {
        const inherited = objects.get(ref);
        // As openapi-typescript does: an allOf part that is no discriminated ref ends this schema's scan.
        if (!inherited) break;
        const values = Object.entries(inherited.mapping ?? {})
          .filter(([, target]) => target === pointer)
          .map(([value]) => value);
        if (values.length > 0) narrow(pointer, inherited.propertyName, values);
        objects.set(pointer, inherited);
      } else {
        const own = asDiscriminator(item['discriminator']);
        if (own) objects.set(pointer, own);
      }
    }
  }
  return { objects, narrowed };
}
