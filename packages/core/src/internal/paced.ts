import type { Pacer } from '../pacing.js';
import type { Attempt } from './attempt.js';
import { classify } from './classify.js';

/** Pacing around an attempt: wait for a slot of the rate budget before it, learn the budget from its response. */
export function paced(pacer: Pacer, attempt: Attempt): Attempt {
  return async (call, request) => {
    if (!pacer.tryAcquire()) {
      try {
        const waited = await pacer.acquire(call.lifetime.waitSignal(), call.deadlineAt);
        if (waited > 0) call.client.log('debug', `${call.plan.label}: paced for ${waited} ms to stay under the rate limit`);
      } catch (error) {
        throw classify(call, error).error;
      }
    }
    const result = await attempt(call, request);
    if (result.kind !== 'error') {
      const { response, retryAfterMs } = result.received;
      pacer.observe(response.headers, response.status, retryAfterMs);
    }
    return result;
  };
}
