// The fault matrix: 13 fault kinds × every vendor in redocly.yaml, each played by the fault
// proxy in front of the vendor's Prism mock, once against its descriptor's read and once
// against its write, plus the failures the vendor reports inside a 200 (its descriptor's). Every case has one explicit expected outcome, written out
// below per (fault, safety class) rather than computed from the retry rules: attempts made,
// requests that reached the upstream (for a write: writes applied), and the error by class
// name and its key facts. Most faults are played without forwarding (respond, reset,
// reset-mid-body, hang), so the upstream count alone could never catch a repeated write;
// the attempt count does.
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createContractClient, FAST_RETRY, operationCaller } from '../support/contract-clients.js';
import { html500, startFaultProxy, type FaultProxy, type FaultStep } from '../support/fault-proxy.js';
import { loadVendors, writeIsDeduplicated, type VendorCall } from '../support/vendors.js';

const vendors = (await loadVendors()).map((vendor) => [vendor.key, vendor] as const);

/**
 * The three ways an operation can be safe or not to repeat:
 * - `safe read`: GET, or a POST read marked `x-idempotent: true` (where every call is a POST);
 * - `unsafe write`: a POST without `x-idempotent` (retried only where nothing reached the
 *   server's logic: a 429 with Retry-After);
 * - `deduplicated write`: a write the spec marks `x-idempotent: true` because the vendor
 *   ignores a byte-identical repeat for a while (the proxy still counts each arrival upstream).
 */
type Safety = 'safe read' | 'unsafe write' | 'deduplicated write';

/** The per-attempt timeout under the hang fault (it waits it out once; the forwarded retry must fit in it too). */
const TIMEOUT_MS = 500;
/** The per-attempt timeout under every other fault: long enough that a slow Prism never adds an attempt. */
const SLOW_UPSTREAM_MS = 5000;
/** How much later than asked a retry may leave (timers, a loaded 2-core machine). */
const LATE_MS = 250;
/** Timers may fire a millisecond or two before the instant. */
const EARLY_MS = 5;

interface ExpectedError {
  /** The class, by name: ServerError, ConnectionError, TimeoutError, ApiError, … */
  readonly name: string;
  readonly retryable: boolean;
  /** The HTTP status the error carries (undefined: none arrived, or the error has none). */
  readonly status?: number | undefined;
  readonly scope?: 'attempt' | 'deadline';
  readonly code?: number | string;
  readonly codeName?: string;
}

interface Expected {
  readonly attempts: number;
  /** Requests that reached the upstream; for a write, writes the upstream applied (or received). */
  readonly upstream: number;
  /** null: the call succeeds. */
  readonly error: ExpectedError | null;
}

const ok = (attempts: number, upstream: number): Expected => ({ attempts, upstream, error: null });
const failed = (attempts: number, upstream: number, error: ExpectedError): Expected => ({ attempts, upstream, error });

interface Fault {
  readonly kind: string;
  /** The proxy step for the first attempt; the ones after it are forwarded. */
  readonly step: () => {
    readonly step: FaultStep;
    /** When the retry is due, from the first attempt's send (absent: not timed, a short backoff). */
    readonly retryAt?: (firstSent: number) => number;
    /** How much earlier than `retryAt` the retry may leave (default EARLY_MS). */
    readonly earlyMs?: number;
  };
  /** The per-attempt timeout of the call (default SLOW_UPSTREAM_MS). */
  readonly timeoutMs?: number;
  readonly expected: Readonly<Record<Safety, Expected>>;
}

const httpDate = (epochMs: number) => new Date(epochMs).toUTCString();

// One row per fault; one expectation per safety class. A retried call makes 2 attempts (the
// fault, then the forwarded request); a call that is not retried makes 1.
const FAULTS: readonly Fault[] = [
  {
    kind: 'reset before response',
    step: () => ({ step: { kind: 'reset' } }),
    expected: {
      'safe read': ok(2, 1),
      // The request was sent (not ECONNREFUSED): the server may have acted on it.
      'unsafe write': failed(1, 0, { name: 'ConnectionError', retryable: true }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: 'reset mid-body',
    step: () => ({ step: { kind: 'reset-mid-body' } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ConnectionError', retryable: true }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: 'attempt timeout',
    // The retry leaves once the first attempt's timeout ended it (plus a backoff of 5-20 ms). The
    // timer starts just before the first send; on a busy machine that can be tens of ms before.
    step: () => ({ step: { kind: 'hang' }, retryAt: (first) => first + TIMEOUT_MS, earlyMs: 50 }),
    timeoutMs: TIMEOUT_MS,
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'TimeoutError', retryable: true, scope: 'attempt' }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '500',
    step: () => ({ step: { kind: 'respond', status: 500, body: '{}' } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ServerError', retryable: true, status: 500 }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '502',
    step: () => ({ step: { kind: 'respond', status: 502, body: '{}' } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ServerError', retryable: true, status: 502 }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '503',
    step: () => ({ step: { kind: 'respond', status: 503, body: '{}' } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ServerError', retryable: true, status: 503 }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '504',
    step: () => ({ step: { kind: 'respond', status: 504, body: '{}' } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ServerError', retryable: true, status: 504 }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '429 Retry-After seconds',
    step: () => ({ step: { kind: 'respond', status: 429, headers: { 'retry-after': '1' }, body: '{}' }, retryAt: (first) => first + 1000 }),
    expected: {
      'safe read': ok(2, 1),
      // A 429 with Retry-After: the server refused without acting and asked to be asked again.
      'unsafe write': ok(2, 1),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: '429 Retry-After HTTP-date',
    step: () => {
      // An HTTP date has whole seconds: the next whole second at least 500 ms away.
      const at = Math.ceil((Date.now() + 500) / 1000) * 1000;
      return { step: { kind: 'respond', status: 429, headers: { 'retry-after': httpDate(at) }, body: '{}' }, retryAt: () => at };
    },
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': ok(2, 1),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: 'HTML error page',
    step: () => ({ step: { kind: 'respond', status: 502, headers: { 'content-type': 'text/html' }, body: html500 } }),
    expected: {
      'safe read': ok(2, 1),
      'unsafe write': failed(1, 0, { name: 'ServerError', retryable: true, status: 502 }),
      'deduplicated write': ok(2, 1),
    },
  },
  {
    kind: 'invalid JSON',
    // The same request would get the same body: never retried, whatever the operation.
    step: () => ({ step: { kind: 'respond', status: 200, body: '{"id": 1, "subj' } }),
    // ApiError.status is "undefined when no response arrived"; here one did (HTTP 200).
    expected: {
      'safe read': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
      'unsafe write': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
      'deduplicated write': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
    },
  },
  {
    kind: 'empty body',
    // A 200 without the body the spec promises is not reported as done, and not retried.
    step: () => ({ step: { kind: 'respond', status: 200, body: '' } }),
    expected: {
      'safe read': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
      'unsafe write': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
      'deduplicated write': failed(1, 0, { name: 'ApiError', retryable: false, status: 200 }),
    },
  },
  {
    kind: 'write applied, then reset',
    step: () => ({ step: { kind: 'forward-then-reset' } }),
    expected: {
      'safe read': ok(2, 2),
      // Applied once, and not repeated: the client cannot know it was applied.
      'unsafe write': failed(1, 1, { name: 'ConnectionError', retryable: true }),
      // Sent twice, byte for byte; the vendor applies the repeat once (retries.test.ts checks the bytes).
      'deduplicated write': ok(2, 2),
    },
  },
];

interface Outcome {
  /** When the client handed each attempt to its fetch (epoch ms). */
  readonly sent: readonly number[];
  readonly attempts: number;
  readonly upstream: number;
  readonly error: (ExpectedError & { readonly attempts: number }) | null;
}

// The vendors run side by side (each has its own proxy and Prism); one vendor's cases run in order.
describe.concurrent.each(vendors)('%s fault matrix', (key, vendor) => {
  describe.sequential('cases', () => {
    let proxy: FaultProxy;
    const operations = operationCaller(vendor);
    const { read, write } = vendor.descriptor;
    const writeSafety: Safety = writeIsDeduplicated(vendor) ? 'deduplicated write' : 'unsafe write';
    beforeAll(async () => {
      const prism = inject('prismUrls')[key] ?? '';
      proxy = await startFaultProxy(prism);
      // Prism's first answers are slow (hundreds of ms): warm it up, so the forwarded retry after
      // a hang fits in the short attempt timeout.
      const direct = createContractClient(vendor, prism, (request) => fetch(request), { throwOnError: true });
      await operations.call(direct, read);
      await operations.call(direct, write);
    });
    afterAll(async () => proxy.stop());
    beforeEach(() => proxy.reset());

    /** `withCode`: also the vendor code and its name (the generic rows leave them out: each catalogue has its own). */
    async function outcome(call: VendorCall, isWrite: boolean, { timeoutMs = SLOW_UPSTREAM_MS, withCode = false } = {}): Promise<Outcome> {
      const sent: number[] = [];
      const timedFetch = (request: Request) => {
        sent.push(Date.now());
        return fetch(request);
      };
      const client = createContractClient(vendor, proxy.url, timedFetch, { retry: FAST_RETRY, timeoutMs, throwOnError: true });
      let error: Outcome['error'] = null;
      try {
        await operations.call(client, call);
      } catch (thrown) {
        const failure = thrown as ExpectedError & { attempts: number; scope?: 'attempt' | 'deadline' };
        error = {
          name: failure.name,
          retryable: failure.retryable,
          status: failure.status,
          attempts: failure.attempts,
          ...(failure.scope !== undefined ? { scope: failure.scope } : {}),
          ...(withCode ? { code: failure.code, codeName: failure.codeName } : {}),
        };
      }
      const reached = proxy.requests.filter((request) => request.step === 'forward' || request.step === 'forward-then-reset').length;
      if (isWrite) {
        // Every request of a write is a POST, so each one that reached the upstream is a write there.
        const writes = [...proxy.upstreamWrites.values()].reduce((sum, count) => sum + count, 0);
        expect(writes, 'writes counted upstream').toBe(reached);
      }
      expect(sent, 'attempts the client sent').toHaveLength(proxy.requests.length);
      return { sent, attempts: proxy.requests.length, upstream: reached, error };
    }

    const expectOutcome = ({ sent: _sent, ...actual }: Outcome, expected: Expected) => {
      const expectedError = expected.error === null ? null : { status: undefined, ...expected.error, attempts: expected.attempts };
      expect(actual).toEqual({ attempts: expected.attempts, upstream: expected.upstream, error: expectedError });
    };

    /** A retry the server timed (Retry-After) or the timeout timed leaves at that instant, not much later. */
    const expectRetryAt = ({ sent: [first = 0, second = 0] }: Outcome, played: ReturnType<Fault['step']>, expected: Expected) => {
      if (!played.retryAt || expected.attempts < 2) return;
      const late = second - played.retryAt(first);
      expect(late, 'second attempt sent this long after its due time (ms)').toBeGreaterThanOrEqual(-(played.earlyMs ?? EARLY_MS));
      expect(late, 'second attempt sent this long after its due time (ms)').toBeLessThanOrEqual(LATE_MS);
    };

    it.each(FAULTS)('read under "$kind"', async ({ step, timeoutMs, expected }) => {
      const played = step();
      proxy.script(played.step);
      const result = await outcome(read, false, timeoutMs ? { timeoutMs } : {});
      expectOutcome(result, expected['safe read']);
      expectRetryAt(result, played, expected['safe read']);
    });

    it.each(FAULTS)('write under "$kind": the outcome its safety class allows', async ({ step, timeoutMs, expected }) => {
      const played = step();
      proxy.script(played.step);
      const result = await outcome(write, true, timeoutMs ? { timeoutMs } : {});
      expectOutcome(result, expected[writeSafety]);
      expectRetryAt(result, played, expected[writeSafety]);
    });

    // A vendor that never reports a failure inside a 200 lists none.
    const inside200 = vendor.descriptor.failuresInside200;
    if (inside200.length > 0) {
      it.each(inside200)('read under a 200 with $kind', async ({ body, read: expected }) => {
        proxy.script({ kind: 'respond', status: 200, body });
        expectOutcome(await outcome(read, false, { withCode: true }), expected);
      });

      it.each(inside200)('write under a 200 with $kind', async ({ body, write: expected }) => {
        proxy.script({ kind: 'respond', status: 200, body });
        expectOutcome(await outcome(write, true, { withCode: true }), expected);
      });
    }
  });
});
