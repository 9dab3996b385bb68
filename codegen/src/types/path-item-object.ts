// A Path Item Object: its shared `parameters`, then every HTTP method, `never` where it has
// no operation. An operation with an operationId is written into `operations` and referred
// to as `operations["<id>"]`; one without is typed in place. Path-level parameters are folded
// into each operation's, the operation's own winning (by location and name).
// @see https://spec.openapis.org/oas/v3.1.0#path-item-object
import { isObject, warn, type Json, type TypesContext } from './context.js';
import { docItems } from './jsdoc.js';
import { child, type Path } from './json-pointer.js';
import { messages } from './messages.js';
import { operationMembers } from './operation-object.js';
import { summariseOperation } from './operation-summary.js';
import { locateParameters, parametersMember, type LocatedParameter } from './parameters-array.js';
import { access, NEVER, object, property, type Member, type TypeNode } from './type-nodes.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function mergedParameters(shared: readonly LocatedParameter[], own: readonly LocatedParameter[]): LocatedParameter[] {
  const byKey = new Map<string, LocatedParameter>();
  for (const parameter of [...shared, ...own]) byKey.set(`${String(parameter.resolved['in'])}-${String(parameter.resolved['name'])}`, parameter);
  return [...byKey.values()];
}

function operationType(operation: Json, shared: readonly LocatedParameter[], ctx: TypesContext, path: Path): TypeNode {
  const parameters = mergedParameters(shared, locateParameters(operation['parameters'], ctx, path));
  const members = operationMembers(operation, parameters, ctx, path);
  const written = operation['operationId'];
  if (typeof written !== 'string' || written === '') return object(members);
  const operationId = written.replaceAll('#', '/');
  if (ctx.operationSummaries.has(operationId)) {
    warn(ctx, child(path, 'operationId'), messages.duplicateOperationId(operationId));
    return object(members);
  }
  ctx.operationSummaries.set(operationId, summariseOperation(operationId, operation, ctx));
  ctx.operations.writeMember(property(operationId, object(members)), 1);
  return access('operations', [operationId]);
}

export function pathItemType(pathItem: Json, ctx: TypesContext, path: Path | undefined): TypeNode {
  const shared = locateParameters(pathItem['parameters'], ctx, path);
  const members: Member[] = [parametersMember(shared, ctx)];
  for (const method of METHODS) {
    let operation = pathItem[method];
    if (isObject(operation) && typeof operation['$ref'] === 'string') operation = ctx.resolve(operation['$ref']).target;
    if (!isObject(operation)) {
      members.push(property(method, NEVER, { optional: true }));
      continue;
    }
    members.push(property(method, operationType(operation, shared, ctx, child(path, method)), { doc: docItems(operation) }));
  }
  return object(members);
}
