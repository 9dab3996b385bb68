import { causeCode, describeCause } from './describe-cause.js';
import { AbortedError, ApiError, ConnectionError, TimeoutError } from '../errors/api-error.js';
import type { JournalOutcome } from '../journal.js';
import { PacingDeadlineError } from '../pacing.js';
import type { AttemptFailure } from '../retry.js';
import type { CallContext } from './call-context.js';
import { afterAttempts, callDetails } from './call-errors.js';

const unsentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** A failure without a response, classified once: the error a user sees and how retrying sees it. */
export interface Classified {
  readonly error: ApiError;
  readonly failure: AttemptFailure | undefined;
  readonly outcome: JournalOutcome;
}

/** The error for something thrown while the call waited or sent (abort, deadline, timeout, network). */
export function classify(call: CallContext, error: unknown): Classified {
  const { label } = call.plan;
  const { deadlineMs, timeoutMs, redactor, clock, host } = call.client;
  const { lifetime } = call;
  if (lifetime.reason === 'user') {
    const reason = lifetime.userSignal?.reason as { name?: unknown } | undefined;
    if (reason?.name === 'TimeoutError') {
      const elapsed = clock.now() - call.startedAt;
      return {
        error: new TimeoutError({
          ...callDetails(call, redactor.text(`${label} timed out: the caller's signal fired after ${elapsed} ms`)),
          retryable: true,
          timeoutMs: elapsed,
          scope: 'deadline',
          cause: reason,
        }),
        failure: undefined,
        outcome: 'timeout',
      };
    }
    return { error: new AbortedError({ ...callDetails(call, `${label} was aborted by the caller`), retryable: false, cause: reason }), failure: undefined, outcome: 'aborted' };
  }
  if (lifetime.reason === 'deadline' || error instanceof PacingDeadlineError) {
    const detail = error instanceof PacingDeadlineError ? ` (the rate-limit budget frees up only in ${error.waitMs} ms)` : '';
    return {
      error: new TimeoutError({
        ...callDetails(call, `${label} did not complete within its deadline of ${deadlineMs} ms${detail}${afterAttempts(call)}`),
        retryable: true,
        timeoutMs: deadlineMs,
        scope: 'deadline',
      }),
      failure: undefined,
      outcome: 'timeout',
    };
  }
  if (lifetime.attemptTimedOut) {
    return {
      error: new TimeoutError({ ...callDetails(call, `${label} got no complete response within ${timeoutMs} ms${afterAttempts(call)}`), retryable: true, timeoutMs, scope: 'attempt' }),
      failure: { kind: 'timeout' },
      outcome: 'timeout',
    };
  }
  if (error instanceof ApiError) return { error, failure: undefined, outcome: error.status === undefined ? 'connection-error' : 'response-refused' };
  const code = causeCode(error);
  return {
    error: new ConnectionError({ ...callDetails(call, redactor.text(`${label} could not reach ${host}: ${describeCause(error)}${afterAttempts(call)}`)), retryable: true, cause: error }),
    failure: { kind: 'network', unsent: !call.log.redirected && code !== undefined && unsentCodes.has(code) },
    outcome: 'connection-error',
  };
}
