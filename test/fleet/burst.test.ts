// The burst limit: Xurrent's spec says 20 requests per 2 s, which each client keeps to. 8 worker
// processes with one token, 5 calls each: alone, each keeps its own 20 and all 40 leave within
// 2 s; with redisFleet they keep one 20 between them, so no 2 s span holds more than 20 sends.
// Counted where the requests leave the workers, not where they arrive (a cold worker's first
// request can take 100s of ms to arrive), and over 1.8 s spans: Redis grants the slot, and on a
// machine this loaded a worker may take well over the log's 100 ms margin to send it.
import { afterAll, expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';
import { startWorkers } from './workers.js';
import type { Workers } from './workers.js';

/** The most arrivals in any span of `ms` (each span starting at an arrival). */
const busiest = (times: readonly number[], ms: number) => Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + ms).length));

describeWithRedis('fleet burst limit: 20 per 2 s across 8 processes', (redis) => {
  let stub: VendorStub | undefined;
  let workers: Workers | undefined;
  afterAll(async () => {
    workers?.kill();
    await stub?.close();
  });

  const run = async (fleet: boolean) => {
    stub = await startVendorStub();
    const baseUrl = stub.url;
    workers = await startWorkers(
      Array.from({ length: 8 }, (_, id) => ({
        id,
        baseUrl,
        token: CANARY,
        burst: true,
        recordSends: true,
        phases: [5],
        concurrency: 1,
        op: 'read' as const,
        ...(fleet ? { redisUrl: redis().url, timeoutMs: 1000 } : {}),
      })),
    );
    const reports = await workers.phase();
    await workers.done();
    expect(workers.stderr()).toBe('');
    expect(reports.map((report) => report.ok)).toEqual(Array.from({ length: 8 }, () => 5));
    const times = reports.flatMap((report) => report.sentAt ?? []);
    expect(times).toHaveLength(40);
    await stub.close();
    stub = undefined;
    return { most: busiest(times, 1800), spanMs: Math.max(...times) - Math.min(...times) };
  };

  it('alone, the processes send all 40 within 1.8 s', async () => {
    const { most } = await run(false);
    expect(most).toBe(40);
  }, 60_000);

  it('with redisFleet, no 1.8 s span holds more than 20, and the 40 take a second window', async () => {
    const { most, spanMs } = await run(true);
    process.stdout.write(`fleet burst: at most ${most} requests sent in any 1.8 s, 40 over ${spanMs} ms\n`);
    expect(most).toBe(20);
    expect(spanMs).toBeGreaterThanOrEqual(1800);
  }, 60_000);
});
