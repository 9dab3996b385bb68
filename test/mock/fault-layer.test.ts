// The fault layer (startFaultProxy with a scenario) in front of a loopback upstream that
// answers like Prism: each operation plays its own steps, matched by method and path template;
// a scripted status is the upstream's documented answer when it has one; Retry-After, HTML
// pages, delays and resets are played as written; paths the spec lacks are refused by line.
import { MockError, parseScenario, startFaultProxy, type FaultProxy } from '@specsmith/mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLoopback, type Loopback } from '../support/loopback.js';

const SPEC_TEMPLATES = ['/requests', '/requests/{id}', '/requests/open', '/requests/{id}/notes', '/people/{id}'];

let upstream: Loopback;
beforeAll(async () => {
  // Like Prism: `Prefer: code=503` picks the documented 503 (only 503 and 422 are documented here),
  // a body with "bad" breaks the spec (422 + sl-violations), and every answer has a placeholder budget.
  upstream = await startLoopback((request, response, index) => {
    const headers = { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '0', 'x-ratelimit-reset': '0' };
    const preferred = /code=(\d+)/.exec(String(request.headers['prefer'] ?? ''))?.[1];
    const body = upstream.requests[index]?.body ?? '';
    if (body.includes('bad')) response.writeHead(422, { ...headers, 'sl-violations': '[{"message":"bad body"}]' }).end('{"message":"invalid"}');
    else if (preferred === '503') response.writeHead(503, headers).end('{"message":"documented 503"}');
    else response.writeHead(200, headers).end(JSON.stringify({ path: request.url }));
  });
});
afterAll(async () => upstream.close());

let proxy: FaultProxy | undefined;
afterEach(async () => {
  await proxy?.stop();
  proxy = undefined;
});

async function start(scenario: string) {
  proxy = await startFaultProxy(upstream.url, { scenario: parseScenario(scenario, { file: 'scenario.txt' }), specTemplates: SPEC_TEMPLATES, specName: 'specs/xurrent/openapi.yaml' });
  return proxy;
}

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${proxy?.url}${path}`, init);
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe('the fault layer with a scenario', () => {
  it('plays each operation its own steps by method and path template, most specific template first, then forwards', async () => {
    await start('GET /requests/{id}: 503, 500\nGET /requests/open: 502\n* /requests/{id}/notes: 504\nPOST /requests/{id}/notes: 500');
    const statuses = [];
    for (const path of ['/requests/1', '/requests/open', '/requests/2?fields=id', '/requests/open', '/requests/3', '/requests/4/notes']) statuses.push((await get(path)).status);
    statuses.push((await get('/requests/5/notes', { method: 'POST', body: '{}' })).status, (await get('/requests/5/notes', { method: 'PUT', body: '{}' })).status);
    expect(statuses).toEqual([503, 502, 500, 200, 200, 504, 500, 200]);
    expect(proxy?.arrivals.map((arrival) => [arrival.operation, arrival.status, arrival.reason])).toEqual([
      ['GET /requests/{id}', 503, 'scenario.txt:1 step 1/2'],
      ['GET /requests/open', 502, 'scenario.txt:2 step 1/1'],
      ['GET /requests/{id}', 500, 'scenario.txt:1 step 2/2'],
      ['GET /requests/open', 200, 'spec'],
      ['GET /requests/{id}', 200, 'spec'],
      ['GET /requests/{id}/notes', 504, 'scenario.txt:3 step 1/1'],
      ['POST /requests/{id}/notes', 500, 'scenario.txt:4 step 1/1'],
      ['PUT /requests/{id}/notes', 200, 'spec'],
    ]);
  });

  it('answers a scripted status with the documented response when there is one, else a small JSON body; a request that breaks the spec keeps its 422', async () => {
    await start('POST /requests: 503, 504, 503');
    const post = (body: string) => get('/requests', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect([await post('{}'), await post('{}'), await post('{"bad":1}')].map(({ status, body, headers }) => [status, body, headers.get('sl-violations')])).toEqual([
      [503, '{"message":"documented 503"}', null],
      [504, '{"message":"Gateway Timeout"}', null],
      [422, '{"message":"invalid"}', '[{"message":"bad body"}]'],
    ]);
    expect(upstream.requests.slice(-3).map((request) => request.headers['prefer'])).toEqual(['code=503', 'code=504', 'code=503']);
  });

  it('sends Retry-After in seconds, as a fixed HTTP-date and as an HTTP-date relative to the answer, and serves HTML error pages', async () => {
    await start('GET /requests: 429 retry-after 2, 503 retry-after Wed, 21 Oct 2026 07:28:00 GMT, 429 retry-after date+30, html 502 retry-after 1');
    const answers = [await get('/requests'), await get('/requests')];
    const before = Date.now();
    answers.push(await get('/requests'), await get('/requests'));
    expect(answers.map(({ status, headers }) => [status, headers.get('retry-after')]).slice(0, 2)).toEqual([
      [429, '2'],
      [503, 'Wed, 21 Oct 2026 07:28:00 GMT'],
    ]);
    const relative = Date.parse(answers[2]?.headers.get('retry-after') ?? '');
    expect(relative - before).toBeGreaterThanOrEqual(29_000);
    expect(relative - before).toBeLessThanOrEqual(31_000);
    expect([answers[3]?.status, answers[3]?.headers.get('content-type'), answers[3]?.headers.get('retry-after'), answers[3]?.body]).toEqual([
      502,
      'text/html; charset=utf-8',
      '1',
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
    ]);
  });

  it('delays, resets before the answer and cuts a body mid-way', async () => {
    await start('GET /people/{id}: delay 300, reset, reset-mid-body');
    const started = Date.now();
    expect((await get('/people/1')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await expect(get('/people/1')).rejects.toThrow('fetch failed');
    const cut = await fetch(`${proxy?.url}/people/1`);
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
    expect(proxy?.arrivals.map((arrival) => [arrival.step, arrival.status])).toEqual([
      ['forward', 200],
      ['reset', undefined],
      ['reset-mid-body', 200],
    ]);
  });

  it('refuses a scenario path the spec does not have, and two rules for one operation, naming the lines', async () => {
    await expect(start('GET /requestz: 503')).rejects.toThrow(new MockError('scenario.txt:1: specs/xurrent/openapi.yaml has no path /requestz'));
    await expect(start('GET /requests/{id}/note: 503')).rejects.toThrow(
      new MockError('scenario.txt:1: specs/xurrent/openapi.yaml has no path /requests/{id}/note; it has /requests, /requests/{id}, /requests/open, /requests/{id}/notes'),
    );
    await expect(start('GET /requests/{id}: 503\nGET /requests/{requestId}: 500')).rejects.toThrow(
      new MockError('scenario.txt:2: GET /requests/{requestId} already has steps at scenario.txt:1; list them all on one line'),
    );
  });
});
