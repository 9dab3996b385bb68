import { createCaller, defaultPacing, Pacer, PacingDeadlineError, readRateLimit, TimeoutError } from '@specsmith/core';
import type { PacingOptions } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoCanary, failure } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { getThing } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const now = Date.parse('2026-11-23T10:00:00.000Z');
const epoch = (ms: number) => String(Math.floor(ms / 1000));

describe('readRateLimit', () => {
  it('reads x-ratelimit-* with an epoch-seconds reset (Xurrent, GitHub)', () => {
    const headers = new Headers({ 'x-ratelimit-limit': '3600', 'x-ratelimit-remaining': '12', 'x-ratelimit-reset': epoch(now + 60_000) });
    expect(readRateLimit(headers, 'x-ratelimit', now)).toEqual({ limit: 3600, remaining: 12, resetAt: now + 60_000 });
  });

  it('reads x-ratelimit-reset in seconds from now when it is small', () => {
    expect(readRateLimit(new Headers({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '30' }), 'auto', now)).toEqual({
      limit: undefined,
      remaining: 1,
      resetAt: now + 30_000,
    });
  });

  it('reads the IETF fields: draft 6 headers, draft 7 combined, draft 8+ structured with a policy', () => {
    expect(readRateLimit(new Headers({ 'ratelimit-limit': '100', 'ratelimit-remaining': '40', 'ratelimit-reset': '20' }), 'ietf', now)).toEqual({
      limit: 100,
      remaining: 40,
      resetAt: now + 20_000,
    });
    expect(readRateLimit(new Headers({ ratelimit: 'limit=10, remaining=5, reset=2' }), 'ietf', now)).toEqual({ limit: 10, remaining: 5, resetAt: now + 2000 });
    expect(readRateLimit(new Headers({ ratelimit: '"default";r=7;t=9', 'ratelimit-policy': '"default";q=50;w=60' }), 'auto', now)).toEqual({
      limit: 50,
      remaining: 7,
      resetAt: now + 9000,
    });
  });

  it('reads nothing when told to, or when the headers are absent', () => {
    expect(readRateLimit(new Headers({ 'x-ratelimit-remaining': '1' }), 'none', now)).toBeUndefined();
    expect(readRateLimit(new Headers({ 'x-ratelimit-remaining': '1' }), 'ietf', now)).toBeUndefined();
    expect(readRateLimit(new Headers(), 'auto', now)).toBeUndefined();
  });
});

function pacer(options: PacingOptions = {}) {
  const clock = virtualClock(now);
  return { clock, pacer: new Pacer({ ...defaultPacing, ...options }, clock) };
}
const budget = (remaining: number, resetInMs: number, limit = 100) =>
  new Headers({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': epoch(now + resetInMs) });

describe('Pacer', () => {
  it('waits for the reset once the budget is spent, before the server has to say 429', async () => {
    const { clock, pacer: p } = pacer();
    p.observe(budget(0, 5000), 200, undefined);
    await p.acquire(undefined, Number.POSITIVE_INFINITY);
    expect(clock.sleeps).toEqual([5000]);
    expect(clock.now()).toBe(now + 5000);
  });

  it('is correct under concurrency: each caller reserves its own unit of budget', async () => {
    const { clock, pacer: p } = pacer({ spreadBelow: 0 });
    p.observe(budget(2, 10_000, 10), 200, undefined);
    const started = await Promise.all(Array.from({ length: 5 }, () => p.acquire(undefined, Number.POSITIVE_INFINITY).then(() => clock.now() - now)));
    // Two go at once; the other three wait for the window to reset, when the budget is back to 10.
    expect(started).toEqual([0, 0, 10_000, 10_000, 10_000]);
    expect(p.snapshot().remaining).toBe(7);
  });

  it('never lets a late, older response raise the budget within a window', () => {
    const { pacer: p } = pacer();
    p.observe(budget(5, 10_000), 200, undefined);
    p.observe(budget(8, 10_000), 200, undefined);
    expect(p.snapshot().remaining).toBe(5);
  });

  it('spreads the last requests of a window evenly instead of spending them at once', async () => {
    const { clock, pacer: p } = pacer({ spreadBelow: 0.1 });
    p.observe(budget(4, 8000, 100), 200, undefined);
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await p.acquire(undefined, Number.POSITIVE_INFINITY);
      starts.push(clock.now() - now);
    }
    // 4 left for 8 s: the first goes now, then one every (time left / remaining).
    expect(starts).toEqual([0, 2667, 5334]);
  });

  it('enforces a burst limit (Xurrent: 20 per 2 s) on the client', async () => {
    const { clock, pacer: p } = pacer({ burst: { requests: 3, perMs: 1000 } });
    const starts = await Promise.all(Array.from({ length: 7 }, () => p.acquire(undefined, Number.POSITIVE_INFINITY).then(() => clock.now() - now)));
    expect(starts).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
  });

  it('pauses every caller after a 429 for Retry-After', async () => {
    const { clock, pacer: p } = pacer();
    p.observe(new Headers(), 429, 3000);
    await Promise.all([p.acquire(undefined, Number.POSITIVE_INFINITY), p.acquire(undefined, Number.POSITIVE_INFINITY)]);
    expect(clock.now()).toBe(now + 3000);
  });

  it('does not wait out an hourly window for a burst 429 that still reports budget left', async () => {
    const { clock, pacer: p } = pacer();
    p.observe(budget(3000, 3_600_000, 3600), 429, undefined);
    await p.acquire(undefined, Number.POSITIVE_INFINITY);
    expect(clock.now()).toBe(now);
  });

  it('refuses to wait past the latest start', async () => {
    const { pacer: p } = pacer();
    p.observe(budget(0, 30_000), 200, undefined);
    const error = await failure<PacingDeadlineError>(p.acquire(undefined, now + 1000));
    expect(error).toBeInstanceOf(PacingDeadlineError);
    expect(error.waitMs).toBe(30_000);
  });
});

describe('pacing on the wire', () => {
  /** A server with a fixed window of `limit` requests per 10 s that answers 429 beyond it. */
  function limitedServer(clock: ReturnType<typeof virtualClock>, limit: number) {
    let windowStart = clock.now();
    let used = 0;
    const sentAt: number[] = [];
    const fetch = scriptedFetch(() => () => {
      if (clock.now() >= windowStart + 10_000) {
        windowStart += 10_000 * Math.floor((clock.now() - windowStart) / 10_000);
        used = 0;
      }
      used += 1;
      sentAt.push(clock.now() - now);
      const headers = { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(Math.max(0, limit - used)), 'x-ratelimit-reset': epoch(windowStart + 10_000) };
      return used > limit ? { status: 429, headers: { ...headers, 'retry-after': '10' } } : { status: 200, headers, body: { id: used } };
    });
    return { fetch, sentAt };
  }

  it('slows concurrent calls down so the server never answers 429', async () => {
    const clock = virtualClock(now);
    const { fetch, sentAt } = limitedServer(clock, 3);
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', fetch, clock, pacing: { spreadBelow: 0 } });
    await callOrThrow(getThing, { params: { path: { id: 1 } } });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => callOrThrow(getThing, { params: { path: { id: i } } })));
    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(sentAt).toEqual([0, 0, 0, 10_000, 10_000, 10_000, 20_000]);
  });

  it('retries a 429 without Retry-After at the reset of the header family it paces by, and reads no other', async () => {
    // IETF fields say the window resets in 3 s; x-ratelimit-* say 9 s.
    const limited = { status: 429, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': '3', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '9' }, body: {} };
    const waits: Record<string, number[]> = {};
    for (const headers of ['ietf', 'x-ratelimit'] as const) {
      const clock = virtualClock(now);
      const fetch = scriptedFetch([limited, { status: 200, body: {} }]);
      const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', fetch, clock, pacing: { headers }, retry: { initialDelayMs: 100, jitter: 0 } });
      await callOrThrow(getThing, { params: { path: { id: 1 } } });
      waits[headers] = clock.sleeps;
    }
    // One wait each (the pacer's pause ends with it), as long as the family the client reads says.
    expect(waits).toEqual({ ietf: [3000], 'x-ratelimit': [9000] });
  });

  it('fails a call whose deadline comes before the budget frees up, without sending it', async () => {
    const clock = virtualClock(now);
    const fetch = scriptedFetch([{ status: 200, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': epoch(now + 3_600_000) }, body: {} }]);
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch, clock, deadlineMs: 60_000 });
    await callOrThrow(getThing, { params: { path: { id: 1 } } });
    const error = await failure<TimeoutError>(callOrThrow(getThing, { params: { path: { id: 2 } } }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toBe('Acme getThing did not complete within its deadline of 60000 ms (the rate-limit budget frees up only in 3600000 ms)');
    expect(fetch.requests).toHaveLength(1);
  });
});
