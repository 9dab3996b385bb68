// compareSurfaces on schema shapes built in the test: ref cycles end, allOf members merge,
// null comes in every spelling, a union on one side is matched member by member, the
// direction decides what breaks, and the body token is never the caller's change.
import { describe, expect, it } from 'vitest';
import { compareSurfaces } from '../../../codegen/src/diff/compare-surfaces.js';
import { surfaceOf } from '../../../codegen/src/diff/surface.js';

type Json = Record<string, unknown>;

/** A document with one `POST /things` operation taking `body` and answering `response`, and `schemas`. */
function document(options: { body?: Json; response?: Json; schemas?: Json; root?: Json }): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Schemas', version: '1' },
    ...options.root,
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          tags: ['things'],
          ...(options.body ? { requestBody: { required: true, content: { 'application/json': { schema: options.body } } } } : {}),
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: options.response ?? { type: 'object' } } } } },
        },
      },
    },
    components: { schemas: options.schemas ?? {} },
  };
}

/** `[kind, message]` of every change from `before` to `after`. */
function changes(before: Json, after: Json): [string, string][] {
  const diff = compareSurfaces(surfaceOf({ document: before, file: '/old.yaml' }), surfaceOf({ document: after, file: '/new.yaml' }));
  return diff.changes.map((change) => [change.kind, `${change.message}${change.schema ? ` (used by ${change.operations.join(', ')})` : ''}`]);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('compareSurfaces on recursive schemas', () => {
  it('reports a change inside mutually recursive schemas once and ends', () => {
    const schemas = (leafType: string) => ({
      Folder: { type: 'object', properties: { name: { type: 'string' }, files: { type: 'array', items: ref('File') }, parent: ref('Folder') } },
      File: { type: 'object', properties: { size: { type: leafType }, folder: ref('Folder') } },
    });
    expect(changes(document({ response: ref('Folder'), schemas: schemas('integer') }), document({ response: ref('Folder'), schemas: schemas('string') }))).toEqual([
      ['breaking', 'type of schema File field size changed from integer to string (used by createThing)'],
    ]);
  });
});

describe('compareSurfaces on composed schemas', () => {
  it('merges allOf members, so a field a member adds is a field of the schema', () => {
    const schemas = (extra: Json) => ({
      Base: { type: 'object', properties: { id: { type: 'integer' }, ...extra } },
      Thing: { allOf: [ref('Base'), { type: 'object', properties: { name: { type: 'string' } } }] },
    });
    expect(changes(document({ response: ref('Thing'), schemas: schemas({}) }), document({ response: ref('Thing'), schemas: schemas({ owner: { type: 'string' } }) }))).toEqual([
      ['additive', 'added field owner to schema Thing (used by createThing)'],
    ]);
  });

  it('treats OpenAPI 3.0 nullable, a null type and a null anyOf member alike', () => {
    const spellings = [{ type: 'string', nullable: true }, { type: ['string', 'null'] }, { anyOf: [{ type: 'string' }, { type: 'null' }] }];
    for (const before of spellings) {
      for (const after of spellings)
        expect(changes(document({ response: { type: 'object', properties: { note: before } } }), document({ response: { type: 'object', properties: { note: after } } }))).toEqual([]);
    }
  });

  it('compares a schema with a union that has it as a member: only the new member is a change', () => {
    const schemas = { Reference: { type: 'object', properties: { id: { type: 'integer' } } } };
    const before = document({ response: { type: 'object', properties: { category: ref('Reference') } }, schemas });
    const after = document({ response: { type: 'object', properties: { category: { oneOf: [ref('Reference'), { type: 'string' }] } } }, schemas });
    expect(changes(before, after)).toEqual([['breaking', 'added variant #2 (string) to createThing (POST /things) response 200 field category']]);
  });
});

describe('compareSurfaces by direction', () => {
  const body = (properties: Json, required: string[] = []) => ({ type: 'object', properties, required });

  it.each([
    [
      'a request accepting null',
      { body: body({ a: { type: 'string' } }) },
      { body: body({ a: { type: ['string', 'null'] } }) },
      ['additive', 'createThing (POST /things) request body field a is now nullable'],
    ],
    [
      'a response answering null',
      { response: body({ a: { type: 'string' } }) },
      { response: body({ a: { type: ['string', 'null'] } }) },
      ['breaking', 'createThing (POST /things) response 200 field a is now nullable'],
    ],
    [
      'a request field becoming optional',
      { body: body({ a: { type: 'string' } }, ['a']) },
      { body: body({ a: { type: 'string' } }) },
      ['additive', 'field a of createThing (POST /things) request body is now optional'],
    ],
    [
      'a response field becoming optional',
      { response: body({ a: { type: 'string' } }, ['a']) },
      { response: body({ a: { type: 'string' } }) },
      ['breaking', 'field a of createThing (POST /things) response 200 is now optional'],
    ],
    [
      'a response field becoming required',
      { response: body({ a: { type: 'string' } }) },
      { response: body({ a: { type: 'string' } }, ['a']) },
      ['additive', 'field a of createThing (POST /things) response 200 is now required'],
    ],
    [
      'a request taking integers where it took numbers',
      { body: body({ a: { type: 'number' } }) },
      { body: body({ a: { type: 'integer' } }) },
      ['breaking', 'type of createThing (POST /things) request body field a narrowed from number to integer'],
    ],
    [
      'a response answering numbers where it answered integers',
      { response: body({ a: { type: 'integer' } }) },
      { response: body({ a: { type: 'number' } }) },
      ['breaking', 'type of createThing (POST /things) response 200 field a widened from integer to number'],
    ],
    [
      'a request union gaining a member',
      { body: body({ a: { oneOf: [{ type: 'string' }] } }) },
      { body: body({ a: { oneOf: [{ type: 'string' }, { type: 'integer' }] } }) },
      ['additive', 'added variant #2 (integer) to createThing (POST /things) request body field a'],
    ],
    ['a response field added as required', { response: body({}) }, { response: body({ a: { type: 'string' } }, ['a']) }, ['additive', 'added field a to createThing (POST /things) response 200']],
  ])('%s', (_name, before, after, expected) => {
    expect(changes(document(before), document(after))).toEqual([expected]);
  });

  it('leaves out the body token field, which the runtime fills', () => {
    const root = { 'x-body-token': { field: 'apptoken', description: 'The app token.' } };
    const before = document({ root, body: body({ name: { type: 'string' } }) });
    const after = document({ root, body: body({ name: { type: 'string' }, apptoken: { type: 'string' } }, ['apptoken']) });
    expect(changes(before, after)).toEqual([]);
  });
});
