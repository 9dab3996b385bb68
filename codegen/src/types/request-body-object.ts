// A Request Body Object: `{ content: { "<media type>": T } }`, or `{ "*/*"?: never }` inside
// `content` when it lists no media type (openapi-typescript's layout).
// @see https://spec.openapis.org/oas/v3.1.0#request-body-object
import { isObject, type TypesContext } from './context.js';
import { contentMembers } from './content-object.js';
import { child, type Path } from './json-pointer.js';
import { NEVER, object, property, type TypeNode } from './type-nodes.js';

export function requestBodyType(requestBody: unknown, ctx: TypesContext, path: Path | undefined): TypeNode {
  const content = isObject(requestBody) ? contentMembers(requestBody['content'], ctx, child(path, 'content')) : [];
  return object([property('content', object(content.length > 0 ? content : [property('*/*', NEVER, { optional: true })]))]);
}
