import { type ApiError, AuthenticationError, createAltcraftClient, ErrorCode, PaginationError, ValidationError, withNewRequestId } from '@specsmith/altcraft';
import type { AltcraftClientOptions } from '@specsmith/altcraft';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal, recordingLogger } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const base = 'http://127.0.0.1:4012';
const success = { body: { error: 0, error_text: 'Successful operation', profile_id: 'p-1' } };

function altcraft(steps: readonly Step[] | Parameters<typeof scriptedFetch>[0], options: Partial<AltcraftClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const journal = recordingJournal();
  const client = createAltcraftClient({ token: CANARY, baseUrl: base, fetch, clock: virtualClock(), journal, ...options });
  return { client, fetch, journal };
}

describe('createAltcraftClient', () => {
  it('builds the URL from the host (cloud by default)', async () => {
    const fetch = scriptedFetch([success]);
    await createAltcraftClient({ token: CANARY, fetch }).profiles.get({ body: { db_id: 1, email: 'a@b.c' } });
    await createAltcraftClient({ token: CANARY, fetch, host: 'crm.example.com' }).profiles.get({ body: { db_id: 1, email: 'a@b.c' } });
    expect(fetch.requests.map((request) => request.url)).toEqual(['https://ru.altkraft.com/api/v1.1/profiles/get', 'https://crm.example.com/api/v1.1/profiles/get']);
    expect(() => createAltcraftClient({ token: CANARY, host: 'evil.com/x?' })).toThrow('"evil.com/x?" is not a valid host.');
  });

  it('sends the token in the body by default, or as a bearer header, or both', async () => {
    const body = altcraft([success]);
    await body.client.profiles.import({ body: { db_id: 1, data: { email: 'a@b.c' } } });
    expect([body.fetch.requests[0]?.json, body.fetch.requests[0]?.headers.authorization]).toEqual([{ token: CANARY, db_id: 1, data: { email: 'a@b.c' } }, undefined]);

    const header = altcraft([success], { tokenIn: 'header' });
    await header.client.profiles.import({ body: { db_id: 1, data: {} } });
    expect([header.fetch.requests[0]?.json, header.fetch.requests[0]?.headers.authorization]).toEqual([{ db_id: 1, data: {} }, `Bearer ${CANARY}`]);

    const both = altcraft([success], { tokenIn: 'both' });
    await both.client.profiles.import({ body: { db_id: 1, data: {} } });
    expect([both.fetch.requests[0]?.json, both.fetch.requests[0]?.headers.authorization]).toEqual([{ token: CANARY, db_id: 1, data: {} }, `Bearer ${CANARY}`]);
  });

  it('retries writes, because Altcraft de-duplicates a repeated request; the retry is byte-identical', async () => {
    const { client, fetch } = altcraft([{ status: 502 }, success]);
    const { data } = await client.profiles.import({ body: { db_id: 1, data: { email: 'a@b.c' } } });
    expect(data).toMatchObject({ error: 0, profile_id: 'p-1' });
    expect(fetch.requests).toHaveLength(2);
    expect(fetch.requests[1]?.body).toBe(fetch.requests[0]?.body);
    expect(fetch.requests[1]?.headers).toEqual(fetch.requests[0]?.headers);
  });

  it('treats error != 0 inside an HTTP 200 as a typed error, classed by its code', async () => {
    const { client } = altcraft(
      [{ body: { error: 401, error_text: 'API token required' } }, { body: { error: 450, error_text: 'Validation error' } }, { body: { error: 413, error_text: 'Database unavailable' } }],
      { throwOnError: true },
    );
    const auth = await failure<AuthenticationError<ErrorCode>>(client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } }));
    expect(auth).toBeInstanceOf(AuthenticationError);
    expect(auth.code).toBe(ErrorCode.TokenRequired);
    expect(auth.message).toBe('Altcraft getProfile failed with error 401 (TokenRequired) in an HTTP 200 response: API token required');
    const invalid = await failure<ValidationError>(client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.code).toBe(450);
    // 413 is a configuration error ("The database is not available in the selected resource"), not an outage.
    const unavailable = await failure<ApiError<ErrorCode>>(client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } }));
    expect([unavailable.name, unavailable.code, unavailable.codeName, unavailable.retryable, unavailable.attempts]).toEqual([
      'ApiError',
      ErrorCode.DatabaseUnavailable,
      'DatabaseUnavailable',
      false,
      1,
    ]);
  });

  it('retries only the codes the catalogue marks retryable: 500 inside a 200 once more, 413 and unknown codes never', async () => {
    const internal = altcraft([{ body: { error: 500, error_text: 'Internal service error' } }, success], { throwOnError: true });
    const { data } = await internal.client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } });
    expect([data?.error, internal.fetch.requests.length]).toEqual([0, 2]);

    const unavailable = altcraft([{ body: { error: 413, error_text: 'The database is not available in the selected resource' } }, success], { throwOnError: true });
    const error = await failure<ApiError<ErrorCode>>(unavailable.client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } }));
    expect([error.code, error.retryable, unavailable.fetch.requests.length]).toEqual([413, false, 1]);

    // A status-like code the catalogue does not list is not taken for an HTTP 503.
    const unknown = altcraft([{ body: { error: 503, error_text: 'Service unavailable' } }, success], { throwOnError: true });
    const unlisted = await failure<ApiError<ErrorCode>>(unknown.client.profiles.get({ body: { db_id: 1, email: 'a@b.c' } }));
    expect([unlisted.name, unlisted.code, unlisted.retryable, unknown.fetch.requests.length]).toEqual(['ServerError', undefined, false, 1]);
  });

  it('can force a new write with a fresh X-Request-ID, per client or per call, stable across retries', async () => {
    const perClient = altcraft([{ status: 503 }, success, success], { forceNewWrites: true });
    await perClient.client.profiles.import({ body: { db_id: 1, data: {} } });
    await perClient.client.profiles.import({ body: { db_id: 1, data: {} } });
    const ids = perClient.fetch.requests.map((request) => request.headers['x-request-id']);
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);

    const perCall = altcraft([success]);
    await perCall.client.profiles.import(withNewRequestId({ body: { db_id: 1, data: {} } }));
    await perCall.client.profiles.import({ body: { db_id: 1, data: {} } });
    expect(perCall.fetch.requests.map((request) => request.headers['x-request-id'] !== undefined)).toEqual([true, false]);
  });

  it('pages with from_id → next_from_id', async () => {
    const { client, fetch } = altcraft([{ body: { error: 0, data: [{ id: 1, name: 'Welcome' }], next_from_id: 2 } }, { body: { error: 0, data: [{ id: 2, name: 'Promo' }], next_from_id: null } }]);
    const names = [];
    for await (const campaign of client.paginate('listCampaigns', { body: {} }, { pageSize: 1 })) names.push(campaign.name);
    expect(names).toEqual(['Welcome', 'Promo']);
    expect(fetch.requests.map((request) => request.json)).toEqual([
      { token: CANARY, limit: 1 },
      { token: CANARY, limit: 1, from_id: 2 },
    ]);
  });

  it('a full page without next_from_id: a PaginationError for campaigns, a logged warning for the uncertain profiles/list', async () => {
    const page = { body: { error: 0, data: [{ id: 1, name: 'Welcome' }] } };
    const campaigns = altcraft([page]);
    const error = await failure<PaginationError>(campaigns.client.paginate('listCampaigns', { body: {} }, { pageSize: 1 }).toArray());
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toBe(
      'listCampaigns: page 1 is full (1 item, the page size) but the response has no "next_from_id", so the next page cannot be asked for; the spec\'s x-pagination (style "cursor") may not match the API. Pass maxPages to read fewer pages on purpose.',
    );

    const logger = recordingLogger();
    const profiles = altcraft([{ body: { error: 0, data: [{ id: 'p-1' }] } }], { logger });
    const found = await profiles.client.paginate('listProfiles', { body: { db_id: 1 } }, { pageSize: 1 }).toArray();
    expect([found.length, profiles.fetch.requests.length]).toEqual([1, 1]);
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([
      'warn [specsmith] listProfiles: page 1 is full (1 item, the page size) but the response has no "next_from_id", so the next page cannot be asked for; the spec\'s x-pagination (style "cursor") may not match the API. Pass maxPages to read fewer pages on purpose. The walk ends here (the spec marks this paging uncertain).',
    ]);
  });
});
