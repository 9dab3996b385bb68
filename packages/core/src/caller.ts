import type { CallerOptions } from './caller-options.js';
import { ApiError } from './errors/api-error.js';
import { SpecsmithError } from './errors/base.js';
import { redactError } from './errors/redact-error.js';
import type { Log } from './logger.js';
import type { Pacer } from './pacing.js';
import type { Redactor } from './redact.js';
import type { OperationInfo } from './types.js';
import { attemptOnce } from './internal/attempt.js';
import type { Attempt } from './internal/attempt.js';
import { authenticated } from './internal/authenticated.js';
import type { CallInit } from './internal/call-init.js';
import { startCall } from './internal/call-context.js';
import { classify } from './internal/classify.js';
import { createClientContext } from './internal/client-context.js';
import type { ClientContext } from './internal/client-context.js';
import { operationPlans } from './internal/operation-plan.js';
import { paced } from './internal/paced.js';
import { prepare } from './internal/prepare.js';
import { runAttempts } from './internal/retrying.js';
import { settle } from './internal/settle.js';

export type { CallerOptions, FetchFunction } from './caller-options.js';
export { defaultMaxResponseBytes } from './caller-options.js';

/** Sends one operation; the shape generated `createResources(call)` expects. */
export type Caller = (operation: OperationInfo, init: object | undefined) => Promise<unknown>;

/** A call's result: the success body, or the failure's body, and the Response. */
export interface CallResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** What `createCaller` returns: the Caller, its throwing twin, and the client's shared parts. */
export interface CallerHandle {
  /** Result mode or throw mode, per `throwOnError`. */
  readonly call: Caller;
  /** Always throws on failure; resolves to `{ data, response }`. */
  readonly callOrThrow: (operation: OperationInfo, init: object | undefined) => Promise<CallResult>;
  /** The ApiError behind a result-mode failure (undefined for a success). */
  readonly errorOf: (result: { readonly response: Response }) => ApiError | undefined;
  readonly redactor: Redactor;
  readonly pacer: Pacer | undefined;
  readonly log: Log;
}

/** The policies a client's options ask for, wrapped around one attempt once per client. */
function pipeline(client: ClientContext): Attempt {
  let attempt = attemptOnce;
  const { auth } = client;
  // tokenAuth sets both; clients without tokens do not bundle the token step's work.
  if (auth.tokens && auth.applyToken) attempt = authenticated({ ...auth, tokens: auth.tokens, applyToken: auth.applyToken }, attempt);
  // Outside the token: a wait for the rate budget never holds a token that may expire meanwhile.
  if (client.pacer) attempt = paced(client.pacer, attempt, client.budget);
  return attempt;
}

/**
 * Builds the Caller behind every Specsmith client. A call is: prepare (the immutable request)
 * → the policies around one attempt (pacing, token auth with its 401 refresh) inside the retry
 * loop → settle (the one ApiError, or the data). Every error leaves redacted.
 */
export function createCaller(options: CallerOptions): CallerHandle {
  const client = createClientContext(options);
  const planFor = operationPlans(client);
  const attempt = pipeline(client);
  const { redactor } = client;
  const errors = new WeakMap<Response, ApiError>();

  async function send(operation: OperationInfo, init: object | undefined, throwing: boolean): Promise<CallResult> {
    const plan = planFor(operation);
    const given = (init ?? {}) as CallInit;
    const prepared = prepare(client, plan, given);
    const call = startCall(client, plan, prepared);
    try {
      const settled = settle(call, await runAttempts(call, attempt), prepared.parseAs);
      if (!settled.failure) return { data: settled.data, response: settled.response };
      if (throwing) throw settled.failure;
      errors.set(settled.response, redactError(settled.failure, redactor));
      return { error: settled.error, response: settled.response };
    } catch (error) {
      // Every thrown error leaves through here, so every string in it is redacted, whoever built it.
      if (error instanceof ApiError) {
        error.attempts = Math.max(error.attempts, call.log.attempts);
        throw redactError(error, redactor);
      }
      if (error instanceof SpecsmithError) throw redactError(error, redactor);
      throw redactError(classify(call, error).error, redactor);
    } finally {
      call.lifetime.dispose();
    }
  }

  const callOrThrow = (operation: OperationInfo, init: object | undefined) => send(operation, init, true);
  const callResult = (operation: OperationInfo, init: object | undefined) => send(operation, init, false);

  return {
    call: client.throwOnError ? callOrThrow : callResult,
    callOrThrow,
    errorOf: (result) => errors.get(result.response),
    redactor,
    pacer: client.pacer,
    log: client.log,
  };
}
