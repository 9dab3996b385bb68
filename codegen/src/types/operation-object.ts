// An Operation Object: `{ parameters: {...}; requestBody?: {...}; responses: {...} }`, the
// request body optional unless it is `required`.
// @see https://spec.openapis.org/oas/v3.1.0#operation-object
import { isObject, type Json, type TypesContext } from './context.js';
import { child, type Path } from './json-pointer.js';
import { parametersMember, type LocatedParameter } from './parameters-array.js';
import { refDocItems, refType } from './refs.js';
import { requestBodyType } from './request-body-object.js';
import { responsesType } from './responses-object.js';
import { NEVER, property, type Member } from './type-nodes.js';

/** The request body as written and what it resolves to (undefined when there is none). */
export function resolvedRequestBody(operation: Json, ctx: TypesContext): Json | undefined {
  const body = operation['requestBody'];
  if (!isObject(body)) return undefined;
  if (typeof body['$ref'] !== 'string') return body;
  const target = ctx.resolve(body['$ref']).target;
  return isObject(target) ? target : undefined;
}

export function operationMembers(operation: Json, parameters: readonly LocatedParameter[], ctx: TypesContext, path: Path): Member[] {
  const members: Member[] = [parametersMember(parameters, ctx)];
  const body = operation['requestBody'];
  if (isObject(body)) {
    const bodyPath = child(path, 'requestBody');
    const ref = body['$ref'];
    const type = typeof ref === 'string' ? refType(ref, ctx, bodyPath, (target, targetPath) => requestBodyType(target, ctx, targetPath)) : requestBodyType(body, ctx, bodyPath);
    const required = resolvedRequestBody(operation, ctx)?.['required'] === true;
    members.push(property('requestBody', type, { optional: !required, doc: refDocItems(body, ctx) }));
  } else {
    members.push(property('requestBody', NEVER, { optional: true }));
  }
  members.push(property('responses', responsesType(operation['responses'] ?? {}, ctx, child(path, 'responses'))));
  return members;
}
