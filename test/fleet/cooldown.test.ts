// Cool-down: 8 worker processes read steadily through one Xurrent token; the stub answers its
// 40th request with 429 and Retry-After: 2. With redisFleet, that one process's 429 holds every
// process: the stub sees no request from anyone for the 2 s after it (only those already on the
// way when it was sent, which the test allows 250 ms to land on a busy machine), and the run then
// goes on.
import { afterAll, expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';
import { startWorkers } from './workers.js';
import type { Workers } from './workers.js';

const IN_FLIGHT_MS = 250;

describeWithRedis('fleet cool-down: one 429 with Retry-After: 2 holds 8 processes', (redis) => {
  let stub: VendorStub | undefined;
  let workers: Workers | undefined;
  afterAll(async () => {
    workers?.kill();
    await stub?.close();
  });

  it('no process sends a request for 2 s after the 429', async () => {
    stub = await startVendorStub({ retryAfterAt: 40, delayMs: 10 });
    const baseUrl = stub.url;
    workers = await startWorkers(Array.from({ length: 8 }, (_, id) => ({ id, baseUrl, token: CANARY, redisUrl: redis().url, timeoutMs: 1000, phases: [25], concurrency: 1, op: 'read' as const })));
    const reports = await workers.phase();
    await workers.done();
    expect(workers.stderr()).toBe('');
    // Every call succeeds: the one refused is retried after its Retry-After.
    expect(reports.map((report) => report.ok)).toEqual(Array.from({ length: 8 }, () => 25));
    const refused = stub.arrivals.filter((arrival) => arrival.status === 429);
    expect(refused).toHaveLength(1);
    const [refusal] = refused;
    if (!refusal) throw new Error('the stub refused no request');
    const at = refusal.at;
    const during = stub.arrivals.filter((arrival) => arrival.at > at + IN_FLIGHT_MS && arrival.at < at + 2000);
    const after = stub.arrivals.filter((arrival) => arrival.at >= at + 2000);
    process.stdout.write(`fleet cool-down: ${during.length} requests in the 2 s after the 429, ${after.length} after; first one after ${(after[0]?.at ?? 0) - at} ms\n`);
    expect(during).toEqual([]);
    expect(after.length).toBeGreaterThan(0);
  }, 60_000);
});
