import type { SharedBudget } from '../fleet-store.js';
import { PacingDeadlineError } from '../pacing.js';
import type { Pacer } from '../pacing.js';
import type { Attempt } from './attempt.js';
import type { CallContext } from './call-context.js';
import { classify } from './classify.js';

/** A slot of this process's own budget, waited for (tryAcquire, synchronous, comes first). */
async function localWait(call: CallContext, pacer: Pacer): Promise<void> {
  try {
    const waited = await pacer.acquire(call.lifetime.waitSignal(), call.deadlineAt);
    if (waited > 0) call.client.log('debug', `${call.plan.label}: paced for ${waited} ms to stay under the rate limit`);
  } catch (error) {
    throw classify(call, error).error;
  }
}

/** A slot of the fleet's budget; the process's own when the store cannot answer. */
async function sharedSlot(call: CallContext, pacer: Pacer, budget: SharedBudget): Promise<void> {
  const { clock, log } = call.client;
  let waited = 0;
  for (;;) {
    // The store's wait counts against the deadline: take() answers undefined by deadlineAt at the latest.
    const wait = await budget.take(call.deadlineAt);
    if (wait === undefined) return pacer.tryAcquire() ? undefined : localWait(call, pacer);
    if (wait === 0) {
      if (waited > 0) log('debug', `${call.plan.label}: paced for ${waited} ms to stay under the fleet's rate limit`);
      return;
    }
    try {
      if (clock.now() + wait > call.deadlineAt) throw new PacingDeadlineError(wait);
      await clock.sleep(wait, call.lifetime.waitSignal());
    } catch (error) {
      throw classify(call, error).error;
    }
    waited += wait;
  }
}

/**
 * Pacing around an attempt: wait for a slot of the rate budget before it (the fleet's, when the
 * client has a store), learn the budget from its response (the process's own always, so it is
 * ready whenever the store is not; the fleet's too).
 */
export function paced(pacer: Pacer, attempt: Attempt, budget?: SharedBudget): Attempt {
  return async (call, request) => {
    if (budget) await sharedSlot(call, pacer, budget);
    else if (!pacer.tryAcquire()) await localWait(call, pacer);
    const result = await attempt(call, request);
    if (result.kind !== 'error') {
      const { response, retryAfterMs } = result.received;
      const snapshot = pacer.observe(response.headers, response.status, retryAfterMs);
      budget?.observe(snapshot, response.status, retryAfterMs);
    }
    return result;
  };
}
