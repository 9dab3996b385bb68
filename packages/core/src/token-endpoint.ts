import { createCaller } from './caller.js';
import type { CallerOptions } from './caller.js';
import type { TokenSender } from './oauth.js';
import type { OperationInfo } from './types.js';

/**
 * A TokenSender that POSTs the grant as a form to `url` through its own caller: retries,
 * timeouts, journal and redaction apply, authentication does not. A token request is safe to
 * repeat (at worst the server issues two tokens), so it is retried like an idempotent call.
 */
export function tokenEndpoint(url: string, options: Omit<CallerOptions, 'baseUrl' | 'throwOnError' | 'pacing'>): TokenSender {
  const target = new URL(url);
  const caller = createCaller({ ...options, baseUrl: target.origin, throwOnError: true, pacing: false });
  const operation: OperationInfo = {
    operationId: 'oauthToken',
    method: 'post',
    path: target.pathname,
    tags: [],
    idempotent: true,
    pagination: null,
    security: [],
    bodyToken: null,
    responseMediaTypes: [],
    requestMediaTypes: ['application/x-www-form-urlencoded'],
  };
  return async (form, signal) => {
    const { data } = await caller.callOrThrow(operation, {
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    return data;
  };
}
