// A Header Object: its schema's type, or its `content` map, else `unknown`.
// @see https://spec.openapis.org/oas/v3.1.0#header-object
import { isObject, type TypesContext } from './context.js';
import { contentMembers } from './content-object.js';
import { child, type Path } from './json-pointer.js';
import { object, UNKNOWN, type TypeNode } from './type-nodes.js';

export function headerType(header: unknown, ctx: TypesContext, path: Path | undefined): TypeNode {
  if (!isObject(header)) return UNKNOWN;
  if (header['schema'] !== undefined) return ctx.schema(header['schema'], ctx, child(path, 'schema'));
  if (isObject(header['content'])) return object(contentMembers(header['content'], ctx, child(path, 'content')));
  return UNKNOWN;
}
