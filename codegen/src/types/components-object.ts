// The Components Object: `schemas`, `responses`, `parameters`, `requestBodies`, `headers`
// and `pathItems`, each a block of named types (`never` when empty), written member by member.
// @see https://spec.openapis.org/oas/v3.1.0#components-object
import { isObject, type Json, type TypesContext } from './context.js';
import { headerType } from './header-object.js';
import { docItems } from './jsdoc.js';
import { child, pointerOf, type Path } from './json-pointer.js';
import { parameterSchemaType } from './parameters-array.js';
import { pathItemType } from './path-item-object.js';
import type { TypeWriter } from './printer.js';
import { refType, type InlineType } from './refs.js';
import { requestBodyType } from './request-body-object.js';
import { responseType } from './response-object.js';
import { property, type TypeNode } from './type-nodes.js';

type ComponentTransform = (item: unknown, ctx: TypesContext, path: Path, anchor: string) => TypeNode;

const TRANSFORMS: Readonly<Record<string, ComponentTransform>> = {
  schemas: (item, ctx, path, anchor) => ctx.schema(item, ctx, path, anchor),
  responses: (item, ctx, path) => responseType(item, ctx, path),
  parameters: (item, ctx, path) => parameterSchemaType(item, ctx, path),
  requestBodies: (item, ctx, path) => requestBodyType(item, ctx, path),
  headers: (item, ctx, path) => headerType(item, ctx, path),
  pathItems: (item, ctx, path) => (isObject(item) ? pathItemType(item, ctx, path) : ctx.schema(item, ctx, path)),
};

const COMPONENT_KINDS = Object.keys(TRANSFORMS);

function componentType(kind: string, item: unknown, ctx: TypesContext, path: Path): TypeNode {
  const transform = TRANSFORMS[kind] as ComponentTransform;
  // A schema is typed (and a $ref to it followed) by the schema transform itself; any other
  // component written as a $ref names its target, or is typed from it.
  const ref = isObject(item) ? item['$ref'] : undefined;
  if (kind !== 'schemas' && typeof ref === 'string') {
    const inline: InlineType = (target, targetPath) => transform(target, ctx, targetPath ?? path, pointerOf(targetPath));
    return refType(ref, ctx, path, inline);
  }
  return transform(item, ctx, path, pointerOf(path));
}

/** Writes the members of `export interface components { ... }` at level 1. */
export function writeComponents(components: Json, ctx: TypesContext, writer: TypeWriter): void {
  const componentsPath = child(undefined, 'components');
  for (const kind of COMPONENT_KINDS) {
    const items = components[kind];
    const names = isObject(items) ? Object.keys(items) : [];
    if (names.length === 0) {
      writer.write(`    ${kind}: never;\n`);
      continue;
    }
    writer.write(`    ${kind}: {\n`);
    const kindPath = child(componentsPath, kind);
    for (const name of names) {
      const item = (items as Json)[name];
      writer.writeMember(property(name, componentType(kind, item, ctx, child(kindPath, name)), { doc: docItems(item) }), 2);
    }
    writer.write('    };\n');
  }
}
