// Compile-time checks of createClient(api, options) on a generated package (Xurrent's, without its
// wrapper): typed results, throw mode from `throwOnError: true`, typed pagination and errors.
// `types.test.ts` runs tsc on this file; nothing here runs.
import { createClient } from '@specsmith/core';
import type { ApiClient, ApiError, ClientOf } from '@specsmith/core';
import { api } from '@specsmith/xurrent-api';
import type { ErrorCode, operationTable, paths, Resources } from '@specsmith/xurrent-api';
import { expectTypeOf } from 'vitest';

export async function resultMode() {
  const client = createClient(api, { baseUrl: 'https://api.xurrent.com/v1', token: 't' });
  expectTypeOf(client).toEqualTypeOf<ApiClient<Resources, typeof operationTable, paths, ErrorCode, 'result'>>();
  const result = await client.requests.get({ params: { path: { id: 1 } } });
  if (result.error) {
    expectTypeOf(client.errorOf(result)).toEqualTypeOf<ApiError<ErrorCode> | undefined>();
    return;
  }
  expectTypeOf(result.data.id).toEqualTypeOf<number>();
}

export async function throwMode() {
  const client = createClient(api, { baseUrl: 'https://api.xurrent.com/v1', token: 't', throwOnError: true });
  expectTypeOf(client).toEqualTypeOf<ClientOf<typeof api, { throwOnError: true }>>();
  const { data } = await client.requests.get({ params: { path: { id: 1 } } });
  expectTypeOf(data.id).toEqualTypeOf<number>();
  for await (const request of client.paginate('listRequests')) expectTypeOf(request.id).toEqualTypeOf<number>();
}

export function options() {
  // @ts-expect-error baseUrl is required: the generic client has no vendor to pick a host
  createClient(api, { token: 't' });
  // @ts-expect-error auth takes core's Auth, not a bare string
  createClient(api, { baseUrl: 'https://api.xurrent.com/v1', auth: 't' });
  // @ts-expect-error only operations with x-pagination
  createClient(api, { baseUrl: 'https://api.xurrent.com/v1' }).paginate('getRequest');
}
