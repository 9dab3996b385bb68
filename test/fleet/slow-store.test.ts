// A Redis that hangs (SIGSTOP: connected, answering nothing) never hangs a call: after the
// store's timeout (100 ms by default) the client paces on its own, with one warning; and the
// call's deadline covers the wait for the store, whatever the store's own timeout.
import { createXurrentClient } from '@specsmith/xurrent';
import { redisFleet } from '@specsmith/core/fleet';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';

describeWithRedis('fleet store that hangs', (redis) => {
  let stub: VendorStub;
  beforeAll(async () => {
    stub = await startVendorStub();
  });
  afterEach(() => redis().thaw());
  afterAll(() => stub.close());

  const clientWith = (fleet: ReturnType<typeof redisFleet>, lines: string[], deadlineMs?: number) =>
    createXurrentClient({
      account: 'widget',
      token: CANARY,
      baseUrl: stub.url,
      pacing: { burst: null },
      fleet,
      logger: { debug: () => {}, info: (line: string) => lines.push(`info ${line}`), warn: (line: string) => lines.push(`warn ${line}`), error: () => {} },
      ...(deadlineMs === undefined ? {} : { deadlineMs }),
    });

  it('goes on without the store after 100 ms, warning once', async () => {
    const fleet = redisFleet({ url: redis().url });
    const lines: string[] = [];
    try {
      const client = clientWith(fleet, lines);
      expect((await client.requests.get({ params: { path: { id: 70453 } } })).response.status).toBe(200);
      redis().freeze();
      const started = performance.now();
      const results = await Promise.all(Array.from({ length: 5 }, () => client.requests.get({ params: { path: { id: 70453 } } })));
      const elapsed = performance.now() - started;
      expect(results.map((result) => result.response.status)).toEqual([200, 200, 200, 200, 200]);
      expect(elapsed).toBeGreaterThanOrEqual(95);
      expect(elapsed).toBeLessThan(1000);
      expect(lines).toEqual([
        `warn [specsmith] Xurrent: the fleet store at 127.0.0.1:${redis().port} is unavailable (no answer within 100 ms); pacing and OAuth tokens are per process until it is back`,
      ]);
    } finally {
      redis().thaw();
      await fleet.close();
    }
  });

  it("the call's deadline covers the wait for the store", async () => {
    const fleet = redisFleet({ url: redis().url, timeoutMs: 10_000 });
    const lines: string[] = [];
    try {
      const client = clientWith(fleet, lines, 300);
      expect((await client.requests.get({ params: { path: { id: 70453 } } })).response.status).toBe(200);
      redis().freeze();
      const started = performance.now();
      const failed = await client.requests.get({ params: { path: { id: 70453 } } }).then(
        (result) => client.errorOf(result),
        (error: unknown) => error,
      );
      expect(performance.now() - started).toBeLessThan(1000);
      expect(failed).toMatchObject({ name: 'TimeoutError', scope: 'deadline', message: 'Xurrent getRequest did not complete within its deadline of 300 ms' });
      // Out of the call's time, not the store's: no warning.
      expect(lines).toEqual([]);
    } finally {
      redis().thaw();
      await fleet.close();
    }
  });
});
