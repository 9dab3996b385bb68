// What the mock tells about each request it answered: method, path, the status it played and
// how long it took, with credentials (Authorization, tokens in headers, query or body) redacted
// by @specsmith/core's redactor before anything is kept or printed.
import { createRedactor, type Redactor } from '@specsmith/core';
import type { IncomingMessage } from 'node:http';

export interface Arrival {
  readonly method: string;
  /** The path and query, redacted. */
  readonly path: string;
  /** `GET /requests/{id}` when the path matches one of the spec's templates. */
  readonly operation: string | undefined;
  /** The status played; undefined when the connection was cut before one was sent, or never answered. */
  readonly status: number | undefined;
  /** How it was answered: `forward`, `status`, `reset`, `reset-mid-body`, `hang`, … */
  readonly step: string;
  /** Why: the scenario line and position (`scenario.txt:2 step 1/3`), `rate limit spent`, `script`, or `spec`. */
  readonly reason: string;
  /** From arrival to the answer (or the cut). */
  readonly ms: number;
  /** Epoch ms of the arrival. */
  readonly at: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The request body, redacted (as text). */
  readonly body: string;
}

/** What is known of an arrival before it is answered. */
export interface ArrivalDraft {
  readonly request: IncomingMessage;
  readonly body: Buffer;
  readonly at: number;
  readonly operation: string | undefined;
  readonly reason: string;
}

const redactor: Redactor = createRedactor();

function redactedPath(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt < 0) return redactor.text(url);
  // The query is a form: `?apptoken=…&token=…` loses its values by field name.
  return `${redactor.text(url.slice(0, queryAt))}?${String(redactor.body(url.slice(queryAt + 1), 'application/x-www-form-urlencoded'))}`;
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function redactedBody(body: Buffer, contentType: string | undefined): string {
  if (body.length === 0) return '';
  const safe = redactor.body(body.toString('utf8'), contentType ?? null);
  return typeof safe === 'string' ? safe : JSON.stringify(safe);
}

export function completeArrival(draft: ArrivalDraft, outcome: { status: number | undefined; step: string }, now = Date.now()): Arrival {
  return {
    method: draft.request.method ?? '',
    path: redactedPath(draft.request.url ?? ''),
    operation: draft.operation,
    status: outcome.status,
    step: outcome.step,
    reason: draft.reason,
    ms: now - draft.at,
    at: draft.at,
    headers: redactor.headers(flatHeaders(draft.request)),
    body: redactedBody(draft.body, draft.request.headers['content-type']),
  };
}

/** One log line: `GET /requests/70453 → 503 in 4 ms (scenario.txt:2 step 1/3)`. */
export function formatArrival(arrival: Arrival): string {
  const played =
    arrival.step === 'hang'
      ? 'no answer (hang)'
      : arrival.status === undefined
        ? `${arrival.step} (connection cut)`
        : arrival.step === 'reset-mid-body'
          ? `${arrival.status}, cut mid-body`
          : String(arrival.status);
  return `${arrival.method} ${arrival.path} → ${played} in ${arrival.ms} ms (${arrival.reason})`;
}
