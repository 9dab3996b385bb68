// The stateful rate-limit budget of the fault layer: it counts down on every arrival in the
// headers of the family asked for (replacing the upstream's placeholders), answers 429 with
// Retry-After once spent, and refills when the window ends.
import { parseScenario, startFaultProxy, type FaultProxy } from '@specsmith/mock';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLoopback, type Loopback } from '../support/loopback.js';

let upstream: Loopback;
beforeAll(async () => {
  // Prism serves a rate-limit header without an example as 0 (and IETF fields from examples): no budget at all.
  upstream = await startLoopback((_request, response) => {
    response
      .writeHead(200, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '0',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '0',
        ratelimit: 'limit=0, remaining=0, reset=0',
        'ratelimit-policy': '0',
      })
      .end('[]');
  });
});
afterAll(async () => upstream.close());

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});

const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit', 'ratelimit-policy', 'retry-after'];

async function send(scenario: string, requests: number) {
  proxy ??= await startFaultProxy(upstream.url, { scenario: parseScenario(scenario), specTemplates: ['/requests'] });
  const answers: Record<string, string | number | null>[] = [];
  for (let index = 0; index < requests; index += 1) {
    const response = await fetch(`${proxy.url}/requests`);
    await response.arrayBuffer();
    answers.push({ status: response.status, ...Object.fromEntries(RATE_LIMIT_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name)]] : []))) });
  }
  return answers;
}

describe('the rate-limit budget', () => {
  it('counts x-ratelimit-remaining down from the limit, then answers 429 with Retry-After until the window ends', async () => {
    const answers = await send('rate-limit 3/2s', 5);
    const reset = Number(answers[0]?.['x-ratelimit-reset']);
    // Epoch seconds at the end of the 2 s window, which the first arrival started, rounded up.
    expect(reset).toBe(Math.ceil(((proxy?.arrivals[0]?.at ?? 0) + 2000) / 1000));
    const limit = { 'x-ratelimit-limit': '3', 'x-ratelimit-reset': String(reset) };
    expect(answers).toEqual([
      { status: 200, ...limit, 'x-ratelimit-remaining': '2' },
      { status: 200, ...limit, 'x-ratelimit-remaining': '1' },
      { status: 200, ...limit, 'x-ratelimit-remaining': '0' },
      { status: 429, ...limit, 'x-ratelimit-remaining': '0', 'retry-after': '2' },
      { status: 429, ...limit, 'x-ratelimit-remaining': '0', 'retry-after': '2' },
    ]);
    expect(proxy?.arrivals.map((arrival) => arrival.reason)).toEqual(['spec', 'spec', 'spec', 'rate limit spent', 'rate limit spent']);
  });

  it('refills after the window', async () => {
    expect((await send('rate-limit 2/600ms', 3)).map((answer) => [answer.status, answer['x-ratelimit-remaining']])).toEqual([
      [200, '1'],
      [200, '0'],
      [429, '0'],
    ]);
    await sleep(650);
    expect((await send('', 2)).map((answer) => [answer.status, answer['x-ratelimit-remaining']])).toEqual([
      [200, '1'],
      [200, '0'],
    ]);
  });

  it('reports the budget in the IETF RateLimit and RateLimit-Policy fields instead, when asked', async () => {
    expect(await send('rate-limit 2/10s headers=ietf', 3)).toEqual([
      { status: 200, 'ratelimit-policy': '"default";q=2;w=10', ratelimit: '"default";r=1;t=10' },
      { status: 200, 'ratelimit-policy': '"default";q=2;w=10', ratelimit: '"default";r=0;t=10' },
      { status: 429, 'ratelimit-policy': '"default";q=2;w=10', ratelimit: '"default";r=0;t=10', 'retry-after': '10' },
    ]);
  });

  it('counts scripted answers too, and still plays the scenario while the budget lasts', async () => {
    expect(await send('rate-limit 2/10s\nGET /requests: 503', 3)).toEqual([
      expect.objectContaining({ status: 503, 'x-ratelimit-remaining': '1' }),
      expect.objectContaining({ status: 200, 'x-ratelimit-remaining': '0' }),
      expect.objectContaining({ status: 429, 'x-ratelimit-remaining': '0', 'retry-after': '10' }),
    ]);
  });

  it("passes the upstream's headers through untouched without a budget", async () => {
    expect(await send('', 1)).toEqual([
      { status: 200, 'x-ratelimit-limit': '0', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0', ratelimit: 'limit=0, remaining=0, reset=0', 'ratelimit-policy': '0' },
    ]);
  });
});
