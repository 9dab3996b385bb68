// x-token-prefix from a bearer scheme to the generated vendorPolicy, and nothing new for specs without one.
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../../codegen/src/emit/client.js';
import { buildApiModel } from '../../../codegen/src/model/api-model.js';

const base = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: { operationId: 'getA', tags: ['a'], responses: { '200': { description: 'ok' } } } } } };

function build(securitySchemes: Record<string, unknown>) {
  return buildApiModel({ ...base, components: { securitySchemes } }, '/spec.yaml').model;
}

const policyLine = (source: string) => source.split('\n').find((line) => line.startsWith('export const vendorPolicy'));

describe('x-token-prefix in the generator', () => {
  it("collects each bearer scheme's prefix by scheme name and emits it as vendorPolicy.tokenPrefixes", () => {
    const model = build({
      named: { type: 'http', scheme: 'bearer', 'x-token-prefix': 'O:' },
      plain: { type: 'http', scheme: 'bearer' },
      other: { type: 'http', scheme: 'bearer', 'x-token-prefix': 'pk_' },
    });
    expect(model.policy.tokenPrefixes).toEqual({ named: 'O:', other: 'pk_' });
    expect(policyLine(emitClient(model, '// header'))).toBe(
      "export const vendorPolicy = { bodyToken: null, retry: null, rateLimit: null, tokenPrefixes: { named: 'O:', other: 'pk_' } } as const satisfies VendorPolicy;",
    );
  });

  it('a spec without any prefix gets the vendorPolicy it always had', () => {
    const model = build({ bearerAuth: { type: 'http', scheme: 'bearer' } });
    expect('tokenPrefixes' in model.policy).toBe(false);
    expect(policyLine(emitClient(model, '// header'))).toBe('export const vendorPolicy = { bodyToken: null, retry: null, rateLimit: null } as const satisfies VendorPolicy;');
  });
});
