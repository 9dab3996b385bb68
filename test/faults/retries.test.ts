// Fault tests for every vendor in redocly.yaml, on its descriptor's read and write: the
// scripted fault proxy sits in front of the vendor's Prism mock and plays failures; the
// wrapper client must retry what is safe (with the waits the server asks for), never repeat an
// unsafe write, pace by the rate-limit headers its spec declares, and respect the per-attempt
// timeout and the overall deadline. The proxy counts the writes that reached the upstream.
import { type ApiError, ConnectionError, ServerError, TimeoutError } from '@specsmith/core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { failure } from '../support/canary.js';
import { createContractClient, FAST_RETRY, operationCaller } from '../support/contract-clients.js';
import { html500, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { callThroughProxy } from '../support/shared-cases.js';
import { loadVendors, writeIsDeduplicated, type Vendor, type VendorCall } from '../support/vendors.js';

const vendors = await loadVendors();

/** How much later than the policy says a request may leave (timers, a loaded 2-core machine). */
const LATE_MS = 250;
/** Timers may fire a millisecond or two early. */
const EARLY_MS = 5;
/**
 * An attempt's timer starts just before its send, which is what the test sees; on a busy machine
 * the gap can be tens of ms, so a retry after a timeout may seem that much early.
 */
const TIMER_BEFORE_SEND_MS = 50;

/** `actual` lies in [due - early, due + LATE_MS]: no earlier than the policy allows, not much later. */
function expectAround(actual: number, due: number, what: string, early = EARLY_MS) {
  expect(actual - due, `${what}: ms after its due time`).toBeGreaterThanOrEqual(-early);
  expect(actual - due, `${what}: ms after its due time`).toBeLessThanOrEqual(LATE_MS);
}

// The vendors run side by side (each has its own proxy and Prism); one vendor's tests run in order.
describe.concurrent.each(vendors.map((vendor) => [vendor.key, vendor] as const))('%s through the fault proxy', (key, vendor) => {
  describe.sequential('tests', () => {
    let proxy: FaultProxy;
    const operations = operationCaller(vendor);
    const example = (call: VendorCall) => operations.sample(call.operationId)?.expected.example;
    const { read, write } = vendor.descriptor;
    // A write the vendor de-duplicates is safe to retry; any other must never be repeated.
    const deduplicated = writeIsDeduplicated(vendor);

    beforeAll(async () => {
      proxy = await startFaultProxy(inject('prismUrls')[key] ?? '');
    });
    afterAll(async () => proxy.stop());

    beforeEach(() => proxy.reset());

    /** When the client handed each attempt of the last call to its fetch (epoch ms). */
    let sent: number[] = [];

    function call(made: VendorCall, options: Record<string, unknown> = {}) {
      const attempt = callThroughProxy(vendor, proxy.url, made, options);
      sent = attempt.sent;
      return attempt.outcome;
    }

    const writesUpstream = () => [...proxy.upstreamWrites.values()].reduce((sum, count) => sum + count, 0);

    it('retries a read through a 503 and a 502 HTML error page, then succeeds', async () => {
      proxy.script({ kind: 'respond', status: 503, headers: { 'retry-after': '0' }, body: '{}' }, { kind: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: html500 });
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
      const result = await call(read);
      expect(result.data).toEqual(example(read));
      expect(proxy.requests.map((request) => request.step)).toEqual(['respond', 'forward']);
      // The wait starts when the 429 arrives, after the first send: the retry leaves 150 ms on, not much later.
      const [first = 0, second = 0] = sent;
      expectAround(second, first + 150, 'the retry after retry-after-ms: 150');
    });

    it('gives up after maxRetries with a typed, retryable ServerError that counts its attempts', async () => {
      proxy.script(...Array.from({ length: 3 }, () => ({ kind: 'respond' as const, status: 500, body: '{}' })));
      const error = await failure<ApiError>(call(read));
      expect(error).toBeInstanceOf(ServerError);
      expect({ name: error.name, status: error.status, retryable: error.retryable, attempts: error.attempts }).toEqual({ name: 'ServerError', status: 500, retryable: true, attempts: 3 });
      expect(proxy.requests.map((request) => request.step)).toEqual(['respond', 'respond', 'respond']);
    });

    it('times out a hanging attempt, retries, and succeeds', async () => {
      proxy.script({ kind: 'hang' });
      const result = await call(read, { timeoutMs: 300 });
      expect(result.data).toEqual(example(read));
      expect(proxy.requests.map((request) => request.step)).toEqual(['hang', 'forward']);
      // The hang ends at the 300 ms timeout; the retry follows after a FAST_RETRY backoff (5-20 ms).
      const [first = 0, second = 0] = sent;
      expectAround(second, first + 300, 'the retry after the attempt timeout', TIMER_BEFORE_SEND_MS);
    });

    it('stops at the overall deadline across attempts', async () => {
      proxy.script({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
      const started = Date.now();
      const error = await failure<TimeoutError>(call(read, { timeoutMs: 250, deadlineMs: 400 }));
      const ended = Date.now();
      // Attempt 1 times out at 250 ms, attempt 2 leaves at ~255-270 ms and is cut by the deadline at
      // 400 ms: two attempts, and the error names the deadline, not the attempt's timeout.
      expect(error).toBeInstanceOf(TimeoutError);
      expect({ name: error.name, scope: error.scope, timeoutMs: error.timeoutMs, attempts: error.attempts, retryable: error.retryable }).toEqual({
        name: 'TimeoutError',
        scope: 'deadline',
        timeoutMs: 400,
        attempts: 2,
        retryable: true,
      });
      expect(proxy.requests.map((request) => request.step)).toEqual(['hang', 'hang']);
      const [first = 0, second = 0] = sent;
      expectAround(second, first + 250, 'the retry after the attempt timeout', TIMER_BEFORE_SEND_MS);
      expectAround(ended, started + 400, 'the end of the call at the deadline');
    });

    if (!deduplicated)
      it('never repeats an unsafe write: not after a 503, not after a reset once it was applied', async () => {
        proxy.script({ kind: 'respond', status: 503, body: '{}' });
        const refused = await failure<ApiError>(call(write));
        expect(refused).toBeInstanceOf(ServerError);
        // Retryable in itself, but not for this operation: one attempt, nothing written.
        expect({ status: refused.status, retryable: refused.retryable, attempts: refused.attempts }).toEqual({ status: 503, retryable: true, attempts: 1 });
        expect(proxy.requests).toHaveLength(1);
        expect(writesUpstream()).toBe(0);

        proxy.reset();
        proxy.script({ kind: 'forward-then-reset' });
        const cut = await failure<ApiError>(call(write));
        expect(cut).toBeInstanceOf(ConnectionError);
        expect({ status: cut.status, retryable: cut.retryable, attempts: cut.attempts }).toEqual({ status: undefined, retryable: true, attempts: 1 });
        expect(proxy.requests).toHaveLength(1);
        expect(writesUpstream()).toBe(1);
      });

    if (deduplicated)
      it('repeats a de-duplicated write byte for byte, so the vendor applies it once', async () => {
        proxy.script({ kind: 'forward-then-reset' });
        const result = await call(write);
        expect(result.data).toEqual(example(write));
        expect(proxy.requests.map((request) => request.step)).toEqual(['forward-then-reset', 'forward']);
        const [first, second] = proxy.requests;
        expect(first?.body).toBeTruthy();
        expect(second?.body).toBe(first?.body);
        expect(second?.headers).toEqual(first?.headers);
        expect(writesUpstream()).toBe(2);
      });
  });
});

// Header pacing, for each vendor whose spec declares the x-ratelimit-* family.
const pacedByHeaders = vendors.filter((vendor) => vendor.descriptor.api.policy.rateLimit?.headers === 'x-ratelimit');

describe.each(pacedByHeaders.map((vendor) => [vendor.key, vendor] as const))('%s pacing through the fault proxy', (key, vendor: Vendor) => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(inject('prismUrls')[key] ?? '');
  });
  afterAll(async () => proxy.stop());

  it('holds the next request until x-ratelimit-reset once x-ratelimit-remaining reaches 0, before any 429', async () => {
    const sent: number[] = [];
    const timedFetch = (request: Request) => {
      sent.push(Date.now());
      return fetch(request);
    };
    const operations = operationCaller(vendor);
    const { read } = vendor.descriptor;
    const client = createContractClient(vendor, proxy.url, timedFetch, { pacing: { headers: 'x-ratelimit' }, throwOnError: true });
    const resetAt = Math.ceil(Date.now() / 1000) + 1;
    proxy.script({
      kind: 'respond',
      status: 200,
      headers: { 'x-ratelimit-limit': '3600', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(resetAt) },
      body: JSON.stringify(operations.sample(read.operationId)?.expected.example),
    });
    await operations.call(client, read);
    await operations.call(client, read);
    expect(proxy.requests.map((request) => request.step)).toEqual(['respond', 'forward']);
    // The first left at once; the second no earlier than the reset instant (1-2 s later), and not much after it.
    const [first = 0, second = 0] = sent;
    expect(resetAt * 1000 - first).toBeGreaterThanOrEqual(1000 - LATE_MS);
    expectAround(second, resetAt * 1000, 'the request after x-ratelimit-remaining: 0');
  });
});
