// openapi-typescript's scanDiscriminators, ported with the same results. The library walks
// the whole document twice copying the path array at every node (`path.concat(key)`), which
// on GitHub's 13 MB description cost ~0.6 s of the types worker; this walk keeps one path
// stack and copies it only where a discriminator is found. Mirrors openapi-typescript 7.13
// (src/lib/utils.ts: scanDiscriminators, patchDiscriminatorEnum, createDiscriminatorEnum);
// re-check it when that dependency is upgraded.
import type { DiscriminatorObject, OpenAPI3, SchemaObject } from 'openapi-typescript';

type AnyObject = Record<string, unknown>;

export interface OpenApiTsUtilities {
  createRef(parts: (number | string | undefined | null)[]): string;
  resolveRef<T>(schema: unknown, $ref: string, options: { silent: boolean; visited?: string[] }): T | undefined;
  warn(message: string, silent?: boolean): void;
}

export interface Discriminators {
  objects: Record<string, DiscriminatorObject>;
  refsHandled: string[];
}

function visitObjects(node: unknown, path: (string | number)[], visit: (object: AnyObject, path: (string | number)[]) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index += 1) {
      path.push(index);
      visitObjects(node[index], path, visit);
      path.pop();
    }
    return;
  }
  visit(node as AnyObject, path);
  for (const key of Object.keys(node)) {
    path.push(key);
    visitObjects((node as AnyObject)[key], path, visit);
    path.pop();
  }
}

function discriminatorEnum(values: string[], previous?: SchemaObject): SchemaObject {
  return {
    type: 'string',
    enum: values,
    description: previous?.description
      ? `${previous.description} (enum property replaced by openapi-typescript)`
      : 'discriminator enum property added by openapi-typescript',
  };
}

function patchDiscriminatorEnum(
  utils: OpenApiTsUtilities,
  schema: OpenAPI3,
  ref: string,
  values: string[],
  discriminator: DiscriminatorObject,
  discriminatorRef: string,
  silent: boolean,
): boolean {
  const resolved = utils.resolveRef<AnyObject>(schema, ref, { silent });
  if (resolved && Array.isArray(resolved['allOf'])) {
    resolved['allOf'].push({
      type: 'object',
      required: [discriminator.propertyName],
      properties: { [discriminator.propertyName]: discriminatorEnum(values) },
    });
    return true;
  }
  if (typeof resolved === 'object' && 'type' in resolved && resolved['type'] === 'object') {
    const properties = (resolved['properties'] ??= {}) as Record<string, SchemaObject>;
    const required = resolved['required'] as string[] | undefined;
    if (!required) resolved['required'] = [discriminator.propertyName];
    else if (!required.includes(discriminator.propertyName)) required.push(discriminator.propertyName);
    properties[discriminator.propertyName] = discriminatorEnum(values, properties[discriminator.propertyName]);
    return true;
  }
  utils.warn(
    `Discriminator mapping has an invalid schema (neither an object schema nor an allOf array): ${ref} => ${values.join(', ')} (Discriminator: ${discriminatorRef})`,
    silent,
  );
  return false;
}

export function scanDiscriminators(utils: OpenApiTsUtilities, schema: OpenAPI3, silent: boolean): Discriminators {
  const objects: Record<string, DiscriminatorObject> = {};
  const refsHandled: string[] = [];
  visitObjects(schema, [], (object, path) => {
    const discriminator = object['discriminator'] as DiscriminatorObject | undefined;
    if (!discriminator?.propertyName) return;
    const ref = utils.createRef([...path]);
    objects[ref] = discriminator;
    if (!Array.isArray(object['oneOf'])) return;
    const mapping: Record<string, { inferred?: string; defined?: string[] }> = {};
    for (const item of object['oneOf'] as AnyObject[]) {
      if ('$ref' in item) {
        const value = String(item['$ref']).split('/').pop();
        if (value) {
          const known = mapping[item['$ref'] as string];
          if (!known) mapping[item['$ref'] as string] = { inferred: value };
          else known.inferred = value;
        }
      }
    }
    if (discriminator.mapping) {
      for (const mappedValue in discriminator.mapping) {
        const mappedRef = discriminator.mapping[mappedValue];
        if (!mappedRef) continue;
        if (!mapping[mappedRef]?.defined) mapping[mappedRef] = { defined: [] };
        mapping[mappedRef].defined?.push(mappedValue);
      }
    }
    for (const [mappedRef, { inferred, defined }] of Object.entries(mapping)) {
      if (refsHandled.includes(mappedRef)) continue;
      if (!inferred && !defined) continue;
      const mappedValues = defined ?? [inferred as string];
      if (patchDiscriminatorEnum(utils, schema, mappedRef, mappedValues, discriminator, ref, silent)) refsHandled.push(mappedRef);
    }
  });
  // The second pass only extends discriminators the first found; without any it changes nothing.
  if (Object.keys(objects).length === 0) return { objects, refsHandled };
  visitObjects(schema, [], (object, path) => {
    if (!Array.isArray(object['allOf'])) return;
    for (const item of object['allOf'] as AnyObject[]) {
      if ('$ref' in item) {
        const itemRef = item['$ref'] as string;
        // As in the library: one allOf part that is no discriminated ref ends the whole node.
        if (!objects[itemRef]) return;
        const ref = utils.createRef([...path]);
        const discriminator = objects[itemRef];
        const mappedValues: string[] = [];
        if (discriminator.mapping) {
          for (const mappedValue in discriminator.mapping) {
            if (discriminator.mapping[mappedValue] === ref) mappedValues.push(mappedValue);
          }
          if (mappedValues.length > 0 && patchDiscriminatorEnum(utils, schema, ref, mappedValues, discriminator, itemRef, silent)) refsHandled.push(ref);
        }
        objects[ref] = { ...objects[itemRef] };
      } else if ((item['discriminator'] as DiscriminatorObject | undefined)?.propertyName) {
        objects[utils.createRef([...path])] = { ...(item['discriminator'] as DiscriminatorObject) };
      }
    }
  });
  return { objects, refsHandled };
}
