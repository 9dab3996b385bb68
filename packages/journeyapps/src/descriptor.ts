// This wrapper as data (the contract's VendorDescriptor), for the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml; test/support/vendors.ts checks each one it loads.
import type { VendorDescriptor } from '@specsmith/core/contract';
import { api } from '@specsmith/journeyapps-api';
import { createJourneyappsClient, type JourneyappsClientOptions } from './client.js';

const task = { model: 'task', id: '3ad8b1f4-8f1e-4b0a-9c53-0d3c2a6f7e11' };

export const descriptor: VendorDescriptor<JourneyappsClientOptions> = {
  vendor: 'journeyapps',
  title: 'JourneyApps',
  create: createJourneyappsClient,
  api,
  exampleOptions: {
    backendDeploymentId: { env: 'JOURNEYAPPS_BACKEND_DEPLOYMENT_ID' },
    appDeploymentId: { env: 'JOURNEYAPPS_APP_DEPLOYMENT_ID' },
    token: { env: 'JOURNEYAPPS_TOKEN' },
  },
  // The backend deployment id is the Basic auth username, not a secret.
  testCredentials: (secret) => ({ backendDeploymentId: 'deployment', password: secret }),
  secretOptions: ['password'],
  read: { operationId: 'getObject', init: { params: { path: task } } },
  write: { operationId: 'createObject', init: { params: { path: { model: 'task' } }, body: { task: { name: 'Wash Dishes', status: 0, due_on: '2015-02-06' } } } },
  errors: {
    invalid: {
      operationId: 'listObjects',
      init: { params: { path: { model: 'task' }, query: { limit: 5000 } } },
      expected: { name: 'ValidationError', status: 422, code: 'INVALID_VALUE', codeName: 'InvalidValue', fieldErrors: [{ field: 'status', message: '7 is not a valid option' }], retryable: false },
    },
    documented: {
      operationId: 'getObject',
      init: { params: { path: task } },
      expected: { name: 'NotFoundError', status: 404, code: 'OBJECT_NOT_FOUND', codeName: 'ObjectNotFound', fieldErrors: [], retryable: false },
    },
  },
  failuresInside200: [],
};
