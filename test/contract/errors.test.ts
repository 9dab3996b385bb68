// Negative contract cases per vendor, through the wrapper against Prism: a request that
// breaks the spec surfaces as the typed ValidationError with the vendor's field errors, and
// a `Prefer: code=…` error response as the right error class with the vendor's code.
import { AuthenticationError, NotFoundError, ValidationError, type ApiError } from '@specsmith/core';
import { describe, expect, inject, it } from 'vitest';
import { createContractClient, type Vendor } from '../support/contract-clients.js';

type Call = (init?: unknown) => Promise<unknown>;
/** Throwing mode: the typed error is what the caller catches. */
const client = (vendor: Vendor) => createContractClient(vendor, inject('prismUrls')[vendor] ?? '', fetch, { throwOnError: true }) as Record<string, Record<string, Call>>;

async function failureOf(call: Promise<unknown> | undefined): Promise<unknown> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

function summary(error: unknown) {
  const failure = error as ApiError;
  return { name: failure.name, status: failure.status, code: failure.code, codeName: failure.codeName, fieldErrors: failure.fieldErrors, retryable: failure.retryable };
}

describe('a request that breaks the spec', () => {
  it.each([
    ['xtremepush', 'campaigns', 'list', { body: { limit: 0 } }],
    ['xurrent', 'requests', 'create', { body: { subject: 'VPN down' } }],
    ['altcraft', 'profiles', 'get', { body: { matching: 'email', email: 'jane@example.com' } }],
    ['xtrakit', 'sales', 'create', { body: { customer_id: 7 } }],
    ['journeyapps', 'objects', 'list', { params: { path: { model: 'task' }, query: { limit: 5000 } } }],
  ] as const)('%s %s.%s → ValidationError with field errors', async (vendor, resource, method, init) => {
    const error = await failureOf(client(vendor)[resource]?.[method]?.(init));
    expect(error).toBeInstanceOf(ValidationError);
    expect(summary(error)).toMatchSnapshot();
  });
});

describe('a Prefer: code=… error response', () => {
  it.each([
    ['xtremepush', 'campaigns', 'getInfo', { body: { id: 1 } }, 401, AuthenticationError],
    ['xurrent', 'requests', 'get', { params: { path: { id: 70453 } } }, 404, NotFoundError],
    ['altcraft', 'profiles', 'get', { body: { db_id: 1, matching: 'email', email: 'jane@example.com' } }, 401, AuthenticationError],
    ['xtrakit', 'sales', 'get', { params: { path: { id: 104522 } } }, 404, NotFoundError],
    ['journeyapps', 'objects', 'get', { params: { path: { model: 'task', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } } }, 404, NotFoundError],
  ] as const)('%s %s.%s with Prefer: code', async (vendor, resource, method, init, status, errorClass) => {
    const error = await failureOf(client(vendor)[resource]?.[method]?.({ ...init, headers: { Prefer: `code=${status}` } }));
    expect(error).toBeInstanceOf(errorClass);
    expect(summary(error)).toMatchSnapshot();
  });
});
