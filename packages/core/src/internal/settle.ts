import { ApiError } from '../errors/api-error.js';
import { notJsonBody } from '../errors/body-syntax-error.js';
import { isFailureInside2xx } from '../normalise-error.js';
import type { Received } from './attempt.js';
import type { CallInit } from './call-init.js';
import type { CallContext } from './call-context.js';
import { refusal, responseFailure } from './call-errors.js';
import { journalAttempt } from './journal-attempt.js';

const decoder = new TextDecoder();

/** How a call ended: its data, or the failure's body and the one ApiError built for it. */
export type Settled = { readonly data: unknown; readonly response: Response; readonly failure?: undefined } | { readonly error: unknown; readonly response: Response; readonly failure: ApiError };

/** The success body as the call asked for it (`parseAs`, JSON by default); undefined when empty. */
function parseData(received: Received, parseAs: CallInit['parseAs']): unknown {
  const { response, bytes } = received;
  if (parseAs === 'stream') return response.body;
  if (bytes === undefined || (bytes.length === 0 && (parseAs === undefined || parseAs === 'json' || response.headers.get('content-length') === '0'))) return undefined;
  switch (parseAs) {
    case 'text':
      return decoder.decode(bytes);
    case 'arrayBuffer':
      return bytes.slice().buffer;
    case 'blob':
      return new Blob([bytes.slice()], { type: response.headers.get('content-type') ?? '' });
    default:
      return received.json ? received.json.value : JSON.parse(decoder.decode(bytes));
  }
}

/** A failure's body: its JSON when it is JSON, else its text; undefined when empty. */
function parseFailureBody(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined || bytes.length === 0) return undefined;
  const text = decoder.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Reads the final response once: a failure (non-2xx, or a vendor failure inside a 2xx) becomes
 * its one ApiError, a success its parsed body. A 2xx body that is not what the call asked for
 * throws.
 */
export function settle(call: CallContext, received: Received, parseAs: CallInit['parseAs']): Settled {
  const { response } = received;
  const { client, plan } = call;
  if (!response.ok) {
    const error = parseFailureBody(received.bytes);
    return { error, response, failure: responseFailure(call, response, error, false, { retryAfterMs: received.retryAfterMs }) };
  }
  let data: unknown;
  try {
    data = parseData(received, parseAs);
  } catch (error) {
    const notJson = notJsonBody(error, received.bytes, client.redactor);
    throw new ApiError({ ...refusal(call, response, `${plan.label} got a response body that is not valid JSON ${notJson.detail}`), body: notJson.body, cause: notJson.cause });
  }
  // Where the attempt already parsed this JSON, it has already looked for a failure inside.
  const looked = received.json !== undefined && data === received.json.value;
  if (looked ? received.inside === undefined : !isFailureInside2xx(client.errors.catalogue, data)) return { data, response };
  const failure = responseFailure(call, response, data, true, looked ? { inside: received.inside } : {});
  journalAttempt(call, { outcome: 'application-error', startedAt: call.startedAt, willRetry: false, response, body: data, error: failure });
  return { error: data, response, failure };
}
