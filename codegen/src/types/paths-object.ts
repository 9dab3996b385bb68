// The Paths Object (and the Webhooks map, the same shape): one member per path, typed as its
// Path Item, or as the named path item a `$ref` points at.
// @see https://spec.openapis.org/oas/v3.1.0#paths-object
import { isObject, type Json, type TypesContext } from './context.js';
import { docItems } from './jsdoc.js';
import { child } from './json-pointer.js';
import { pathItemType } from './path-item-object.js';
import type { TypeWriter } from './printer.js';
import { refType } from './refs.js';
import { property, UNKNOWN } from './type-nodes.js';

/** The keys of `paths` (or `webhooks`) that hold a path item. */
export function pathItemKeys(paths: unknown): string[] {
  return isObject(paths) ? Object.keys(paths).filter((key) => isObject(paths[key])) : [];
}

/** Writes one member per path item of `document[root]` at level 1. */
export function writePathItems(root: 'paths' | 'webhooks', paths: Json, ctx: TypesContext, writer: TypeWriter): void {
  const rootPath = child(undefined, root);
  for (const key of pathItemKeys(paths)) {
    const item = paths[key] as Json;
    const path = child(rootPath, key);
    const ref = item['$ref'];
    const type = typeof ref === 'string' ? refType(ref, ctx, path, (target, targetPath) => (isObject(target) ? pathItemType(target, ctx, targetPath) : UNKNOWN)) : pathItemType(item, ctx, path);
    writer.writeMember(property(key, type, { doc: typeof ref === 'string' ? docItems(item) : undefined }), 1);
  }
}
