/**
 * A client's token provider with its token shared by the fleet: taken from the store (or fetched
 * by this process under the store's lock and published), then kept in memory until its refresh
 * time, so calls cost the store nothing in between. When the store cannot answer, the process's
 * own provider serves, as without a fleet.
 */
import type { TokenProvider } from '../auth.js';
import type { TokenLease } from '../fleet-store.js';
import { withSignal } from '../internal/with-signal.js';
import type { Clock } from '../types.js';

/** What a provider sharing the fleet's token is made of. */
export interface SharedProviderContext {
  /** The process's own provider: its token when the store cannot answer. */
  readonly local: TokenProvider;
  /** Fetches a token now, with its refresh time (the local provider's `lease`). */
  readonly lease: () => Promise<TokenLease>;
  /** The fleet's side: the lock, the sealed token, compare-and-delete. */
  readonly shared: {
    get(fetch: () => Promise<TokenLease>, signal: AbortSignal | undefined): Promise<TokenLease | undefined>;
    invalidate(token: string): void;
  };
  readonly clock: Clock;
}

/** One per client; `RedisTokens.share` makes it. */
export class SharedTokenProvider implements TokenProvider {
  private current: TokenLease | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly context: SharedProviderContext) {}

  get(signal?: AbortSignal): Promise<string> {
    const current = this.current;
    if (current && this.context.clock.now() < current.refreshAt) return Promise.resolve(current.token);
    // One load per process at a time; a caller giving up does not cancel it for the others.
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    return withSignal(this.pending, signal);
  }

  private async load(): Promise<string> {
    const { local, lease: fetch, shared } = this.context;
    const lease = await shared.get(fetch, undefined);
    if (!lease) return local.get();
    this.current = lease;
    return lease.token;
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
    this.context.local.invalidate(token);
    this.context.shared.invalidate(token);
  }
}
