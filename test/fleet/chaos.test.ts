// Chaos: 8 worker processes write through one Xurrent token (200 creates each, one at a time,
// the stub answering each after 20 ms) while redis-server is killed 1 s in and started again on
// the same port 1 s later, empty. Every call completes, every write reaches the stub exactly
// once (none lost, none doubled), and each process logs the fallback once and the rejoin once.
// And with nothing listening from the start, calls succeed with one warning, word for word.
import { createXurrentClient, memoryJournal } from '@specsmith/xurrent';
import { redisFleet } from '@specsmith/core/fleet';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';
import { closedPort } from '../support/loopback.js';
import { describeWithRedis } from '../support/redis-server.js';
import { dumpRedis } from './redis-dump.js';
import { startVendorStub } from './vendor-stub.js';
import type { VendorStub } from './vendor-stub.js';
import { startWorkers } from './workers.js';
import type { Workers } from './workers.js';

const WORKERS = 8;
const WRITES = 200;

describeWithRedis('fleet chaos: redis-server killed and restarted mid-run', (redis) => {
  let stub: VendorStub | undefined;
  let workers: Workers | undefined;
  afterAll(async () => {
    workers?.kill();
    await stub?.close();
  });

  it('every write arrives exactly once; fallback and rejoin logged once per process', async () => {
    stub = await startVendorStub({ delayMs: 20, limit: 10_000 });
    const baseUrl = stub.url;
    workers = await startWorkers(
      Array.from({ length: WORKERS }, (_, id) => ({ id, baseUrl, token: CANARY, redisUrl: redis().url, timeoutMs: 500, phases: [WRITES], concurrency: 1, op: 'write' as const })),
    );
    const running = workers.phase();
    await sleep(1000);
    await redis().stop();
    await sleep(1000);
    await redis().start();
    const reports = await running;
    const logs = await workers.done();
    expect(workers.stderr()).toBe('');
    expect(reports.map((report) => [report.ok, report.failures])).toEqual(Array.from({ length: WORKERS }, () => [WRITES, {}]));
    const writes = stub.arrivals.filter((arrival) => arrival.method === 'POST').map((arrival) => (JSON.parse(arrival.body) as { subject: string }).subject);
    const expected = Array.from({ length: WORKERS }, (_, id) => Array.from({ length: WRITES }, (_, n) => `w-${id}-${n}`)).flat();
    expect(writes.sort()).toEqual(expected.sort());
    const port = redis().port;
    for (const lines of logs) {
      const fleetLines = lines.filter((line) => line.message.includes('fleet store')).map((line) => `${line.level} ${line.message.replace(/ \(.*\)/, ' (…)')}`);
      expect(fleetLines).toEqual([
        `warn [specsmith] Xurrent: the fleet store at 127.0.0.1:${port} is unavailable (…); pacing and OAuth tokens are per process until it is back`,
        `info [specsmith] Xurrent: the fleet store at 127.0.0.1:${port} is back; pacing and OAuth tokens are shared again`,
      ]);
    }
    expect(showsCanary(JSON.stringify(logs))).toBe(false);
    // Back in the fleet, not only saying so: the restarted, empty Redis holds the budget again.
    expect((await dumpRedis(redis())).map((key) => key.key)).toEqual(['specsmith:xurrent:297236cfbad14bf0:budget']);
    process.stdout.write(
      `fleet chaos: ${writes.length} writes, ${new Set(writes).size} distinct, reasons: ${[...new Set(logs.flatMap((lines) => lines.filter((line) => line.level === 'warn').map((line) => /\((.*)\)/.exec(line.message)?.[1])))].join(' | ')}\n`,
    );
  }, 90_000);
});

it('with no Redis listening, calls succeed and one warning says so', async () => {
  const port = await closedPort();
  const stub = await startVendorStub();
  const lines: string[] = [];
  let warnedAt = Number.POSITIVE_INFINITY;
  const warn = (line: string) => {
    warnedAt = Math.min(warnedAt, performance.now());
    lines.push(`warn ${line}`);
  };
  const logger = { debug: () => {}, info: (line: string) => lines.push(`info ${line}`), warn, error: (line: string) => lines.push(`error ${line}`) };
  const fleet = redisFleet({ url: `redis://:${CANARY}@127.0.0.1:${port}` });
  try {
    const client = createXurrentClient({ account: 'widget', token: CANARY, baseUrl: stub.url, pacing: { burst: null }, fleet, logger, journal: memoryJournal() });
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: 10 }, () => client.requests.get({ params: { path: { id: 70453 } } })));
    // A refused connection is not waited for: the client goes on well within the store's 100 ms timeout.
    expect(warnedAt - started).toBeLessThan(90);
    for (let n = 0; n < 10; n++) results.push(await client.requests.get({ params: { path: { id: 70453 } } }));
    expect(results.map((result) => result.response.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(stub.arrivals).toHaveLength(20);
    expect(lines).toEqual([
      `warn [specsmith] Xurrent: the fleet store at 127.0.0.1:${port} is unavailable (connect ECONNREFUSED 127.0.0.1:${port}); pacing and OAuth tokens are per process until it is back`,
    ]);
    expect(showsCanary(lines.join('\n'))).toBe(false);
  } finally {
    await fleet.close();
    await stub.close();
  }
});
