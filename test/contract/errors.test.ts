// Negative contract cases per vendor, through the wrapper against Prism: a request that
// breaks the spec surfaces as the typed error with the vendor's field errors, and a
// `Prefer: code=…` error response as the right error class with the vendor's code. The cases
// and the errors they must raise are each wrapper's descriptor's (`errors`).
import { ApiError } from '@specsmith/core';
import { describe, expect, inject, it } from 'vitest';
import { createContractClient, operationCaller } from '../support/contract-clients.js';
import { loadVendors, type ExpectedError, type Vendor, type VendorCall } from '../support/vendors.js';

const vendors = (await loadVendors()).map((vendor) => [vendor.key, vendor] as const);

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

function summary(error: unknown): ExpectedError {
  const failure = error as ApiError;
  return { name: failure.name, status: failure.status, code: failure.code, codeName: failure.codeName, fieldErrors: failure.fieldErrors, retryable: failure.retryable } as ExpectedError;
}

/** Throwing mode: the typed error is what the caller catches. */
async function errorOf(vendor: Vendor, call: VendorCall, extra: Record<string, unknown> = {}) {
  const client = createContractClient(vendor, inject('prismUrls')[vendor.key] ?? '', fetch, { throwOnError: true });
  return failureOf(operationCaller(vendor).call(client, call, extra));
}

describe('a request that breaks the spec', () => {
  it.each(vendors)('%s → the error its descriptor names, with field errors', async (_, vendor) => {
    const { invalid } = vendor.descriptor.errors;
    const error = await errorOf(vendor, invalid);
    expect(error).toBeInstanceOf(ApiError);
    expect(summary(error)).toEqual(invalid.expected);
  });
});

describe('a Prefer: code=… error response', () => {
  it.each(vendors)('%s → the error its descriptor names for the documented status', async (_, vendor) => {
    const { documented } = vendor.descriptor.errors;
    const error = await errorOf(vendor, documented, { headers: { Prefer: `code=${documented.expected.status}` } });
    expect(error).toBeInstanceOf(ApiError);
    expect(summary(error)).toEqual(documented.expected);
  });
});
