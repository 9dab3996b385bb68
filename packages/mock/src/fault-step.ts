// What the fault layer can play for one request: the steps a scenario line or a test script
// lists, one per arrival.

/** The Retry-After a played status carries: seconds, a fixed HTTP-date, or an HTTP-date that many seconds after it is played. */
export type RetryAfter = { readonly seconds: number } | { readonly httpDate: string } | { readonly dateInSeconds: number };

export type FaultStep =
  /** Pass the request to the upstream (after `delayMs`). */
  | { readonly kind: 'forward'; readonly delayMs?: number }
  /** Pass it upstream (the write is applied), then cut the connection instead of answering. */
  | { readonly kind: 'forward-then-reset' }
  /** Answer without reaching the upstream. */
  | { readonly kind: 'respond'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string; readonly delayMs?: number }
  /**
   * Answer with this status: the spec's own response for it when the upstream (Prism) documents
   * one, else a small JSON body; `html` serves an HTML error page instead, as a proxy would.
   */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: RetryAfter; readonly html?: boolean; readonly delayMs?: number }
  /** Cut the connection before any response byte. */
  | { readonly kind: 'reset' }
  /** Send headers and part of the body, then cut the connection. */
  | { readonly kind: 'reset-mid-body'; readonly status?: number; readonly partialBody?: string }
  /** Never answer (for timeouts); the socket is destroyed when the proxy stops. */
  | { readonly kind: 'hang' };

/** The value of a Retry-After header for `retryAfter`, as of `now`. */
export function retryAfterValue(retryAfter: RetryAfter, now: number): string {
  if ('seconds' in retryAfter) return String(retryAfter.seconds);
  if ('httpDate' in retryAfter) return retryAfter.httpDate;
  return new Date(now + retryAfter.dateInSeconds * 1000).toUTCString();
}
