// The cases the shared suites run on every vendor, as functions, so that the suites and the
// test that adds a sixth vendor run the very same code: a contract case (one operation through
// the wrapper against Prism) and a call through the fault proxy.
import { expect } from 'vitest';
import { createContractClient, FAST_RETRY, operationCaller, violationCheckingFetch } from './contract-clients.js';
import type { OperationSample } from './request-samples.js';
import type { Vendor, VendorCall } from './vendors.js';

/**
 * Calls one operation with its spec sample through the vendor's wrapper against Prism (request
 * validation on): no error, no violation, the spec's 2xx status and example. Returns the status.
 */
export async function expectSpecExample(vendor: Vendor, prismUrl: string, sample: OperationSample): Promise<number> {
  const exchanges: Parameters<typeof violationCheckingFetch>[0] = [];
  const client = createContractClient(vendor, prismUrl, violationCheckingFetch(exchanges));
  const textual = sample.expected.mediaType !== null && !sample.expected.mediaType.includes('json');
  const result = await operationCaller(vendor).invoke(client, sample.operationId, textual ? { parseAs: 'text' } : {});
  expect(result?.error).toBeUndefined();
  expect(exchanges.map((exchange) => exchange.violations)).toEqual([null]);
  expect(result?.response.status).toBe(sample.expected.status);
  if (sample.expected.example !== undefined) expect(result?.data).toEqual(sample.expected.example);
  return result?.response.status ?? 0;
}

/**
 * Makes a descriptor call through the fault proxy in throwing mode, with the fault suites' short
 * retry waits; `sent` fills with when each attempt was handed to fetch (epoch ms).
 */
export function callThroughProxy(vendor: Vendor, proxyUrl: string, call: VendorCall, options: Record<string, unknown> = {}) {
  const sent: number[] = [];
  const timedFetch = (request: Request) => {
    sent.push(Date.now());
    return fetch(request);
  };
  const client = createContractClient(vendor, proxyUrl, timedFetch, { retry: FAST_RETRY, throwOnError: true, ...options });
  return { sent, outcome: operationCaller(vendor).call(client, call) as Promise<{ data: unknown }> };
}
