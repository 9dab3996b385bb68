// A Responses Object: one member per status code (`200`, `"4XX"`, `default`), each a
// response type or a ref to a named one; `never` when the operation lists none.
// @see https://spec.openapis.org/oas/v3.1.0#responses-object
import { isObject, type TypesContext } from './context.js';
import { child, type Path } from './json-pointer.js';
import { refDocItems, refType } from './refs.js';
import { responseType } from './response-object.js';
import { NEVER, object, property, type PropertyMember, type TypeNode } from './type-nodes.js';

export function responsesType(responses: unknown, ctx: TypesContext, path: Path | undefined): TypeNode {
  if (!isObject(responses)) return NEVER;
  const members: PropertyMember[] = [];
  for (const status in responses) {
    const response = responses[status];
    const ref = isObject(response) ? response['$ref'] : undefined;
    const statusPath = child(path, status);
    const type = typeof ref === 'string' ? refType(ref, ctx, statusPath, (target, targetPath) => responseType(target, ctx, targetPath)) : responseType(response, ctx, statusPath);
    members.push(property(status, type, { doc: refDocItems(response, ctx) }));
  }
  return members.length > 0 ? object(members) : NEVER;
}
