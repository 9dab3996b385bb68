// This wrapper as data (the contract's VendorDescriptor), for the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml; test/support/vendors.ts checks each one it loads.
import type { VendorDescriptor } from '@specsmith/core/contract';
import { api } from '@specsmith/xtremepush-api';
import { createXtremepushClient, type XtremepushClientOptions } from './client.js';

export const descriptor: VendorDescriptor<XtremepushClientOptions> = {
  vendor: 'xtremepush',
  title: 'Xtremepush',
  create: createXtremepushClient,
  api,
  exampleOptions: { appToken: { env: 'XTREMEPUSH_APP_TOKEN' }, region: 'eu' },
  testCredentials: (secret) => ({ appToken: secret }),
  secretOptions: ['appToken'],
  read: { operationId: 'listCampaigns', init: { body: { limit: 10 } } },
  write: { operationId: 'sendCampaign', init: { body: { id: 48213 } } },
  errors: {
    // Prism's 400 example for a body it rejects names the App Token; `limit` must be at least 1.
    invalid: {
      operationId: 'listCampaigns',
      init: { body: { limit: 0 } },
      expected: { name: 'ValidationError', status: 400, code: 400, codeName: 'BadRequest', fieldErrors: [{ field: 'apptoken', message: 'The apptoken field is required.' }], retryable: false },
    },
    documented: {
      operationId: 'getCampaignInfo',
      init: { body: { id: 1 } },
      expected: { name: 'AuthenticationError', status: 401, code: 401, codeName: 'Unauthorized', fieldErrors: [], retryable: false },
    },
  },
  failuresInside200: [
    {
      kind: '{code: 500, success: false} (InternalServerError, retryable)',
      body: JSON.stringify({ code: 500, success: false, message: 'Internal error', errors: {} }),
      read: { attempts: 2, upstream: 1, error: null },
      // The envelope's code mirrors the HTTP status: a ServerError, retryable, but not for a write.
      write: { attempts: 1, upstream: 0, error: { name: 'ServerError', retryable: true, status: 200, code: 500, codeName: 'InternalServerError' } },
    },
  ],
};
