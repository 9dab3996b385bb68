// This wrapper as data (the contract's VendorDescriptor), for the suites, benchmarks and docs
// samples that take the vendors from redocly.yaml; test/support/vendors.ts checks each one it loads.
import type { VendorDescriptor } from '@specsmith/core/contract';
import { api } from '@specsmith/xtrakit-api';
import { createXtrakitClient, type XtrakitClientOptions } from './client.js';

export const descriptor: VendorDescriptor<XtrakitClientOptions> = {
  vendor: 'xtrakit',
  title: 'XtraKit',
  create: createXtrakitClient,
  api,
  exampleOptions: { apiKey: { env: 'XTRAKIT_API_KEY' } },
  testCredentials: (secret) => ({ apiKey: secret }),
  secretOptions: ['apiKey'],
  read: { operationId: 'getSale', init: { params: { path: { invoice_code: '104522' } } } },
  write: {
    operationId: 'createSale',
    init: {
      body: {
        invoice_code: '104522',
        invoice_number: '104522',
        customer_id: 7,
        sub_total_amount: '150.00',
        total_amount: '140.00',
        amount_paid: '140.00',
        discount: '10.00',
        invoice_type: 'main',
        invoice_colour: '#FFFFFF',
        invoice_note: 'Thank you for your business.',
        invoice_terms: 'Payment due within 14 days.',
        payment_type: 'Mobile Money',
        payment_date: '2024-03-14',
      },
    },
  },
  errors: {
    invalid: {
      operationId: 'createSale',
      init: { body: { customer_id: 7 } },
      expected: { name: 'ValidationError', status: 400, code: 400, codeName: 'BadRequest', fieldErrors: [], retryable: false },
    },
    documented: {
      operationId: 'getSale',
      init: { params: { path: { invoice_code: '104522' } } },
      expected: { name: 'NotFoundError', status: 404, code: 404, codeName: 'NotFound', fieldErrors: [], retryable: false },
    },
  },
  failuresInside200: [],
};
