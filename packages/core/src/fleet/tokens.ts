/**
 * The fleet's OAuth token: one process at a time fetches it, under a short lock (SET NX PX, so a
 * process that dies holding it frees it when it expires), and publishes it; the others wait for
 * it and reuse it. A token a server refused is deleted only while it is still the fleet's, so a
 * late 401 never deletes the newer token another process has just fetched.
 */
import { randomBytes } from 'node:crypto';
import { sleep } from '../clock.js';
import type { TokenProvider } from '../auth.js';
import type { SharedTokens, TokenLease } from '../fleet-store.js';
import type { Clock } from '../types.js';
import type { FleetKeys } from './keys.js';
import type { RedisLink } from './link.js';
import { compareAndDeleteScript, publishTokenScript } from './scripts.js';
import { open, seal } from './seal.js';
import { SharedTokenProvider } from './shared-provider.js';
import type { SealKey } from './seal.js';

export interface TokensContext {
  readonly link: RedisLink;
  readonly keys: FleetKeys;
  readonly key: SealKey;
  /** How long the lock is held at most. */
  readonly lockMs: number;
  /** How often a waiting process looks for the token. */
  readonly pollMs: number;
}

export class RedisTokens implements SharedTokens {
  /** What the store held for each token this process handed out, for compare-and-delete. */
  private readonly stored = new Map<string, string>();

  constructor(private readonly context: TokensContext) {}

  share(local: TokenProvider, lease: () => Promise<TokenLease>, clock: Clock): TokenProvider {
    return new SharedTokenProvider({ local, lease, shared: this, clock });
  }

  async get(fetch: () => Promise<TokenLease>, signal: AbortSignal | undefined): Promise<TokenLease | undefined> {
    const { link, keys, lockMs, pollMs } = this.context;
    // Past two lock lifetimes something is wrong with the fleet: this process fetches its own.
    const giveUpAt = Date.now() + 2 * lockMs;
    const lockId = randomBytes(8).toString('hex');
    while (Date.now() < giveUpAt) {
      const found = await this.read();
      if (found !== 'none') return found;
      const locked = await link.command<string | null>(['SET', keys.lock, lockId, 'NX', 'PX', String(lockMs)]);
      if (locked === undefined) return undefined;
      if (locked === 'OK') {
        // The holder before us may have published and released between our read and our lock.
        const published = await this.read();
        if (published === 'none') return this.fetchAndPublish(fetch, lockId);
        void link.eval(compareAndDeleteScript, [keys.lock], [lockId]);
        return published;
      }
      await sleep(pollMs, signal);
    }
    return undefined;
  }

  /** The fleet's token if it holds a usable one; 'none' if not; undefined when the store cannot answer. */
  private async read(): Promise<TokenLease | 'none' | undefined> {
    const value = await this.context.link.command<string | null>(['GET', this.context.keys.token]);
    if (value === undefined) return undefined;
    const lease = value === null ? undefined : open(this.context.key, value);
    return value !== null && lease && Date.now() < lease.refreshAt ? this.remember(lease, value) : 'none';
  }

  private async fetchAndPublish(fetch: () => Promise<TokenLease>, lockId: string): Promise<TokenLease> {
    const { link, keys } = this.context;
    let lease: TokenLease;
    try {
      lease = await fetch();
    } catch (error) {
      // Let the next process try at once rather than after the lock expires.
      void link.eval(compareAndDeleteScript, [keys.lock], [lockId]);
      throw error;
    }
    const ttl = Math.floor(lease.refreshAt - Date.now());
    const value = seal(this.context.key, lease);
    if (ttl > 0) await link.eval(publishTokenScript, [keys.token, keys.lock], [value, ttl, lockId]);
    return this.remember(lease, value);
  }

  private remember(lease: TokenLease, value: string): TokenLease {
    this.stored.clear();
    this.stored.set(lease.token, value);
    return lease;
  }

  invalidate(token: string): void {
    const value = this.stored.get(token);
    if (value === undefined) return;
    this.stored.delete(token);
    void this.context.link.eval(compareAndDeleteScript, [this.context.keys.token], [value]);
  }
}
