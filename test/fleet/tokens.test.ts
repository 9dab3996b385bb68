// OAuth tokens across the fleet: 8 worker processes with one Xurrent OAuth application
// (client credentials) start at once and share one token: exactly one request reaches the token
// endpoint. Then the stub revokes it: each process gets its 401, and still exactly one more
// token is issued, the others reusing it. Redis holds the token only sealed, and neither the
// client secret nor any access token shows in its keys, its values or the logs.
import { afterAll, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';
import { describeWithRedis } from '../support/redis-server.js';
import { dumpRedis } from './redis-dump.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';
import { startWorkers } from './workers.js';
import type { Workers } from './workers.js';

describeWithRedis('fleet OAuth token: 8 processes, one token endpoint', (redis) => {
  let stub: VendorStub | undefined;
  let workers: Workers | undefined;
  afterAll(async () => {
    workers?.kill();
    await stub?.close();
  });

  it('8 processes starting at once fetch 1 token; a 401 makes exactly 1 more; no secret or token in Redis or the logs', async () => {
    stub = await startVendorStub();
    const baseUrl = stub.url;
    const oauth = { tokenUrl: `${stub.url}/token`, clientSecret: CANARY };
    workers = await startWorkers(Array.from({ length: 8 }, (_, id) => ({ id, baseUrl, oauth, redisUrl: redis().url, timeoutMs: 1000, phases: [5, 5], concurrency: 2, op: 'read' as const })));
    const first = await workers.phase();
    expect(first.map((report) => report.ok)).toEqual(Array.from({ length: 8 }, () => 5));
    expect(stub.tokenRequests()).toBe(1);

    stub.revoke();
    const second = await workers.phase();
    const logs = await workers.done();
    expect(workers.stderr()).toBe('');
    expect(second.map((report) => report.ok)).toEqual(Array.from({ length: 8 }, () => 5));
    expect(stub.tokenRequests()).toBe(2);
    const refused = stub.arrivals.filter((arrival) => arrival.status === 401).length;
    process.stdout.write(`fleet tokens: ${stub.tokenRequests()} token requests for 8 processes, ${refused} × 401 after the revocation\n`);
    expect(refused).toBeGreaterThanOrEqual(8);

    const dumped = await dumpRedis(redis());
    expect(dumped.map((key) => `${key.key} ${key.type}`)).toEqual(['specsmith:xurrent:297236cfbad14bf0:budget hash', 'specsmith:xurrent:297236cfbad14bf0:token string']);
    const everything = JSON.stringify(dumped) + JSON.stringify(logs);
    expect(showsCanary(everything)).toBe(false);
    expect(everything).not.toMatch(/fleet-access-token-\d/);
    for (const key of dumped) expect(key.ttlMs, key.key).toBeGreaterThan(0);
  }, 60_000);
});
