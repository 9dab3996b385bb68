// The fault matrix: 14 fault kinds × 5 vendors, each played by the fault proxy in front of
// the vendor's Prism mock, once against a read and once against a write. Reads must come
// back (retried where the fault is transient, a typed error where it is not); writes must
// never be applied twice, and a write reported as done must have been applied exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createContractClient, FAST_RETRY, operationCaller, type Vendor } from '../support/contract-clients.js';
import { html500, startFaultProxy, type FaultProxy, type FaultStep } from '../support/fault-proxy.js';

const httpDateIn = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

/** Each fault kind: the proxy step for the first attempt, and whether a retry of a read should follow. */
const FAULTS: readonly { readonly kind: string; readonly step: () => FaultStep; readonly transient: boolean }[] = [
  { kind: 'reset before response', step: () => ({ kind: 'reset' }), transient: true },
  { kind: 'reset mid-body', step: () => ({ kind: 'reset-mid-body' }), transient: true },
  { kind: 'attempt timeout', step: () => ({ kind: 'hang' }), transient: true },
  { kind: '500', step: () => ({ kind: 'respond', status: 500, body: '{}' }), transient: true },
  { kind: '502', step: () => ({ kind: 'respond', status: 502, body: '{}' }), transient: true },
  { kind: '503', step: () => ({ kind: 'respond', status: 503, body: '{}' }), transient: true },
  { kind: '504', step: () => ({ kind: 'respond', status: 504, body: '{}' }), transient: true },
  { kind: '429 Retry-After seconds', step: () => ({ kind: 'respond', status: 429, headers: { 'retry-after': '1' }, body: '{}' }), transient: true },
  { kind: '429 Retry-After HTTP-date', step: () => ({ kind: 'respond', status: 429, headers: { 'retry-after': httpDateIn(1) }, body: '{}' }), transient: true },
  { kind: 'HTML error page', step: () => ({ kind: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: html500 }), transient: true },
  { kind: 'invalid JSON', step: () => ({ kind: 'respond', status: 200, body: '{"id": 1, "subj' }), transient: false },
  { kind: 'empty body', step: () => ({ kind: 'respond', status: 200, body: '' }), transient: false },
  { kind: 'write applied, then reset', step: () => ({ kind: 'forward-then-reset' }), transient: true },
  { kind: '200 with a body-level error', step: () => ({ kind: 'respond', status: 200, body: '' }), transient: true },
];

/** The body a vendor uses to report a retryable failure inside a 200 (null: the vendor has no such thing). */
const BODY_LEVEL_ERROR: Record<Vendor, string | null> = {
  xtremepush: JSON.stringify({ code: 500, success: false, message: 'Internal error', errors: {} }),
  xurrent: null,
  altcraft: JSON.stringify({ error: 413, error_text: 'Database is unavailable' }),
  xtrakit: null,
  journeyapps: null,
};

const OPERATIONS: Record<Vendor, { read: string; write: string }> = {
  xtremepush: { read: 'listCampaigns', write: 'sendCampaign' },
  xurrent: { read: 'getRequest', write: 'createRequest' },
  altcraft: { read: 'getProfile', write: 'addProfile' },
  xtrakit: { read: 'getSale', write: 'createSale' },
  journeyapps: { read: 'getObject', write: 'createObject' },
};

describe.each(Object.keys(OPERATIONS) as Vendor[])('%s fault matrix', (vendor) => {
  let proxy: FaultProxy;
  const operations = operationCaller(vendor);
  beforeAll(async () => {
    proxy = await startFaultProxy(inject('prismUrls')[vendor] ?? '');
  });
  afterAll(async () => proxy.stop());
  beforeEach(() => proxy.reset());

  async function outcome(operationId: string): Promise<{ ok: boolean; error: string | null; attempts: number; writes: number }> {
    const client = createContractClient(vendor, proxy.url, (request) => fetch(request), { retry: FAST_RETRY, timeoutMs: 300, throwOnError: true });
    let error: string | null = null;
    try {
      await operations.invoke(client, operationId);
    } catch (failure) {
      error = (failure as Error).name;
    }
    const writes = [...proxy.upstreamWrites.values()].reduce((sum, count) => sum + count, 0);
    return { ok: error === null, error, attempts: proxy.requests.length, writes };
  }

  const applicable = FAULTS.filter((fault) => fault.kind !== '200 with a body-level error' || BODY_LEVEL_ERROR[vendor] !== null);

  it.each(applicable)('read under "$kind"', async ({ kind, step, transient }) => {
    proxy.script(kind === '200 with a body-level error' ? { kind: 'respond', status: 200, body: BODY_LEVEL_ERROR[vendor] ?? '' } : step());
    const result = await outcome(OPERATIONS[vendor].read);
    if (transient) expect(result).toMatchObject({ ok: true, attempts: 2 });
    else expect(result).toMatchObject({ ok: false, error: 'ApiError', attempts: 1 });
  });

  it.each(applicable)('write under "$kind": never applied twice', async ({ kind, step }) => {
    proxy.script(kind === '200 with a body-level error' ? { kind: 'respond', status: 200, body: BODY_LEVEL_ERROR[vendor] ?? '' } : step());
    const result = await outcome(OPERATIONS[vendor].write);
    const deduplicating = vendor === 'altcraft';
    // A vendor that de-duplicates writes applies a byte-identical repeat once, so two arrivals are one write.
    expect(result.writes).toBeLessThanOrEqual(deduplicating ? 2 : 1);
    if (result.ok) expect(result.writes).toBeGreaterThanOrEqual(1);
  });
});
