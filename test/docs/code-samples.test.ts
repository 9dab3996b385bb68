// The TypeScript samples the docs attach to each operation (codegen/src/docs/code-samples.ts).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { codeSampleFor, exampleOptionLines, factoryNameOf, formatLiteral, initFor, withCodeSamples } from '../../codegen/src/docs/code-samples.js';
import { wrapperSampleOf } from '../../codegen/src/docs/wrapper-sample.js';
import { buildApiModel } from '../../codegen/src/model/api-model.js';
import { repositoryRoot } from '../support/run-specsmith.js';

const document = {
  openapi: '3.1.0',
  info: { title: 'Demo', version: '1' },
  'x-body-token': { field: 'token', description: 'The API token.' },
  components: {
    schemas: {
      Id: { type: 'integer', minimum: 1 },
      Base: { type: 'object', required: ['token', 'name'], properties: { token: { type: 'string' }, name: { type: 'string', example: 'Ada' } } },
    },
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { $ref: '#/components/schemas/Id' } } },
  },
  paths: {
    '/things': {
      get: { operationId: 'listThings', tags: ['things'], summary: 'List things', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }], responses: {} },
      post: {
        operationId: 'createThing',
        tags: ['things'],
        summary: 'Create a thing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/Base' },
                  {
                    type: 'object',
                    required: ['kind', 'tags', 'when'],
                    properties: { kind: { enum: ['a', 'b'] }, tags: { type: 'array', items: { type: 'string' } }, when: { type: 'string', format: 'date' } },
                  },
                ],
              },
            },
          },
        },
        responses: {},
      },
    },
    '/things/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: {
        operationId: 'getThing',
        tags: ['things'],
        summary: 'Get a thing',
        parameters: [{ name: 'X-Tenant', in: 'header', required: true, schema: { type: 'string' }, example: 'acme' }],
        responses: {},
      },
    },
  },
};

const { model } = buildApiModel(document, 'demo.yaml');
const operation = (id: string) => {
  const found = model.operations.find((candidate) => candidate.operationId === id);
  if (!found) throw new Error(`demo.yaml has no operation ${id}`);
  return found;
};

describe('factoryNameOf', () => {
  it.each([
    ['xurrent', 'createXurrentClient'],
    ['journeyapps', 'createJourneyappsClient'],
    ['my-vendor', 'createMyVendorClient'],
  ])('%s -> %s', (vendor, factory) => expect(factoryNameOf(vendor)).toBe(factory));
});

describe('initFor', () => {
  it.each([
    ['listThings', null],
    ['getThing', { params: { path: { id: 123 }, header: { 'X-Tenant': 'acme' } } }],
    // The body token is left out: the client adds it. allOf parts are merged, examples and enums used.
    ['createThing', { body: { name: 'Ada', kind: 'a', tags: ['<tags>'], when: '2026-01-31' } }],
  ])('%s', (id, want) => expect(initFor(document, operation(id))).toEqual(want));
});

describe('formatLiteral', () => {
  it('keeps short values on one line and breaks long ones', () => {
    expect(formatLiteral({ params: { path: { id: 123 } } })).toBe('{ params: { path: { id: 123 } } }');
    expect(formatLiteral({ body: { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com', kind: 'person' } }, 0, 40)).toBe(
      "{\n  body: {\n    first_name: 'Grace',\n    last_name: 'Hopper',\n    email: 'grace@example.com',\n    kind: 'person',\n  },\n}",
    );
  });
});

describe('exampleOptionLines', () => {
  it('writes { env } as a read of the environment and other values as literals, skipping undefined', () => {
    expect(exampleOptionLines({ token: { env: 'DEMO_TOKEN' }, region: 'eu', retries: 2, strict: false, 'x-tenant': 'a', none: undefined })).toEqual([
      'token: process.env.DEMO_TOKEN!',
      "region: 'eu'",
      'retries: 2',
      'strict: false',
      "'x-tenant': 'a'",
    ]);
  });
});

describe('wrapperSampleOf', () => {
  it("takes the client from the wrapper: its descriptor's exampleOptions and the name it exports create under", () => {
    const { client, inputFiles } = wrapperSampleOf(repositoryRoot, 'xtremepush', model);
    expect(client).toEqual({ packageName: '@specsmith/xtremepush', factory: 'createXtremepushClient', options: ['appToken: process.env.XTREMEPUSH_APP_TOKEN!', "region: 'eu'"] });
    expect(inputFiles).toEqual([join(repositoryRoot, 'packages/xtremepush/dist/index.js'), join(repositoryRoot, 'packages/xtremepush/dist/descriptor.js')]);
  });

  it('derives the client from the spec for a vendor without a wrapper, and names the wrapper it would read', () => {
    const { client, inputFiles } = wrapperSampleOf(repositoryRoot, 'demo', model);
    expect(client).toEqual({ packageName: '@specsmith/demo', factory: 'createDemoClient', options: ['token: process.env.DEMO_TOKEN!'] });
    expect(inputFiles).toEqual([join(repositoryRoot, 'packages/demo/package.json')]);
  });
});

describe('codeSampleFor', () => {
  it('creates the vendor client and calls the operation with what it requires', () => {
    const sample = codeSampleFor(document, wrapperSampleOf(repositoryRoot, 'xurrent', model).client, operation('getThing'));
    expect(sample.lang).toBe('TypeScript');
    expect(sample.label).toBe('@specsmith/xurrent');
    expect(sample.source).toBe(
      [
        "import { createXurrentClient } from '@specsmith/xurrent';",
        '',
        'const client = createXurrentClient({',
        '  token: process.env.XURRENT_TOKEN!,',
        '  account: process.env.XURRENT_ACCOUNT!,',
        '});',
        '',
        'const { data, error } = await client.things.get({',
        "  params: { path: { id: 123 }, header: { 'X-Tenant': 'acme' } },",
        '});',
        '',
      ].join('\n'),
    );
  });

  it('derives credentials from the spec for a vendor it does not know, and calls without init when nothing is required', () => {
    const { source } = codeSampleFor(document, wrapperSampleOf(repositoryRoot, 'demo', model).client, operation('listThings'));
    expect(source).toContain('const client = createDemoClient({\n  token: process.env.DEMO_TOKEN!,\n});');
    expect(source).toContain('const { data, error } = await client.things.list();');
  });
});

describe('withCodeSamples', () => {
  it('adds one sample per operation to a copy and leaves the document alone', () => {
    const copy = withCodeSamples(document, model, wrapperSampleOf(repositoryRoot, 'demo', model).client) as typeof document;
    expect(copy.paths['/things'].get).toHaveProperty(['x-codeSamples', 0, 'label'], '@specsmith/demo');
    expect(copy.paths['/things/{id}'].get).toHaveProperty(['x-codeSamples', 0, 'lang'], 'TypeScript');
    expect(document.paths['/things'].get).not.toHaveProperty('x-codeSamples');
  });
});
