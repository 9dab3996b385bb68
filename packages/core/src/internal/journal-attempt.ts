import { describeCause } from './describe-cause.js';
import type { JournalOutcome } from '../journal.js';
import type { CallContext } from './call-context.js';

/** What one failed attempt leaves in the journal besides the request. */
export interface AttemptEnd {
  readonly outcome: JournalOutcome;
  readonly startedAt: number;
  readonly willRetry: boolean;
  readonly response?: Response | undefined;
  /** The response body as read (text or JSON). */
  readonly body?: unknown;
  readonly error?: Error | undefined;
}

/** Journals one failed attempt, redacted; a failing sink is logged, never the call's failure. */
export function journalAttempt(call: CallContext, end: AttemptEnd): void {
  const { journal: sink, redactor, clock, log, vendor } = call.client;
  const request = call.log.lastRequest;
  if (!sink || !request) return;
  const { response, body, error } = end;
  const now = clock.now();
  const entry = {
    timestamp: new Date(now).toISOString(),
    vendor,
    operationId: call.plan.operation.operationId,
    attempt: call.log.attempts,
    outcome: end.outcome,
    durationMs: now - end.startedAt,
    willRetry: end.willRetry,
    request: {
      method: request.method,
      url: redactor.text(request.url),
      headers: redactor.headers(request.headers),
      ...(request.body === undefined || request.body === null ? {} : { body: redactor.body(request.body, request.headers['content-type'] ?? null) }),
    },
    ...(response
      ? {
          response: {
            status: response.status,
            statusText: response.statusText,
            headers: redactor.headers(response.headers),
            ...(body === undefined ? {} : { body: redactor.body(body, response.headers.get('content-type')) }),
          },
        }
      : {}),
    ...(error ? { error: { name: error.name, message: redactor.text(error.message) } } : {}),
  };
  const failed = (cause: unknown) => log('warn', `journal sink failed: ${describeCause(cause)}`);
  try {
    const written = sink.write(entry);
    if (written) written.catch(failed);
  } catch (cause) {
    failed(cause);
  }
}
