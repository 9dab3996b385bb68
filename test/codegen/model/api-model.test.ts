import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../../codegen/src/model/api-model.js';

const base = { openapi: '3.1.0', info: { title: 'T', version: '1' } };
const ok = { '200': { description: 'ok' } };

function model(document: Record<string, unknown>) {
  return buildApiModel({ ...base, ...document }, '/spec.yaml');
}

describe('buildApiModel', () => {
  it('infers idempotency from the method unless x-idempotent says otherwise', () => {
    const { model: api } = model({
      paths: {
        '/a': {
          get: { operationId: 'getA', tags: ['a'], responses: ok },
          post: { operationId: 'createA', tags: ['a'], responses: ok },
          put: { operationId: 'replaceA', tags: ['a'], 'x-idempotent': false, responses: ok },
          patch: { operationId: 'listAs', tags: ['a'], 'x-idempotent': true, responses: ok },
        },
      },
    });
    expect(api.operations.map((operation) => [operation.operationId, operation.idempotent])).toEqual([
      ['getA', true],
      ['replaceA', false],
      ['createA', false],
      ['listAs', true],
    ]);
  });

  it('requires an init when a path parameter, a required parameter or a required body exists', () => {
    const { model: api } = model({
      paths: {
        '/a/{id}': { get: { operationId: 'getA', parameters: [{ name: 'id', in: 'path', required: true }], responses: ok } },
        '/b': { get: { operationId: 'getB', parameters: [{ name: 'q', in: 'query' }], responses: ok } },
        '/c': { get: { operationId: 'getC', parameters: [{ name: 'q', in: 'query', required: true }], responses: ok } },
        '/d': { post: { operationId: 'postD', requestBody: { required: true, content: { 'application/json': { schema: {} } } }, responses: ok } },
      },
    });
    expect(api.operations.map((operation) => [operation.operationId, operation.initRequired])).toEqual([
      ['getA', true],
      ['getB', false],
      ['getC', true],
      ['postD', true],
    ]);
  });

  it('makes the body optional when the body token the runtime injects is its only required field', () => {
    const { model: api } = model({
      'x-body-token': { field: 'apptoken', description: 'App token.' },
      components: { schemas: { List: { type: 'object', required: ['apptoken'], properties: { apptoken: { type: 'string' }, limit: { type: 'integer' } } } } },
      paths: {
        '/list': { post: { operationId: 'listThings', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/List' } } } }, responses: ok } },
        '/create': {
          post: {
            operationId: 'createThing',
            requestBody: { required: true, content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/List' }, { required: ['name'] }] } } } },
            responses: ok,
          },
        },
        '/token': { post: { operationId: 'getToken', 'x-body-token': false, requestBody: { content: { 'application/json': { schema: {} } } }, responses: ok } },
      },
    });
    expect(api.operations.map((operation) => [operation.operationId, operation.bodyToken, operation.bodyRequired, operation.initRequired])).toEqual([
      ['listThings', 'apptoken', false, false],
      ['createThing', 'apptoken', true, true],
      ['getToken', null, false, false],
    ]);
  });

  it('derives stable names for missing or colliding operationIds and warns about each', () => {
    const { model: api, warnings } = model({
      paths: {
        '/users/{id}/repos': { get: { tags: ['users'], responses: ok } },
        '/x': { get: { operationId: 'get-thing', tags: ['things'], responses: ok } },
        '/y': { get: { operationId: 'getThing', tags: ['things'], responses: ok } },
      },
    });
    expect(api.operations.map((operation) => [operation.identifier, operation.resource, operation.methodName])).toEqual([
      ['getUsersIdRepos', 'users', 'getIdRepos'],
      ['getThing', 'things', 'get'],
      ['getThing2', 'things', 'getThing2'],
    ]);
    expect(warnings.map((warning) => `${warning.rule}: ${warning.message}`)).toEqual([
      'operation-operationId: Operation has no operationId; using "getUsersIdRepos".',
      'operation-name-collision: operationId "getThing" maps to the same identifier as an earlier operation; using "getThing2".',
    ]);
  });

  it('takes security from the operation, else from the root', () => {
    const { model: api } = model({
      security: [{ bearer: [], account: [] }],
      paths: { '/a': { get: { operationId: 'a', responses: ok }, post: { operationId: 'b', security: [], responses: ok } } },
    });
    expect(api.operations.map((operation) => operation.security)).toEqual([[['bearer', 'account']], []]);
  });
});
