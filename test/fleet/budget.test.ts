// Fleet budget: 8 worker processes × 150 calls with one Xurrent token against a loopback stub
// that allows 100 requests per window per token and answers 429 beyond it. Xurrent's real window
// is an hour; the stub's is 1 s, so the run takes about 11 s instead of 2 hours (1,200 calls at
// 100 per window need 12 windows: the last one opens 11 windows after the first request).
// Without a fleet store the processes pace alone and overrun the budget (429s, counted); with
// `redisFleet` they share it: no 429, and the span from the first request to the last within
// 15 % of those 11 windows. Redis is left holding no credential, and every key expires.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { dumpRedis } from './redis-dump.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';
import { startWorkers } from './workers.js';
import type { LogLine, Workers } from './workers.js';

const WORKERS = 8;
const CALLS = 150;
const LIMIT = 100;
const WINDOW_MS = 1000;
const MINIMUM_MS = (Math.ceil((WORKERS * CALLS) / LIMIT) - 1) * WINDOW_MS;

describeWithRedis('fleet budget: 8 processes × 150 calls, 100 per 1 s window', (redis) => {
  let stub: VendorStub | undefined;
  let workers: Workers | undefined;
  beforeAll(async () => {
    await redis().command('FLUSHALL');
  });
  afterAll(async () => {
    workers?.kill();
    await stub?.close();
  });

  const run = async (fleet: boolean) => {
    stub = await startVendorStub({ limit: LIMIT, windowMs: WINDOW_MS });
    const baseUrl = stub.url;
    workers = await startWorkers(
      Array.from({ length: WORKERS }, (_, id) => ({
        id,
        baseUrl,
        token: CANARY,
        phases: [CALLS],
        concurrency: 4,
        op: 'read' as const,
        ...(fleet ? { redisUrl: redis().url, timeoutMs: 1000 } : {}),
      })),
    );
    const [reports, logs] = [await workers.phase(), await workers.done()];
    const arrivals = [...stub.arrivals];
    await stub.close();
    stub = undefined;
    expect(workers.stderr()).toBe('');
    const spanMs = (arrivals.at(-1)?.at ?? 0) - (arrivals[0]?.at ?? 0);
    return { reports, logs, arrivals, spanMs, tooMany: arrivals.filter((arrival) => arrival.status === 429).length };
  };

  let fleetLogs: LogLine[][] = [];

  it('without a fleet store, the processes overrun the budget', async () => {
    const { tooMany, spanMs, arrivals } = await run(false);
    process.stdout.write(`fleet budget, no store: ${tooMany} × 429 in ${arrivals.length} requests over ${spanMs} ms\n`);
    expect(tooMany).toBeGreaterThan(0);
  }, 120_000);

  it(`with redisFleet: every call succeeds, no 429, within 15 % of the ${MINIMUM_MS} ms the budget allows`, async () => {
    const { reports, logs, tooMany, spanMs, arrivals } = await run(true);
    fleetLogs = logs;
    process.stdout.write(`fleet budget, redisFleet: ${tooMany} × 429 in ${arrivals.length} requests over ${spanMs} ms (minimum ${MINIMUM_MS} ms, ${(spanMs / MINIMUM_MS).toFixed(3)}×)\n`);
    expect(reports).toEqual(Array.from({ length: WORKERS }, () => ({ event: 'phase', ok: CALLS, failures: {} })));
    expect(tooMany).toBe(0);
    expect(arrivals).toHaveLength(WORKERS * CALLS);
    expect(spanMs).toBeGreaterThanOrEqual(MINIMUM_MS);
    expect(spanMs).toBeLessThanOrEqual(MINIMUM_MS * 1.15);
    // Nobody lost the store on the way.
    expect(logs.flat().filter((line) => line.level === 'warn')).toEqual([]);
  }, 120_000);

  it('leaves the credential nowhere in Redis (keys or values) or the logs, and every key expires', async () => {
    const dumped = await dumpRedis(redis());
    expect(dumped.map((key) => key.key)).toEqual(['specsmith:xurrent:297236cfbad14bf0:budget']);
    for (const key of dumped) {
      expect(showsCanary(`${key.key} ${key.value}`), key.key).toBe(false);
      expect(key.ttlMs, key.key).toBeGreaterThan(0);
    }
    expect(fleetLogs.flat().length).toBeGreaterThan(0);
    expect(showsCanary(JSON.stringify(fleetLogs))).toBe(false);
  });
});
