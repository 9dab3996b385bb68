/**
 * The hook a fleet store plugs into: what a client asks of a budget and a token shared by every
 * process that uses one vendor credential. Types only and store-agnostic, so a client without a
 * store bundles nothing of one; `redisFleet()` from `@specsmith/core/fleet` implements them.
 * Every member answers `undefined` when the store cannot (down, slow): the client then paces and
 * fetches tokens on its own, as if it had no store.
 */
import type { TokenProvider } from './auth.js';
import type { Log } from './logger.js';
import type { RateLimitSnapshot } from './pacing.js';
import type { TokenLease } from './token-lease.js';
import type { Clock } from './types.js';

/** What a client tells a store once, when it is created. */
export interface FleetScope {
  /** The vendor's name (`Xurrent`); part of every key. */
  readonly vendor: string;
  /**
   * Identifies the credential the budget and the token belong to. The store keys by a hash of
   * it and must never write it anywhere.
   */
  readonly credential: string;
  /** The vendor's short-window limit (Xurrent's 20 requests per 2000 ms), or null. */
  readonly burst: { readonly requests: number; readonly perMs: number } | null;
  /** The client's log (redacted); the store reports losing and regaining itself through it. */
  readonly log: Log;
}

/** A store: `fleet: redisFleet({ url })` in a client's options. */
export interface FleetStore {
  /** Joins one client to the fleet of its vendor and credential. */
  bind(scope: FleetScope): FleetMember;
}

/** One client's handle on the fleet. */
export interface FleetMember {
  readonly budget: SharedBudget;
  readonly tokens: SharedTokens;
}

/** The rate budget, burst limit and 429 cool-down shared by the fleet. */
export interface SharedBudget {
  /**
   * Takes a slot for one request: 0 when taken, else the milliseconds to wait before asking
   * again; undefined when the store cannot answer by `latestAt` (epoch ms) or its own timeout.
   */
  take(latestAt: number): Promise<number | undefined>;
  /** What a response said: the budget it reported and, on a 429, its Retry-After. Never waits. */
  observe(snapshot: RateLimitSnapshot | undefined, status: number, retryAfterMs: number | undefined): void;
}

export type { TokenLease } from './token-lease.js';

/** The OAuth token shared by the fleet: fetched by one process at a time, reused by the others. */
export interface SharedTokens {
  /**
   * The client's token provider with its token shared: the fleet's current token, or one
   * `lease` fetches (in at most one process at a time, the others waiting for it); a refused
   * token forgotten by the whole fleet. `local` serves while the store cannot answer.
   */
  share(local: TokenProvider, lease: () => Promise<TokenLease>, clock: Clock): TokenProvider;
}
