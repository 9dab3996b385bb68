// Xtremepush's two documented credentials are alternatives: the App Token in the `apptoken`
// body field, or an OAuth 2.0 access token as a bearer header. Against Prism with request
// validation on, a client using either builds requests the spec accepts.
import { createXtremepushClient, xtremepushOAuth } from '@specsmith/xtremepush';
import { describe, expect, inject, it } from 'vitest';
import { CANARY } from '../support/canary.js';
import { violationCheckingFetch } from '../support/contract-clients.js';

describe('xtremepush: App Token or OAuth, either validates', () => {
  const baseUrl = inject('prismUrls')['xtremepush'] ?? '';

  it('an OAuth-only client sends no apptoken, and Prism accepts its requests', async () => {
    const log: Parameters<typeof violationCheckingFetch>[0] = [];
    const seen: { path: string; authorization: string | null; body: string }[] = [];
    const checking = violationCheckingFetch(log);
    const fetch = async (request: Request) => {
      seen.push({ path: new URL(request.url).pathname, authorization: request.headers.get('authorization'), body: await request.clone().text() });
      return checking(request);
    };
    const client = createXtremepushClient({ oauth: xtremepushOAuth({ clientId: 'client-9', clientSecret: CANARY }), baseUrl, fetch, pacing: false, retry: { maxRetries: 0 }, throwOnError: true });
    const { data } = await client.campaigns.list({ body: { limit: 5 } });
    expect(data.success).toBe(true);
    expect(seen.map((request) => request.path)).toEqual(['/api/oauth/token', '/api/external/list/campaign']);
    const [, listed] = seen;
    expect(listed?.authorization).toMatch(/^Bearer .+/);
    expect(JSON.parse(listed?.body ?? '')).toEqual({ limit: 5 });
    expect(log.map((entry) => [entry.status, entry.violations])).toEqual([
      [200, null],
      [200, null],
    ]);
  });

  it('an App Token client sends apptoken in the body and no Authorization header, also accepted', async () => {
    const log: Parameters<typeof violationCheckingFetch>[0] = [];
    const checking = violationCheckingFetch(log);
    let listed: { authorization: string | null; body: string } | undefined;
    const fetch = async (request: Request) => {
      listed = { authorization: request.headers.get('authorization'), body: await request.clone().text() };
      return checking(request);
    };
    const client = createXtremepushClient({ appToken: CANARY, baseUrl, fetch, pacing: false, retry: { maxRetries: 0 }, throwOnError: true });
    await client.campaigns.list({ body: { limit: 5 } });
    expect([listed?.authorization, JSON.parse(listed?.body ?? '')]).toEqual([null, { apptoken: CANARY, limit: 5 }]);
    expect(log.map((entry) => [entry.status, entry.violations])).toEqual([[200, null]]);
  });
});
