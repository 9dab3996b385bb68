// The fleet's Lua scripts on a real redis-server, through the store's public hook (bind → budget,
// tokens): two bound clients stand for two processes sharing one credential. The budget is a
// token bucket refilled at the server's reported reset, lowered by every report, a first report
// counting what the fleet took before it; the burst limit a sliding log; a 429 holds everyone.
import type { FleetMember, RateLimitSnapshot, TokenLease } from '@specsmith/core';
import { fleetKeys, redisFleet } from '@specsmith/core/fleet';
import type { RedisFleet } from '@specsmith/core/fleet';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';

const keys = fleetKeys('Xurrent', CANARY);
const noLog = () => {};
const clock = { now: () => Date.now(), sleep: (ms: number) => sleep(ms), random: () => Math.random() };

describeWithRedis('fleet scripts on redis-server', (redis) => {
  let fleet: RedisFleet;
  const member = (burst: { requests: number; perMs: number } | null = null): FleetMember => fleet.bind({ vendor: 'Xurrent', credential: CANARY, burst, log: noLog });
  const takes = async (of: FleetMember, count: number) => {
    const waits: number[] = [];
    for (let i = 0; i < count; i++) waits.push((await of.budget.take(Number.POSITIVE_INFINITY)) ?? -1);
    return waits;
  };
  const report = (remaining: number, resetInMs: number, limit: number | undefined = 10): RateLimitSnapshot => ({ remaining, resetAt: Date.now() + resetInMs, limit });

  beforeEach(async () => {
    await redis().command('FLUSHALL');
    fleet = redisFleet({ url: redis().url, timeoutMs: 1000 });
  });
  afterEach(async () => {
    await fleet.close();
  });

  it('the burst limit: 3 per 1000 ms across two clients, the 4th told to wait for the oldest to leave the window and its 50 ms margin', async () => {
    const [a, b] = [member({ requests: 3, perMs: 1000 }), member({ requests: 3, perMs: 1000 })];
    expect([...(await takes(a, 2)), ...(await takes(b, 1))]).toEqual([0, 0, 0]);
    const [wait] = await takes(b, 1);
    expect(wait).toBeGreaterThan(950);
    expect(wait).toBeLessThanOrEqual(1050);
    expect(
      Number(
        await redis()
          .command('ZCARD', keys.burst)
          .then((reply) => reply.slice(1)),
      ),
    ).toBe(3);
  });

  it('a report one client saw rations the other: remaining 2 → two slots, then a wait until the reset', async () => {
    const [a, b] = [member(), member()];
    expect(await takes(a, 1)).toEqual([0]);
    a.budget.observe(report(2, 3000), 200, undefined);
    expect(await takes(a, 1)).toEqual([0]);
    expect(await takes(b, 1)).toEqual([0]);
    const [wait] = await takes(b, 1);
    // The reset plus the 25 ms guard, less the time since the report.
    expect(wait).toBeGreaterThan(2900);
    expect(wait).toBeLessThanOrEqual(3025);
  });

  it("the fleet's first report counts what the fleet took before it: 6 taken, limit 10 → 4 more", async () => {
    const [a, b] = [member(), member()];
    expect(await takes(b, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    a.budget.observe(report(9, 5000), 200, undefined);
    const waits = await takes(a, 5);
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits[4]).toBeGreaterThan(4900);
  });

  it('within a window a late report never raises the budget; a later window replaces it', async () => {
    const a = member();
    a.budget.observe(report(3, 5000), 200, undefined);
    expect(await takes(a, 1)).toEqual([0]);
    a.budget.observe(report(9, 5000), 200, undefined);
    const same = await takes(a, 3);
    expect(same.slice(0, 2)).toEqual([0, 0]);
    expect(same[2]).toBeGreaterThan(4000);
    a.budget.observe(report(5, 8000), 200, undefined);
    const later = await takes(a, 6);
    expect(later.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(later[5]).toBeGreaterThan(7000);
  });

  it('refills to the limit when the reported reset has passed', async () => {
    const a = member();
    a.budget.observe(report(1, 600, 4), 200, undefined);
    const [first, second] = await takes(a, 2);
    expect(first).toBe(0);
    expect(second).toBeGreaterThan(500);
    await sleep((second ?? 0) + 10);
    const refilled = await takes(a, 5);
    expect(refilled.slice(0, 4)).toEqual([0, 0, 0, 0]);
    // The next window is guessed a second long (the shortest the fleet assumes).
    expect(refilled[4]).toBeGreaterThan(900);
  });

  it("what it grants in a window's last 250 ms counts against the next one (the server may count it there)", async () => {
    const a = member();
    a.budget.observe(report(3, 150, 10), 200, undefined);
    const [first, second, third, wait] = await takes(a, 4);
    expect([first, second, third]).toEqual([0, 0, 0]);
    await sleep((wait ?? 0) + 10);
    const next = await takes(a, 8);
    expect(next.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(next[7]).toBeGreaterThan(500);
  });

  it("a 429's Retry-After holds every client of the credential until it ends", async () => {
    const [a, b] = [member(), member()];
    a.budget.observe(undefined, 429, 1500);
    await sleep(20);
    const [wait] = await takes(b, 1);
    expect(wait).toBeGreaterThan(1400);
    expect(wait).toBeLessThanOrEqual(1500);
    // A shorter Retry-After seen later does not shorten it.
    b.budget.observe(undefined, 429, 100);
    await sleep(20);
    expect((await takes(a, 1))[0]).toBeGreaterThan(1300);
  });

  it('every key it writes expires', async () => {
    const a = member({ requests: 5, perMs: 2000 });
    a.budget.observe(report(5, 4000), 200, undefined);
    await takes(a, 2);
    a.budget.observe(undefined, 429, 2000);
    await sleep(20);
    for (const key of [keys.budget, keys.burst, keys.cooldown]) {
      const ttl = Number((await redis().command('PTTL', key)).slice(1));
      expect(ttl, key).toBeGreaterThan(0);
    }
  });

  it('one token fetch for concurrent clients; compare-and-delete leaves a newer token alone; the token is sealed in Redis', async () => {
    let fetches = 0;
    const lease = async (): Promise<TokenLease> => {
      fetches += 1;
      await sleep(50);
      return { token: `access-${fetches}`, refreshAt: Date.now() + 60_000 };
    };
    // Each client's own provider, which the fleet falls back to; it must not be needed here.
    const local = { get: () => Promise.reject(new Error('the local provider was asked')), invalidate: () => {} };
    const [a, b] = [member().tokens.share(local, lease, clock), member().tokens.share(local, lease, clock)];
    expect(await Promise.all([a.get(), b.get()])).toEqual(['access-1', 'access-1']);
    expect(fetches).toBe(1);
    const stored = await redis().command('GET', keys.token);
    expect(stored).toMatch(/^\$\d+\r\nv1\.\d+\./);
    expect(stored).not.toContain('access-1');
    // a is refused first and fetches access-2; b's late 401 for access-1 must not delete access-2.
    a.invalidate('access-1');
    expect(await a.get()).toBe('access-2');
    b.invalidate('access-1');
    expect(await b.get()).toBe('access-2');
    expect(fetches).toBe(2);
    expect(Number((await redis().command('PTTL', keys.token)).slice(1))).toBeGreaterThan(50_000);
  });
});
