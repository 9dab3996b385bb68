// The document layout (openapi-typescript's, which the client and core index into): paths
// with their parameters and methods, operations by operationId, request bodies, responses
// with headers, components, webhooks, and the named per-operation types.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emit } from './schema-text.js';

const DOCUMENT = {
  openapi: '3.1.0',
  paths: {
    '/pets/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }, { $ref: '#/components/parameters/Trace' }],
      get: {
        operationId: 'getPet',
        summary: 'Get a pet',
        parameters: [{ name: 'fields', in: 'query', schema: { type: 'string' }, description: 'Fields.' }],
        responses: {
          '200': { description: 'OK', headers: { 'x-rate': { schema: { type: 'integer' }, required: true } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
          '404': { $ref: '#/components/responses/NotFound' },
          default: { description: 'Other', content: { 'application/problem+json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } } },
        },
      },
      put: {
        operationId: 'update-pet',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } }, 'text/plain': { schema: { type: 'string' } } } },
        responses: { '204': { description: 'Done' } },
      },
      delete: { responses: {} },
    },
  },
  webhooks: { newPet: { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } }, responses: { '200': { description: 'OK' } } } } },
  components: {
    // GetPetData is a schema name, so the operation's Data type takes `Operation` before its suffix.
    schemas: { Pet: { type: 'object', properties: { id: { type: 'integer' } } }, GetPetData: { type: 'string' } },
    parameters: { Trace: { name: 'X-Trace', in: 'header', schema: { type: 'string' } } },
    responses: { NotFound: { description: 'Not found', content: { 'application/json': { schema: { type: 'object', properties: { message: { type: 'string' } } } } } } },
  },
  $defs: { Id: { type: 'string' } },
};

describe('emitSchemaTypes: the document', () => {
  it('lays the document out as openapi-typescript does, with named per-operation types after it', () => {
    const want = readFileSync(new URL('./fixtures/document.ts.txt', import.meta.url), 'utf8');
    expect(emit(DOCUMENT).text).toBe(want);
  });

  it('writes an empty root as Record<string, never>', () => {
    expect(emit({ openapi: '3.1.0' }).text).toBe(
      '// header\nexport type paths = Record<string, never>;\nexport type webhooks = Record<string, never>;\nexport type components = Record<string, never>;\nexport type $defs = Record<string, never>;\nexport type operations = Record<string, never>;\n',
    );
  });

  it('a path parameter is required even when the spec does not say so', () => {
    const { text } = emit({ openapi: '3.1.0', paths: { '/a/{id}': { get: { parameters: [{ name: 'id', in: 'path', schema: { type: 'string' } }], responses: {} } } } });
    expect(text).toMatch(/ path: \{\n +id: string;\n/);
  });

  it('names the JSON media type of a body first, and gives no Data type for responses without a JSON body', () => {
    const { text } = emit({
      openapi: '3.1.0',
      paths: {
        '/a': {
          post: {
            operationId: 'send',
            requestBody: { content: { 'text/plain': { schema: { type: 'string' } }, 'application/vnd.api+json': { schema: { type: 'object' } } } },
            responses: { '200': { description: 'Text', content: { 'text/csv': { schema: { type: 'string' } } } } },
          },
        },
      },
    });
    expect(text.slice(text.indexOf('export type SendParameters'))).toBe(
      'export type SendParameters = operations["send"]["parameters"];\nexport type SendBody = NonNullable<operations["send"]["requestBody"]>["content"]["application/vnd.api+json"];\n',
    );
  });

  it("a response reused through #/paths carries its target's JSDoc, under the ref's own description", () => {
    const response = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'string' } } } });
    const { text } = emit({
      openapi: '3.1.0',
      paths: {
        '/a': { get: { operationId: 'a', responses: { '200': response('ok'), default: response('error') } } },
        '/b': { get: { operationId: 'b', responses: { '200': { $ref: '#/paths/~1a/get/responses/200', description: 'the copy' }, default: { $ref: '#/paths/~1a/get/responses/default' } } } },
      },
    });
    const b = text.slice(text.indexOf('    b: {'));
    expect(b).toContain('            /** @description the copy */\n            200: {');
    expect(b).toContain('            /** @description error */\n            default: {');
  });

  it('does not change the document it is given', () => {
    const document = structuredClone(DOCUMENT);
    emit(document);
    expect(document).toEqual(DOCUMENT);
  });
});
