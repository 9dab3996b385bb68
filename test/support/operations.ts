// Hand-made operation rows for core tests, shaped like a generated operation table.
import type { OperationInfo, PaginationInfo } from '@specsmith/core';

export function operation(overrides: Partial<OperationInfo> & Pick<OperationInfo, 'operationId' | 'method' | 'path'>): OperationInfo {
  const idempotent = overrides.idempotent ?? ['get', 'head', 'options', 'put', 'delete'].includes(overrides.method);
  return {
    tags: ['things'],
    pagination: null,
    security: [],
    bodyToken: null,
    requestMediaTypes: overrides.method === 'get' ? [] : ['application/json'],
    responseMediaTypes: [],
    ...overrides,
    idempotent,
  };
}

export const getThing = operation({ operationId: 'getThing', method: 'get', path: '/things/{id}' });
export const createThing = operation({ operationId: 'createThing', method: 'post', path: '/things' });
export const putThing = operation({ operationId: 'putThing', method: 'put', path: '/things/{id}' });
export const patchThing = operation({ operationId: 'patchThing', method: 'patch', path: '/things/{id}' });
export const deleteThing = operation({ operationId: 'deleteThing', method: 'delete', path: '/things/{id}' });
export const searchThings = operation({ operationId: 'searchThings', method: 'post', path: '/things/search', idempotent: true });

export function listing(pagination: PaginationInfo, method: OperationInfo['method'] = 'get'): OperationInfo {
  return operation({ operationId: 'listThings', method, path: '/things', pagination });
}
