import type { Outgoing } from './outgoing.js';

/** Why an attempt was made: the call's first, a retry, or a repeat with a fresh token. */
export type AttemptCause = 'first' | 'retry' | 'token-refresh';

/** One line of the log: an attempt begins, or one of its requests goes out (a redirect hop is another request). */
export type LogEntry = { readonly attempt: number; readonly cause: AttemptCause } | { readonly attempt: number; readonly cause: 'sent' | 'redirect'; readonly request: Outgoing };

/**
 * What a call did, in order, appended to and never changed. The counts the call reports
 * (attempts, retries, whether its token was refreshed) are read from it.
 */
export class AttemptLog {
  private readonly entries: LogEntry[] = [];

  begin(cause: AttemptCause): void {
    this.entries.push({ attempt: this.attempts + 1, cause });
  }

  /** A request of the current attempt went out; `redirect` when it follows a redirect. */
  sent(request: Outgoing, redirect = false): void {
    this.entries.push({ attempt: this.attempts, cause: redirect ? 'redirect' : 'sent', request });
  }

  get attempts(): number {
    return this.entries[this.entries.length - 1]?.attempt ?? 0;
  }

  /** The request that went out last (after redirects, with its token), if any did. */
  get lastRequest(): Outgoing | undefined {
    for (let index = this.entries.length - 1; index >= 0; index--) {
      const entry = this.entries[index] as LogEntry;
      if ('request' in entry) return entry.request;
    }
    return undefined;
  }

  /** The current attempt followed a redirect: what went before it reached the server. */
  get redirected(): boolean {
    return this.entries[this.entries.length - 1]?.cause === 'redirect';
  }

  count(cause: AttemptCause): number {
    let count = 0;
    for (const entry of this.entries) if (entry.cause === cause) count++;
    return count;
  }
}
