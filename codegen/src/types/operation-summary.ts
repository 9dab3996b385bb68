// What the named per-operation types need to know of an operation: which request body media
// type to name, and which responses have a JSON body, success (2xx) and failure apart.
import { isObject, type Json, type OperationSummary, type TypesContext } from './context.js';
import { jsonMediaType } from './content-object.js';
import { resolvedRequestBody } from './operation-object.js';

type StatusBody = readonly [status: string | number, mediaType: string];

/** A status key as the printer writes it: `200` is a number key, `"2XX"` and `default` are strings. */
function statusKey(status: string): string | number {
  return /^[1-9][0-9]*$/.test(status) ? Number(status) : status;
}

export function summariseOperation(operationId: string, operation: Json, ctx: TypesContext): OperationSummary {
  const body = resolvedRequestBody(operation, ctx);
  const content = body?.['content'];
  const mediaType = jsonMediaType(content) ?? (isObject(content) ? Object.keys(content)[0] : undefined);
  const success: StatusBody[] = [];
  const failure: StatusBody[] = [];
  const responses = operation['responses'];
  if (isObject(responses)) {
    for (const status in responses) {
      let response = responses[status];
      if (isObject(response) && typeof response['$ref'] === 'string') response = ctx.resolve(response['$ref']).target;
      const json = isObject(response) ? jsonMediaType(response['content']) : undefined;
      if (json === undefined) continue;
      (status.startsWith('2') ? success : failure).push([statusKey(status), json]);
    }
  }
  return {
    operationId,
    ...(mediaType === undefined ? {} : { body: { mediaType, required: body?.['required'] === true } }),
    success,
    failure,
  };
}
