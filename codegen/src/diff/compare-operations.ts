// Matches the operations of two surfaces (by operationId; an unmatched pair on the same method
// and path is a rename) and compares each pair: where the client exposes it, its parameters,
// request body, 2xx responses, paging and retry safety.
import { escapePointer, operationLabel, record, type CompareContext } from './compare-context.js';
import { compareSchemas } from './compare-schemas.js';
import type { OperationSurface, ParameterSurface } from './surface-model.js';

const route = (operation: OperationSurface): string => `${operation.method} ${operation.path}`;
const parameterKey = (parameter: ParameterSurface): string => `${parameter.in} ${parameter.name}`;
const clientMethod = (operation: OperationSurface): string => `client.${operation.resource}.${operation.methodName}`;

function compareParameters(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  const label = operationLabel(after);
  const operationId = before.operationId;
  const was = new Map(before.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  for (const parameter of after.parameters) {
    const subject = `${parameter.in} parameter ${parameter.name}`;
    const previous = was.get(parameterKey(parameter));
    if (!previous) {
      const changeClass = parameter.required ? 'required-parameter-added' : 'optional-parameter-added';
      record(context, { class: changeClass, operationId, message: `added ${parameter.required ? 'required' : 'optional'} ${subject} to ${label}`, side: 'new', pointer: parameter.pointer });
      continue;
    }
    if (!previous.required && parameter.required)
      record(context, { class: 'parameter-now-required', operationId, message: `${subject} of ${label} is now required`, side: 'new', pointer: parameter.pointer });
    if (previous.required && !parameter.required)
      record(context, { class: 'parameter-now-optional', operationId, message: `${subject} of ${label} is now optional`, side: 'new', pointer: parameter.pointer });
    compareSchemas(context, { operationId, subject: `${label} ${subject}`, direction: 'request' }, previous.schema, parameter.schema, {
      old: `${previous.pointer}/schema`,
      new: `${parameter.pointer}/schema`,
    });
  }
  const is = new Set(after.parameters.map(parameterKey));
  for (const parameter of before.parameters) {
    if (is.has(parameterKey(parameter))) continue;
    record(context, { class: 'parameter-removed', operationId, message: `removed ${parameter.in} parameter ${parameter.name} from ${label}`, side: 'old', pointer: parameter.pointer });
  }
}

function compareBodies(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  const label = operationLabel(after);
  const operationId = before.operationId;
  const was = before.body;
  const is = after.body;
  if (was && !is) {
    record(context, { class: 'body-removed', operationId, message: `removed the request body of ${label}`, side: 'old', pointer: was.pointer });
    return;
  }
  if (!was && is) {
    const changeClass = is.required ? 'required-body-added' : 'optional-body-added';
    record(context, { class: changeClass, operationId, message: `added ${is.required ? 'a required' : 'an optional'} request body to ${label}`, side: 'new', pointer: is.pointer });
    return;
  }
  if (!was || !is) return;
  if (!was.required && is.required) record(context, { class: 'body-now-required', operationId, message: `the request body of ${label} is now required`, side: 'new', pointer: is.pointer });
  if (was.required && !is.required) record(context, { class: 'body-now-optional', operationId, message: `the request body of ${label} is now optional`, side: 'new', pointer: is.pointer });
  const site = { operationId, subject: `${label} request body`, direction: 'request' as const, ignoredField: after.bodyToken };
  compareSchemas(context, site, was.schema, is.schema, { old: `${was.pointer}/content/${escapePointer(was.mediaType)}/schema`, new: `${is.pointer}/content/${escapePointer(is.mediaType)}/schema` });
}

function compareResponses(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  const label = operationLabel(after);
  const operationId = before.operationId;
  const was = new Map(before.responses.map((response) => [response.status, response]));
  for (const response of after.responses) {
    const previous = was.get(response.status);
    const subject = `${label} response ${response.status}`;
    if (!previous) {
      record(context, { class: 'response-added', operationId, message: `added response ${response.status} to ${label}`, side: 'new', pointer: response.pointer });
    } else if (previous.schema && !response.schema) {
      record(context, { class: 'response-removed', operationId, message: `${subject} no longer has a body`, side: 'new', pointer: response.pointer });
    } else if (!previous.schema && response.schema) {
      record(context, { class: 'response-added', operationId, message: `${subject} now has a body`, side: 'new', pointer: response.pointer });
    } else if (previous.schema && response.schema) {
      compareSchemas(context, { operationId, subject, direction: 'response' }, previous.schema, response.schema, { old: previous.pointer, new: response.pointer });
    }
  }
  const is = new Set(after.responses.map((response) => response.status));
  for (const response of before.responses) {
    if (!is.has(response.status)) record(context, { class: 'response-removed', operationId, message: `removed response ${response.status} from ${label}`, side: 'old', pointer: response.pointer });
  }
}

const pagingText = (pagination: OperationSurface['pagination']): string =>
  pagination
    ? Object.entries(pagination)
        .map(([key, value]) => `${key}: ${String(value)}`)
        .join(', ')
    : 'none';

function comparePaging(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  const label = operationLabel(after);
  const base = { operationId: before.operationId, side: 'new' as const, pointer: `${after.pointer}/x-pagination` };
  if (before.pagination && !after.pagination) {
    record(context, {
      ...base,
      class: 'pagination-removed',
      message: `${label} is no longer paginated (x-pagination was ${pagingText(before.pagination)})`,
      side: 'old',
      pointer: `${before.pointer}/x-pagination`,
    });
    return;
  }
  if (!before.pagination && after.pagination) {
    record(context, { ...base, class: 'pagination-added', message: `${label} is now paginated (x-pagination ${pagingText(after.pagination)})` });
    return;
  }
  const was = before.pagination ?? {};
  const is = after.pagination ?? {};
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  const changed = keys.filter((key) => (was as Record<string, unknown>)[key] !== (is as Record<string, unknown>)[key]);
  if (changed.length === 0) return;
  const what = changed.map((key) => `${key} ${String((was as Record<string, unknown>)[key] ?? '(none)')} -> ${String((is as Record<string, unknown>)[key] ?? '(none)')}`).join(', ');
  record(context, { ...base, class: 'pagination-changed', message: `x-pagination of ${label} changed: ${what}` });
}

const safetyText = (operation: OperationSurface): string =>
  operation.idempotentFrom === 'x-idempotent' ? `x-idempotent: ${operation.idempotent}` : `${operation.method.toUpperCase()} is ${operation.idempotent ? '' : 'not '}idempotent`;

function compareSafety(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  if (before.idempotent === after.idempotent) return;
  const change = after.idempotent ? 'is now retried as idempotent' : 'is no longer retried as idempotent';
  // Point at the x-idempotent that decides it now, or at the one that did before.
  const where =
    after.idempotentFrom === 'x-idempotent' || before.idempotentFrom !== 'x-idempotent'
      ? { side: 'new' as const, pointer: after.idempotentFrom === 'x-idempotent' ? `${after.pointer}/x-idempotent` : after.pointer }
      : { side: 'old' as const, pointer: `${before.pointer}/x-idempotent` };
  record(context, { class: 'idempotency-changed', operationId: before.operationId, message: `${operationLabel(after)} ${change} (was ${safetyText(before)}, now ${safetyText(after)})`, ...where });
}

function comparePair(context: CompareContext, before: OperationSurface, after: OperationSurface): void {
  if (before.operationId === after.operationId && clientMethod(before) !== clientMethod(after)) {
    record(context, {
      class: 'client-method-moved',
      operationId: before.operationId,
      message: `${operationLabel(after)} moved from ${clientMethod(before)} to ${clientMethod(after)}`,
      side: 'new',
      pointer: `${after.pointer}/tags`,
    });
  }
  compareParameters(context, before, after);
  compareBodies(context, before, after);
  compareResponses(context, before, after);
  comparePaging(context, before, after);
  compareSafety(context, before, after);
}

export function compareOperations(context: CompareContext): void {
  const newById = new Map(context.new.operations.map((operation) => [operation.operationId, operation]));
  const oldIds = new Set(context.old.operations.map((operation) => operation.operationId));
  const newByRoute = new Map(context.new.operations.filter((operation) => !oldIds.has(operation.operationId)).map((operation) => [route(operation), operation]));
  const matched = new Set<OperationSurface>();
  const pairs: [OperationSurface, OperationSurface][] = [];
  for (const operation of context.old.operations) {
    const same = newById.get(operation.operationId);
    const renamed = same ? undefined : newByRoute.get(route(operation));
    const next = same ?? renamed;
    if (!next) {
      record(context, { class: 'operation-removed', operationId: operation.operationId, message: `removed operation ${operationLabel(operation)}`, side: 'old', pointer: operation.pointer });
      continue;
    }
    if (renamed) {
      record(context, {
        class: 'operation-renamed',
        operationId: operation.operationId,
        message: `renamed operation ${operation.operationId} to ${renamed.operationId} (${operation.method.toUpperCase()} ${operation.path})`,
        side: 'new',
        pointer: `${renamed.pointer}/operationId`,
      });
    } else if (route(operation) !== route(next)) {
      record(context, {
        class: 'operation-moved',
        operationId: operation.operationId,
        message: `moved operation ${operation.operationId} from ${operation.method.toUpperCase()} ${operation.path} to ${next.method.toUpperCase()} ${next.path}`,
        side: 'new',
        pointer: next.pointer,
      });
    }
    matched.add(next);
    pairs.push([operation, next]);
  }
  for (const operation of context.new.operations) {
    if (!matched.has(operation))
      record(context, { class: 'operation-added', operationId: operation.operationId, message: `added operation ${operationLabel(operation)}`, side: 'new', pointer: operation.pointer });
  }
  for (const [before, after] of pairs) comparePair(context, before, after);
}
