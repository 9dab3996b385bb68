import { createXurrentClient, ErrorCode, RateLimitError, ValidationError, xurrentBaseUrl, xurrentOAuth } from '@specsmith/xurrent';
import type { XurrentClientOptions } from '@specsmith/xurrent';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, recordingLogger } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const base = 'http://127.0.0.1:4010';

function xurrent(steps: readonly Step[] | Parameters<typeof scriptedFetch>[0], options: Partial<XurrentClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const clock = virtualClock();
  const journal = recordingJournal();
  const logger = recordingLogger();
  const client = createXurrentClient({ account: 'widget', token: CANARY, baseUrl: base, fetch, clock, journal, logger, ...options });
  return { client, fetch, clock, journal, logger };
}

describe('createXurrentClient', () => {
  it("picks the instance URL from the spec's servers", () => {
    expect(xurrentBaseUrl()).toBe('https://api.xurrent.com/v1');
    expect(xurrentBaseUrl('au')).toBe('https://api.au.xurrent.com/v1');
    expect(xurrentBaseUrl('us', 'qa')).toBe('https://api.us.xurrent.qa/v1');
    expect(xurrentBaseUrl('global', 'demo')).toBe('https://api.xurrent-demo.com/v1');
    expect(() => xurrentBaseUrl('au', 'demo')).toThrow('Xurrent has no demo instance "au"');
  });

  it('sends the bearer token and the account header on every call; language and source when set', async () => {
    const { client, fetch } = xurrent([{ body: { id: 1, name: 'Me' } }], { language: 'nl', source: 'specsmith-test' });
    const { data } = await client.me.get();
    expect(data).toEqual({ id: 1, name: 'Me' });
    expect(fetch.requests[0]?.url).toBe(`${base}/me`);
    expect(fetch.requests[0]?.headers).toEqual({
      authorization: `Bearer ${CANARY}`,
      'x-xurrent-account': 'widget',
      'x-xurrent-language': 'nl',
      'x-xurrent-source': 'specsmith-test',
    });
  });

  it('needs an account and a credential', () => {
    expect(() => createXurrentClient({ account: '', token: CANARY })).toThrow('Xurrent needs `account`');
    expect(() => createXurrentClient({ account: 'widget' })).toThrow('Xurrent needs `token` (a personal access token) or `oauth` (client credentials).');
  });

  it('takes OAuth only through xurrentOAuth(), so token clients do not bundle it', () => {
    const plain = { clientId: 'app', clientSecret: CANARY } as never;
    expect(() => createXurrentClient({ account: 'widget', oauth: plain })).toThrow('Xurrent `oauth` takes xurrentOAuth({ clientId, clientSecret }) from @specsmith/xurrent, not the plain options.');
    expect(() => createXurrentClient({ account: 'widget', token: CANARY, oauth: xurrentOAuth({ clientId: 'app', clientSecret: CANARY }) })).toThrow(
      'Xurrent takes either `token` or `oauth`, not both.',
    );
  });

  it('turns a 422 into a ValidationError with the [field, message] pairs', async () => {
    const { client } = xurrent(
      [
        {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [
              ['subject', "Subject can't be blank"],
              ['category', 'Category is not valid'],
            ],
          },
        },
      ],
      {
        throwOnError: true,
      },
    );
    const error = await failure<ValidationError<ErrorCode>>(client.requests.create({ body: { subject: '', category: 'incident' } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe(ErrorCode.ValidationFailed);
    expect(error.message).toBe("Xurrent createRequest failed with HTTP 422 (ValidationFailed): Validation Failed [subject: Subject can't be blank; category: Category is not valid]");
    expect(error.fieldErrors).toEqual([
      { field: 'subject', message: "Subject can't be blank" },
      { field: 'category', message: 'Category is not valid' },
    ]);
  });

  it('waits Retry-After on 429, at least 2 s (the vendor policy), even for a POST', async () => {
    const { client, clock, fetch } = xurrent([
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } },
      { status: 201, body: { id: 5 } },
    ]);
    const result = await client.requests.create({ body: { subject: 's', category: 'rfc' } });
    expect(result.data).toEqual({ id: 5 });
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([2000]);
  });

  it('gives up on a 429 whose Retry-After is over a minute, with the wait in the error', async () => {
    const { client } = xurrent([{ status: 429, headers: { 'retry-after': '900' }, body: { message: 'Too Many Requests' } }]);
    const result = await client.requests.list();
    const error = client.errorOf(result);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(900_000);
    expect(error?.code).toBe(ErrorCode.TooManyRequests);
  });

  it('paces itself by x-ratelimit-* before the server says 429', async () => {
    const reset = String(Math.floor(Date.parse('2026-11-23T10:00:30Z') / 1000));
    const { client, clock, fetch } = xurrent([{ body: [], headers: { 'x-ratelimit-limit': '3600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } }, { body: [] }]);
    await client.requests.list();
    await client.requests.list();
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([30_000]);
  });

  it('keeps to the 20-requests-per-2-s burst limit under concurrency', async () => {
    const sentAt: number[] = [];
    const { client, clock } = xurrent(() => () => {
      sentAt.push(clock.now());
      return { body: {} };
    });
    const start = clock.now();
    await Promise.all(Array.from({ length: 25 }, (_, id) => client.requests.get({ params: { path: { id } } })));
    const offsets = sentAt.map((at) => at - start);
    expect(offsets.filter((offset) => offset === 0)).toHaveLength(20);
    expect(offsets.filter((offset) => offset === 2000)).toHaveLength(5);
  });

  it('iterates a list by its Link header, 100 per page', async () => {
    const { client, fetch } = xurrent([
      {
        body: [
          { id: 3, subject: 'c' },
          { id: 2, subject: 'b' },
        ],
        headers: { link: `<${base}/requests?per_page=100&search_after=2>; rel="next"` },
      },
      { body: [{ id: 1, subject: 'a' }] },
    ]);
    const subjects: (string | undefined)[] = [];
    for await (const request of client.paginate('listRequests', { params: { query: { status: 'assigned' } } })) subjects.push(request.subject);
    expect(subjects).toEqual(['c', 'b', 'a']);
    expect(fetch.requests.map((request) => request.path)).toEqual(['/requests?status=assigned&per_page=100', '/requests?per_page=100&search_after=2']);
  });

  it('gets, caches and refreshes an OAuth token (client credentials)', async () => {
    let issued = 0;
    const fetch = scriptedFetch((request) => (request.url.endsWith('/token') ? { body: { access_token: `xurrent-access-${++issued}`, expires_in: 3600 } } : { body: { id: 1 } }));
    const clock = virtualClock();
    const client = createXurrentClient({ account: 'widget', oauth: xurrentOAuth({ clientId: 'app', clientSecret: CANARY, tokenUrl: `${base}/token` }), baseUrl: base, fetch, clock });
    await client.me.get();
    await client.me.get();
    clock.advance(3_600_000);
    await client.me.get();
    expect(fetch.requests.map((request) => [request.path, request.headers.authorization ?? request.body])).toEqual([
      ['/token', `grant_type=client_credentials&client_id=app&client_secret=${encodeURIComponent(CANARY)}`],
      ['/me', 'Bearer xurrent-access-1'],
      ['/me', 'Bearer xurrent-access-1'],
      ['/token', `grant_type=client_credentials&client_id=app&client_secret=${encodeURIComponent(CANARY)}`],
      ['/me', 'Bearer xurrent-access-2'],
    ]);
  });
});
