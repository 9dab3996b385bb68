import { assertSecureBaseUrl, ConfigurationError, createCaller, InsecureTransportError, isLoopbackHost } from '@specsmith/core';
import { createXurrentClient } from '@specsmith/xurrent';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, remember } from '../support/canary.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import { getThing } from '../support/operations.js';

afterAll(expectNoCanary);

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    remember(error);
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('isLoopbackHost', () => {
  it.each(['localhost', 'api.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'])('accepts %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['example.com', '10.0.0.1', '128.0.0.1', 'localhost.example.com', '127.0.0.1.nip.io'])('rejects %s', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});

describe('assertSecureBaseUrl', () => {
  it('accepts https anywhere and http on loopback', () => {
    expect(assertSecureBaseUrl('https://api.xurrent.com/v1').host).toBe('api.xurrent.com');
    expect(assertSecureBaseUrl('http://127.0.0.1:4010').port).toBe('4010');
    expect(assertSecureBaseUrl('http://localhost:8080/v1').hostname).toBe('localhost');
    expect(assertSecureBaseUrl('http://[::1]:9000').hostname).toBe('[::1]');
  });

  it('refuses plain http to another host with a message that says what to do', () => {
    const error = thrown(() => assertSecureBaseUrl('http://api.xurrent.com/v1'));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'Refusing to send credentials over plain HTTP to api.xurrent.com: use an https:// base URL. ' + 'Plain http:// is allowed only for loopback hosts (localhost, 127.0.0.1, [::1]).',
    );
  });

  it('refuses other schemes, relative URLs and credentials in the URL', () => {
    expect(thrown(() => assertSecureBaseUrl('ftp://files.example.com')).message).toBe('baseUrl uses "ftp:"; only https:// (or http:// on a loopback host) is supported.');
    expect(thrown(() => assertSecureBaseUrl('/v1')).message).toBe('baseUrl "/v1" is not an absolute URL; expected e.g. "https://api.example.com/v1".');
    const withSecret = thrown(() => assertSecureBaseUrl(`https://user:${CANARY}@api.example.com`));
    expect(withSecret.message).toBe('baseUrl must not contain credentials; pass them as client options instead.');
  });
});

describe('transport safety in clients', () => {
  it('a client for a non-loopback http URL fails at creation, before any request', () => {
    const fetch = scriptedFetch([{ status: 200 }]);
    const error = thrown(() => createXurrentClient({ account: 'widget', token: CANARY, baseUrl: 'http://xurrent.internal/v1', fetch }));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(fetch.requests).toHaveLength(0);
  });

  it('a per-call baseUrl override is checked too', async () => {
    const fetch = scriptedFetch([{ status: 200, body: {} }]);
    const { call } = createCaller({ baseUrl: 'http://127.0.0.1:1', fetch });
    await expect(call(getThing, { baseUrl: 'http://evil.example.com', params: { path: { id: 1 } } })).rejects.toBeInstanceOf(InsecureTransportError);
    expect(fetch.requests).toHaveLength(0);
    await call(getThing, { baseUrl: 'https://other.example.com', params: { path: { id: 1 } } });
    expect(fetch.requests[0]?.url).toBe('https://other.example.com/things/1');
  });
});
