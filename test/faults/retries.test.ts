// Fault tests per vendor: the scripted fault proxy sits in front of the vendor's Prism mock
// and plays failures; the wrapper client must retry what is safe (with the waits the server
// asks for), never repeat an unsafe write, and respect the per-attempt timeout and the
// overall deadline. The proxy counts the writes that reached the upstream.
import { ApiError, ConnectionError, ServerError, TimeoutError } from '@specsmith/core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { failure } from '../support/canary.js';
import { createContractClient, FAST_RETRY, operationCaller, type Vendor } from '../support/contract-clients.js';
import { html500, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';

interface Case {
  readonly vendor: Vendor;
  /** A read (idempotent, or x-idempotent POST). */
  readonly read: string;
  /** A write the vendor does not de-duplicate (null: every write of this vendor is safe to repeat). */
  readonly unsafeWrite: string | null;
  /** A write the vendor de-duplicates, so retrying it is safe. */
  readonly dedupedWrite: string | null;
}

const CASES: readonly Case[] = [
  { vendor: 'xtremepush', read: 'listCampaigns', unsafeWrite: 'sendCampaign', dedupedWrite: null },
  { vendor: 'xurrent', read: 'getRequest', unsafeWrite: 'createRequest', dedupedWrite: null },
  { vendor: 'altcraft', read: 'getProfile', unsafeWrite: null, dedupedWrite: 'addProfile' },
  { vendor: 'xtrakit', read: 'getSale', unsafeWrite: 'createSale', dedupedWrite: null },
  { vendor: 'journeyapps', read: 'getObject', unsafeWrite: 'createObject', dedupedWrite: null },
];

describe.each(CASES)('$vendor through the fault proxy', ({ vendor, read, unsafeWrite, dedupedWrite }) => {
  let proxy: FaultProxy;
  const operations = operationCaller(vendor);
  const example = (operationId: string) => operations.sample(operationId)?.expected.example;

  beforeAll(async () => {
    proxy = await startFaultProxy(inject('prismUrls')[vendor] ?? '');
  });
  afterAll(async () => proxy.stop());

  beforeEach(() => proxy.reset());

  function call(operationId: string, options: Record<string, unknown> = {}) {
    const client = createContractClient(vendor, proxy.url, (request) => fetch(request), { retry: FAST_RETRY, throwOnError: true, ...options });
    return operations.invoke(client, operationId) as Promise<{ data: unknown }>;
  }

  const writesUpstream = () => [...proxy.upstreamWrites.values()].reduce((sum, count) => sum + count, 0);

  it('retries a read through a 503 and a 502 HTML error page, then succeeds', async () => {
    proxy.script(
      { kind: 'respond', status: 503, headers: { 'retry-after': '0' }, body: '{}' },
      { kind: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: html500 },
    );
    const result = await call(read, { retry: { ...FAST_RETRY, maxRetries: 3 } });
    expect(result.data).toEqual(example(read));
    expect(proxy.requests.map((request) => request.step)).toEqual(['respond', 'respond', 'forward']);
  });

  it('retries a read after a cut-off body and a reset connection', async () => {
    proxy.script({ kind: 'reset-mid-body' }, { kind: 'reset' });
    const result = await call(read);
    expect(result.data).toEqual(example(read));
    expect(proxy.requests.map((request) => request.step)).toEqual(['reset-mid-body', 'reset', 'forward']);
  });

  it('waits the retry-after-ms a 429 asks for', async () => {
    proxy.script({ kind: 'respond', status: 429, headers: { 'retry-after-ms': '150' }, body: '{}' });
    await call(read);
    const [first, second] = proxy.requests;
    expect(proxy.requests).toHaveLength(2);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(145);
  });

  it('gives up after maxRetries with a typed, retryable ServerError that counts its attempts', async () => {
    proxy.script(...Array.from({ length: 3 }, () => ({ kind: 'respond' as const, status: 500, body: '{}' })));
    const error = await failure<ApiError>(call(read));
    expect(error).toBeInstanceOf(ServerError);
    expect({ status: error.status, retryable: error.retryable, attempts: error.attempts }).toEqual({ status: 500, retryable: true, attempts: 3 });
    expect(proxy.requests).toHaveLength(3);
  });

  it('times out a hanging attempt, retries, and succeeds', async () => {
    proxy.script({ kind: 'hang' });
    const result = await call(read, { timeoutMs: 300 });
    expect(result.data).toEqual(example(read));
    expect(proxy.requests.map((request) => request.step)).toEqual(['hang', 'forward']);
  });

  it('stops at the overall deadline across attempts', async () => {
    proxy.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
    const started = Date.now();
    const error = await failure<ApiError>(call(read, { timeoutMs: 250, deadlineMs: 400 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(proxy.requests.length).toBeLessThanOrEqual(2);
  });

  // Altcraft has no unsafe write (it de-duplicates every write); the others have no de-duplicated one.
  if (unsafeWrite) it('never repeats an unsafe write: not after a 503, not after a reset once it was applied', async () => {
    proxy.script({ kind: 'respond', status: 503, body: '{}' });
    const refused = await failure<ApiError>(call(unsafeWrite ?? ''));
    expect(refused).toBeInstanceOf(ServerError);
    expect(proxy.requests).toHaveLength(1);

    proxy.reset();
    proxy.script({ kind: 'forward-then-reset' });
    const cut = await failure<ApiError>(call(unsafeWrite ?? ''));
    expect(cut).toBeInstanceOf(ConnectionError);
    expect(proxy.requests).toHaveLength(1);
    expect(writesUpstream()).toBe(1);
  });

  if (dedupedWrite) it('repeats a de-duplicated write byte for byte, so the vendor applies it once', async () => {
    proxy.script({ kind: 'forward-then-reset' });
    await call(dedupedWrite ?? '');
    expect(proxy.requests).toHaveLength(2);
    const [first, second] = proxy.requests;
    expect(second?.body).toBe(first?.body);
    expect(second?.headers['x-request-id']).toBe(first?.headers['x-request-id']);
    expect(writesUpstream()).toBe(2);
  });
});

describe('xurrent pacing through the fault proxy', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(inject('prismUrls')['xurrent'] ?? '');
  });
  afterAll(async () => proxy.stop());

  it('holds the next request until x-ratelimit-reset once x-ratelimit-remaining reaches 0, before any 429', async () => {
    const client = createContractClient('xurrent', proxy.url, (request) => fetch(request), { pacing: { headers: 'x-ratelimit' }, throwOnError: true }) as unknown as {
      requests: { get: (init: unknown) => Promise<unknown> };
    };
    const resetAt = Math.ceil(Date.now() / 1000) + 1;
    proxy.script({
      kind: 'respond',
      status: 200,
      headers: { 'x-ratelimit-limit': '3600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt) },
      body: JSON.stringify({ id: 1, subject: 'paced' }),
    });
    await client.requests.get({ params: { path: { id: 1 } } });
    await client.requests.get({ params: { path: { id: 1 } } });
    const [first, second] = proxy.requests;
    expect(proxy.requests.map((request) => request.step)).toEqual(['respond', 'forward']);
    // The second request left only after the window reset (epoch seconds, so allow the rounding).
    expect(Date.now()).toBeGreaterThanOrEqual(resetAt * 1000 - 50);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThan(0);
  });
});
