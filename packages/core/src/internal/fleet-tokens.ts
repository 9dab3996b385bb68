import type { TokenProvider } from '../auth.js';
import type { SharedTokens, TokenLease } from '../fleet-store.js';
import type { Clock } from '../types.js';
import { withSignal } from './with-signal.js';

/** What the fleet's token provider is made of. */
export interface FleetTokenContext {
  /** The process's own provider: its token when the store cannot answer. */
  readonly local: TokenProvider;
  /** Fetches a token now, with its refresh time (the local provider's `lease`). */
  readonly lease: () => Promise<TokenLease>;
  readonly shared: SharedTokens;
  readonly clock: Clock;
}

/**
 * A token provider whose token is the fleet's: taken from the store (or fetched by this process
 * under the store's lock and published), then kept in memory until its refresh time, so calls
 * cost the store nothing in between. When the store cannot answer, the process's own provider
 * serves, as without a fleet.
 */
export class FleetTokenProvider implements TokenProvider {
  private current: TokenLease | undefined;
  private pending: Promise<string> | undefined;

  constructor(private readonly context: FleetTokenContext) {}

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
