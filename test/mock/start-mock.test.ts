// startMock end to end: the Xurrent client (createXurrentClient with the mock's baseUrl and its
// default retry and pacing policy) against Prism behind a scenario: it retries through
// 503, 503 to the 200, waits the Retry-After of a 429, and paces by the real budget so it
// never meets the budget's 429. Arrivals are logged with the token redacted. An unknown vendor
// and a busy port fail before Prism starts, with the messages a user sees.
import { MockError, startMock, type MockServer } from '@specsmith/mock';
import { createXurrentClient } from '@specsmith/xurrent';
import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.stop();
  mock = undefined;
});

const client = (baseUrl: string) => createXurrentClient({ token: CANARY, account: 'widget', baseUrl, throwOnError: true });

describe('startMock', () => {
  it('drives the Xurrent client through a scenario: retried through 503, 503 to the 200; a 429 waited out by its Retry-After (3 s, above the 2 s minimum of the policy); every arrival logged, redacted', async () => {
    const lines: string[] = [];
    mock = await startMock({ vendor: 'xurrent', scenario: 'GET /requests: 503, 503, 200\nGET /requests/{id}: 429 retry-after 3', log: (line) => lines.push(line) });
    expect(mock.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const xurrent = client(mock.baseUrl);

    const { data: list } = await xurrent.requests.list();
    expect(list.map((request) => request.id)).toEqual([70453, 70398]);
    const { data: request } = await xurrent.requests.get({ params: { path: { id: 70453 } } });
    expect(request.subject).toBe('Unable to connect to the VPN from home');

    expect(mock.arrivals.map(({ method, path, operation, status, reason }) => ({ method, path, operation, status, reason }))).toEqual([
      { method: 'GET', path: '/requests', operation: 'GET /requests', status: 503, reason: 'scenario:1 step 1/3' },
      { method: 'GET', path: '/requests', operation: 'GET /requests', status: 503, reason: 'scenario:1 step 2/3' },
      { method: 'GET', path: '/requests', operation: 'GET /requests', status: 200, reason: 'scenario:1 step 3/3' },
      { method: 'GET', path: '/requests/70453', operation: 'GET /requests/{id}', status: 429, reason: 'scenario:2 step 1/1' },
      { method: 'GET', path: '/requests/70453', operation: 'GET /requests/{id}', status: 200, reason: 'spec' },
    ]);
    const [, , , limited, retried] = mock.arrivals;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(3000);

    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^GET \/requests → 503 in \d+ ms \(scenario:1 step 1\/3\)$/);
    expect(mock.arrivals[0]?.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(mock.arrivals[0]?.headers['x-xurrent-account']).toBe('widget');
    expect([...lines, inspect(mock.arrivals, { depth: 5 })].filter(showsCanary)).toEqual([]);
  });

  it('lets a pacing client read the real budget: it holds the request past the spent window instead of meeting a 429', async () => {
    mock = await startMock({ vendor: 'xurrent', scenario: 'rate-limit 3/2s' });
    const xurrent = client(mock.baseUrl);
    for (let call = 0; call < 4; call += 1) await xurrent.requests.get({ params: { path: { id: 70453 } } });
    const arrivals = mock.arrivals;
    expect(arrivals.map((arrival) => arrival.status)).toEqual([200, 200, 200, 200]);
    // The third answer said remaining 0 until the window's end (its reset, in epoch seconds): the fourth waited for it.
    const windowEnd = (arrivals[0]?.at ?? 0) + 2000;
    expect(arrivals[3]?.at).toBeGreaterThanOrEqual(windowEnd);
    expect((arrivals[3]?.at ?? 0) - windowEnd).toBeLessThan(1500);
  });

  it('names the vendors redocly.yaml lists for an unknown one', async () => {
    await expect(startMock({ vendor: 'xurent' })).rejects.toThrow(new MockError('unknown vendor "xurent"; redocly.yaml lists xtremepush, xurrent, altcraft, xtrakit, journeyapps'));
  });

  it('says a busy port is in use and how to pick another', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const started = Date.now();
      await expect(startMock({ vendor: 'xurrent', port })).rejects.toThrow(new MockError(`port ${port} is in use on 127.0.0.1; pick another with --port`));
      // Refused before Prism's start, which takes seconds.
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  });
});
