import type { FetchFunction } from '../caller-options.js';
import type { Outgoing } from './outgoing.js';
import { AttemptLog } from './attempt-log.js';
import { CallLifetime } from './call-lifetime.js';
import type { ClientContext } from './client-context.js';
import type { OperationPlan } from './operation-plan.js';
import type { Prepared } from './prepare.js';

/** One call of one operation, as every step of the pipeline sees it. Frozen. */
export interface CallContext {
  readonly client: ClientContext;
  readonly plan: OperationPlan;
  /** The prepared request; each attempt sends it or a copy of it. */
  readonly request: Outgoing;
  readonly replayable: boolean;
  readonly streaming: boolean;
  readonly fetch: FetchFunction | undefined;
  readonly followRedirects: boolean;
  /** Repeating the request cannot double its effect: an idempotent operation, or an idempotency key is set. */
  readonly safe: boolean;
  readonly startedAt: number;
  /** On the client's clock; no attempt or wait may go past it. */
  readonly deadlineAt: number;
  readonly lifetime: CallLifetime;
  readonly log: AttemptLog;
}

export function startCall(client: ClientContext, plan: OperationPlan, prepared: Prepared): CallContext {
  const { request } = prepared;
  const startedAt = client.clock.now();
  return Object.freeze({
    client,
    plan,
    request,
    replayable: prepared.replayable,
    streaming: prepared.streaming,
    fetch: prepared.fetch,
    followRedirects: prepared.followRedirects,
    safe: plan.operation.idempotent || client.retry.idempotencyHeaders.some((name) => request.headers[name.toLowerCase()] !== undefined),
    startedAt,
    deadlineAt: client.deadlineMs > 0 ? startedAt + client.deadlineMs : Number.POSITIVE_INFINITY,
    lifetime: new CallLifetime(client.timeoutMs, client.deadlineMs, prepared.signal, prepared.streaming),
    log: new AttemptLog(),
  });
}
