import { createXtrakitClient, ErrorCode, NotFoundError, xtrakitBaseUrl } from '@specsmith/xtrakit';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, failure, recordingJournal } from '../support/canary.js';
import { virtualClock } from '../support/clock.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

afterAll(expectNoCanary);

const customer = { customer_name: 'Ama', customer_phone: '+233200000000', customer_country: 'GH', customer_city: 'Accra', customer_state: 'Greater Accra', address1: '1 Ring Road' };

function xtrakit(steps: readonly Step[], throwOnError = false) {
  const fetch = scriptedFetch(steps);
  const journal = recordingJournal();
  const client = createXtrakitClient({ apiKey: CANARY, baseUrl: 'http://127.0.0.1:4013', fetch, clock: virtualClock(), journal, throwOnError });
  return { client, fetch, journal };
}

describe('createXtrakitClient', () => {
  it('uses the api host by default, the app host on request', () => {
    expect(xtrakitBaseUrl()).toBe('https://api.xtrakit.com/api/v1');
    expect(xtrakitBaseUrl('app')).toBe('https://app.xtrakit.com/api/v1');
  });

  it('sends the API key as a bearer token', async () => {
    const { client, fetch } = xtrakit([{ body: { status: 200, message: 'Customer found', data: { customer: { id: 4 } } } }]);
    const { data } = await client.customers.get({ params: { path: { id: '4' } } });
    expect(data).toEqual({ status: 200, message: 'Customer found', data: { customer: { id: 4 } } });
    expect(fetch.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY}`);
    expect(fetch.requests[0]?.path).toBe('/customers/4');
  });

  it('reads the envelope message into a typed error', async () => {
    const { client } = xtrakit([{ status: 404, body: { status: 404, message: 'Sale not found', data: {} } }], true);
    const error = await failure<NotFoundError<ErrorCode>>(client.sales.get({ params: { path: { invoice_code: '000123' } } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.code).toBe(ErrorCode.NotFound);
    expect(error.message).toBe('XtraKit getSale failed with HTTP 404 (NotFound): Sale not found');
  });

  it('retries a PUT but not a POST after a 500', async () => {
    const put = xtrakit([{ status: 500, body: { status: 500, message: 'Server error' } }, { body: { status: 200, message: 'ok', data: {} } }]);
    await put.client.customers.update({ params: { path: { id: '1' } }, body: customer });
    expect(put.fetch.requests).toHaveLength(2);

    const post = xtrakit([{ status: 500, body: { status: 500, message: 'Server error' } }, { body: { status: 200, message: 'ok', data: {} } }]);
    const result = await post.client.customers.create({ body: customer });
    expect(result.response.status).toBe(500);
    expect(post.fetch.requests).toHaveLength(1);
    expect(post.client.errorOf(result)?.message).toBe('XtraKit createCustomer failed with HTTP 500 (InternalServerError): Server error');
  });

  it('needs an API key', () => {
    expect(() => createXtrakitClient({ apiKey: '' })).toThrow('XtraKit needs `apiKey` (from app.xtrakit.com/settings/apis).');
  });
});
