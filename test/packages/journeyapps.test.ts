import { createJourneyappsClient, ErrorCode, journeyappsBaseUrl, NotFoundError, ValidationError } from '@specsmith/journeyapps';
import type { JourneyappsClientOptions } from '@specsmith/journeyapps';
import { securitySchemes, vendorPolicy } from '@specsmith/journeyapps-api';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const backend = '615ae1ee8c5ef500078a4908';
const base = `http://127.0.0.1:4014/api/v4/${backend}`;

function journeyapps(steps: readonly Step[], options: Partial<JourneyappsClientOptions> = {}) {
  const fetch = scriptedFetch(steps);
  const clock = virtualClock();
  const journal = recordingJournal();
  const client = createJourneyappsClient({ baseUrl: base, ...(options.token ? {} : { password: CANARY }), fetch, clock, journal, ...options });
  return { client, fetch, clock, journal };
}

describe('createJourneyappsClient', () => {
  it('builds the deployment URL from ids, in the current or the legacy host form', () => {
    expect(journeyappsBaseUrl({ backendDeploymentId: backend, appDeploymentId: '62d541f4156bc4dd685318da' })).toBe(`https://62d541f4156bc4dd685318da.backend.us.journeyapps.com/api/v4/${backend}`);
    expect(journeyappsBaseUrl({ backendDeploymentId: backend, appDeploymentId: '62d541f4156bc4dd685318da', region: 'eu' })).toContain('.backend.eu.journeyapps.com');
    expect(journeyappsBaseUrl({ backendDeploymentId: backend, host: 'run-testing-us.journeyapps.com' })).toBe(`https://run-testing-us.journeyapps.com/api/v4/${backend}`);
    expect(() => journeyappsBaseUrl({ backendDeploymentId: backend, host: 'run-mars.journeyapps.com' })).toThrow('"run-mars.journeyapps.com" is not a valid host');
  });

  it('Basic auth: the backend deployment id is the username', async () => {
    const { client, fetch } = journeyapps([{ body: { id: 'a1', type: 'task' } }]);
    await client.objects.get({ params: { path: { model: 'task', id: 'a1' } } });
    expect(fetch.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${backend}:${CANARY}`).toString('base64')}`);
    expect(fetch.requests[0]?.path).toBe(`/api/v4/${backend}/objects/task/a1.json`);
  });

  it('named token: Authorization: Bearer O:<token>', async () => {
    const { client, fetch } = journeyapps([{ body: {} }], { token: CANARY });
    await client.deployment.getInfo();
    expect(fetch.requests[0]?.headers.authorization).toBe(`Bearer O:${CANARY}`);
  });

  it('named token: a token that already carries the O: prefix is not prefixed twice', async () => {
    const { client, fetch } = journeyapps([{ body: {} }], { token: `O:${CANARY}` });
    await client.deployment.getInfo();
    expect(fetch.requests[0]?.headers.authorization).toBe(`Bearer O:${CANARY}`);
  });

  it("the O: prefix is spec data: the generated vendorPolicy carries the bearer scheme's x-token-prefix", () => {
    expect(vendorPolicy.tokenPrefixes).toEqual({ bearerAuth: 'O:' });
    expect(securitySchemes.bearerAuth['x-token-prefix']).toBe('O:');
  });

  it('sends form bodies with bracket nesting when asked', async () => {
    const { client, fetch } = journeyapps([{ body: { id: 'n1', type: 'task' } }], { bodyEncoding: 'form' });
    await client.objects.create({ params: { path: { model: 'task' } }, body: { task: { name: 'Wash Dishes', status: 0 } } });
    expect([fetch.requests[0]?.headers['content-type'], fetch.requests[0]?.body]).toEqual(['application/x-www-form-urlencoded', 'task[name]=Wash%20Dishes&task[status]=0']);
  });

  it('pages with skip/limit while `more` is true', async () => {
    const { client, fetch } = journeyapps([
      { body: { objects: [{ id: 'a', type: 'task' }], count: 1, total: 2, more: true } },
      { body: { objects: [{ id: 'b', type: 'task' }], count: 1, total: 2, more: false } },
    ]);
    const ids = (await client.paginate('listObjects', { params: { path: { model: 'task' }, query: { limit: 1 } } }).toArray()).map((object) => object.id);
    expect(ids).toEqual(['a', 'b']);
    expect(fetch.requests.map((request) => request.path)).toEqual([`/api/v4/${backend}/objects/task.json?limit=1`, `/api/v4/${backend}/objects/task.json?limit=1&skip=1`]);
  });

  it('waits at least 1 s after a 429, whatever Retry-After says', async () => {
    const { client, clock, fetch } = journeyapps([{ status: 429, headers: { 'retry-after': '0.01' }, body: { type: 'TOO_MANY_REQUESTS', title: 'Too many requests' } }, { body: {} }]);
    await client.datamodel.get();
    expect(fetch.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('reads {type, title, detail} errors: the type is the code', async () => {
    const { client } = journeyapps(
      [
        { status: 404, body: { type: 'OBJECT_NOT_FOUND', title: 'Object not found', detail: 'No task with id a1', see: 'https://docs.journeyapps.com/api-errors#OBJECT_NOT_FOUND' } },
        { status: 422, body: { type: 'INVALID_VALUE', title: 'Invalid value', detail: 'status: 7 is not a valid option' } },
      ],
      { throwOnError: true },
    );
    const missing = await failure<NotFoundError<ErrorCode>>(client.objects.get({ params: { path: { model: 'task', id: 'a1' } } }));
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing.code).toBe(ErrorCode.ObjectNotFound);
    expect(missing.message).toBe('JourneyApps getObject failed with HTTP 404, error OBJECT_NOT_FOUND (ObjectNotFound): No task with id a1');
    const invalid = await failure<ValidationError>(client.objects.patch({ params: { path: { model: 'task', id: 'a1' } }, body: { task: { status: 7 } } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.fieldErrors).toEqual([{ field: 'status', message: '7 is not a valid option' }]);
  });

  it('needs a URL and one credential', () => {
    expect(() => createJourneyappsClient({ password: CANARY })).toThrow('JourneyApps needs `baseUrl`, or `backendDeploymentId`');
    expect(() => createJourneyappsClient({ baseUrl: base })).toThrow('JourneyApps needs `password` (the deployment API password) or `token` (a named token).');
    expect(() => createJourneyappsClient({ baseUrl: base, password: CANARY, token: CANARY })).toThrow('JourneyApps takes either `password` (Basic) or `token`, not both.');
  });
});
