import { readRateLimit } from '../pacing.js';
import { decideRetry } from '../retry.js';
import type { AttemptFailure, RetryDecision } from '../retry.js';
import type { Attempt, Received } from './attempt.js';
import type { AttemptCause } from './attempt-log.js';
import type { CallContext } from './call-context.js';
import { classify } from './classify.js';
import { journalAttempt } from './journal-attempt.js';

const decoder = new TextDecoder();

function decide(call: CallContext, failure: AttemptFailure): RetryDecision {
  const { retry, clock } = call.client;
  return decideRetry(retry, failure, {
    retries: call.log.count('retry'),
    safe: call.safe,
    replayable: call.replayable,
    now: clock.now(),
    deadlineAt: call.deadlineAt,
    random: clock.random(),
  });
}

/** Logs and waits out one retry; `what` says why (`HTTP 503`). */
async function waitToRetry(call: CallContext, what: string, waitMs: number): Promise<void> {
  const { client, lifetime } = call;
  client.log('info', `${call.plan.label}: ${what}; retry ${call.log.count('retry') + 1} of ${client.retry.maxRetries} in ${waitMs} ms`);
  try {
    await client.clock.sleep(waitMs, lifetime.waitSignal());
  } catch (error) {
    throw classify(call, error).error;
  }
}

/**
 * The outermost policy: runs attempts until one settles the call, deciding each repeat through
 * the one pure `decideRetry` and journalling each failed attempt once, with that decision.
 * Resolves to the last response (a success or a failure not worth repeating); throws the
 * classified error of an attempt that got no response.
 */
export async function runAttempts(call: CallContext, attempt: Attempt): Promise<Received> {
  const { client, lifetime, plan } = call;
  for (let cause: AttemptCause = 'first'; ; ) {
    call.log.begin(cause);
    lifetime.nextAttempt();
    const result = await attempt(call, call.request);
    if (result.kind === 'token-refresh') {
      cause = 'token-refresh';
      continue;
    }
    if (result.kind === 'error') {
      const { error, failure, outcome } = classify(call, result.error);
      const decision = failure ? decide(call, failure) : undefined;
      journalAttempt(call, { outcome, startedAt: result.startedAt, willRetry: decision?.retry === true, error });
      if (!decision?.retry) {
        error.attempts = call.log.attempts;
        throw error;
      }
      await waitToRetry(call, `${error.name} (${error.message})`, decision.waitMs);
      cause = 'retry';
      continue;
    }
    const { received, startedAt } = result;
    const { response } = received;
    const { status } = response;
    if (response.ok) {
      // A vendor code inside a 2xx that the catalogue marks retryable (Altcraft 500) is retried like a 5xx, when the operation is safe to repeat.
      if (!received.inside) return received;
      const decision = decide(call, { kind: 'application', retryable: received.inside.retryable });
      if (!decision.retry) return received;
      journalAttempt(call, { outcome: 'application-error', startedAt, willRetry: true, response, body: received.json?.value });
      await waitToRetry(call, `vendor code ${String(received.inside.rawCode)} inside HTTP ${status}`, decision.waitMs);
      cause = 'retry';
      continue;
    }
    const now = client.clock.now();
    const resetAt = status === 429 ? readRateLimit(response.headers, client.rateLimitHeaders, now)?.resetAt : undefined;
    const decision = decide(call, { kind: 'status', status, retryAfterMs: received.retryAfterMs, resetMs: resetAt === undefined ? undefined : Math.max(0, resetAt - now) });
    const body = client.journal && received.bytes ? decoder.decode(received.bytes) : undefined;
    journalAttempt(call, { outcome: 'http-error', startedAt, willRetry: decision.retry, response, body });
    if (!decision.retry) {
      if (call.log.attempts > 1 || status === 429) client.log('debug', `${plan.label}: HTTP ${status}, not retrying: ${decision.reason}`);
      return received;
    }
    if (call.streaming) await response.body?.cancel();
    await waitToRetry(call, `HTTP ${status}`, decision.waitMs);
    cause = 'retry';
  }
}
