/**
 * The fleet's rate budget, burst limit and 429 cool-down for one client: each request takes a
 * slot with one run of the take script, which also carries the latest budget this process read
 * from a response, so every process's view reconciles the fleet's with what the server says.
 * A 429's Retry-After is published at once, for every process to wait out.
 */
import { randomBytes } from 'node:crypto';
import type { SharedBudget } from '../fleet-store.js';
import type { RateLimitSnapshot } from '../pacing.js';
import type { FleetKeys } from './keys.js';
import type { RedisLink } from './link.js';
import { pauseScript, takeScript } from './scripts.js';

export interface BudgetContext {
  readonly link: RedisLink;
  readonly keys: FleetKeys;
  readonly burst: { readonly requests: number; readonly perMs: number } | null;
}

export class RedisBudget implements SharedBudget {
  /** The latest budget a response reported, not yet sent to the store. */
  private report: RateLimitSnapshot | undefined;
  /** Burst-log members must be unique across the fleet: this client's id and a counter. */
  private readonly id = randomBytes(6).toString('hex');
  private sequence = 0;
  private readonly keys: readonly string[];

  constructor(private readonly context: BudgetContext) {
    const { budget, burst, cooldown } = context.keys;
    this.keys = [budget, burst, cooldown];
  }

  async take(latestAt: number): Promise<number | undefined> {
    const { link, burst } = this.context;
    const report = this.report;
    this.report = undefined;
    const args = [burst?.requests ?? 0, burst?.perMs ?? 0, `${this.id}:${this.sequence++}`, report?.remaining ?? '', report ? Math.round(report.resetAt) : '', report?.limit ?? ''];
    const wait = await link.evalSha<number>(takeScript, this.keys, args, latestAt);
    // A report the store did not get goes with the next take, unless a newer one came meanwhile.
    if (wait === undefined) this.report ??= report;
    return wait === undefined ? undefined : Number(wait);
  }

  observe(snapshot: RateLimitSnapshot | undefined, status: number, retryAfterMs: number | undefined): void {
    if (snapshot) this.report = snapshot;
    if (status === 429 && retryAfterMs !== undefined && retryAfterMs > 0) {
      void this.context.link.eval(pauseScript, [this.context.keys.cooldown], [Math.ceil(retryAfterMs)]);
    }
  }
}
