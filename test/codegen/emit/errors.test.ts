import { describe, expect, it } from 'vitest';
import { emitErrors } from '../../../codegen/src/emit/errors.js';
import type { ApiModel } from '../../../codegen/src/model/api-model.js';

const emptyModel: ApiModel = {
  title: 'Vendor',
  version: '1',
  description: '',
  servers: [],
  securitySchemes: {},
  operations: [],
  resources: [],
  errorCatalogue: null,
  policy: { bodyToken: null, retry: null, rateLimit: null },
};

describe('emitErrors', () => {
  it.each([
    {
      description: 'no catalogue gives an empty enum and a null catalogue',
      catalogue: null,
      want: ['export const ErrorCode = {} as const;', 'export const errorCodeInfo = {} as const satisfies Record<ErrorCode, ErrorCodeInfo>;', 'export const errorCatalogue = null;'],
    },
    {
      description: 'numeric codes read from the HTTP status',
      catalogue: { in: 'status' as const, message: 'message', codes: [{ code: 429, name: 'TooManyRequests', status: 429, retryable: true, description: 'Slow down.' }] },
      want: [
        '  /** Slow down. (HTTP 429, retryable) */',
        '  TooManyRequests: 429,',
        "  429: { name: 'TooManyRequests', status: 429, retryable: true, description: 'Slow down.' },",
        "export const errorCatalogue = { in: 'status', message: 'message' } as const satisfies ErrorCatalogue;",
      ],
    },
    {
      description: 'string codes from a body field, with a success marker and quotes escaped',
      catalogue: {
        in: 'body' as const,
        field: 'type',
        success: { field: 'error', equals: 0 },
        codes: [{ code: 'NOT-FOUND', name: 'NotFound', status: 404, retryable: false, description: "It's gone */" }],
      },
      want: [
        "  /** It's gone *\\/ (HTTP 404) */",
        "  NotFound: 'NOT-FOUND',",
        "  'NOT-FOUND': { name: 'NotFound', status: 404, retryable: false, description: 'It\\'s gone */' },",
        "export const errorCatalogue = { in: 'body', field: 'type', success: { field: 'error', equals: 0 } } as const satisfies ErrorCatalogue;",
      ],
    },
  ])('$description', ({ catalogue, want }) => {
    const text = emitErrors({ ...emptyModel, errorCatalogue: catalogue }, '// header');
    const lines = text.split('\n');
    expect(lines[0]).toBe('// header');
    expect(lines[1]).toBe("import type { ErrorCatalogue, ErrorCodeInfo } from '@specsmith/core/contract';");
    for (const line of want) expect(lines).toContain(line);
    expect(text).toContain('export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];');
  });
});
