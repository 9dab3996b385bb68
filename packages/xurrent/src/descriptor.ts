// This wrapper as data (the contract's VendorDescriptor), for the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml; test/support/vendors.ts checks each one it loads.
import type { VendorDescriptor } from '@specsmith/core/contract';
import { api } from '@specsmith/xurrent-api';
import { createXurrentClient, type XurrentClientOptions } from './client.js';

export const descriptor: VendorDescriptor<XurrentClientOptions> = {
  vendor: 'xurrent',
  title: 'Xurrent',
  create: createXurrentClient,
  api,
  exampleOptions: { token: { env: 'XURRENT_TOKEN' }, account: { env: 'XURRENT_ACCOUNT' } },
  testCredentials: (secret) => ({ token: secret, account: 'widget' }),
  secretOptions: ['token'],
  read: { operationId: 'getRequest', init: { params: { path: { id: 70453 } } } },
  write: {
    operationId: 'createRequest',
    init: { body: { subject: 'Unable to connect to the VPN from home', category: 'incident', impact: 'medium', service_instance_id: 7, requested_for_id: 6 } },
  },
  errors: {
    invalid: {
      operationId: 'createRequest',
      init: { body: { subject: 'VPN down' } },
      expected: {
        name: 'ValidationError',
        status: 422,
        code: 422,
        codeName: 'ValidationFailed',
        fieldErrors: [
          { field: 'subject', message: "Subject can't be blank" },
          { field: 'category', message: "Category can't be blank" },
        ],
        retryable: false,
      },
    },
    documented: {
      operationId: 'getRequest',
      init: { params: { path: { id: 70453 } } },
      expected: { name: 'NotFoundError', status: 404, code: 404, codeName: 'NotFound', fieldErrors: [], retryable: false },
    },
  },
  failuresInside200: [],
};
