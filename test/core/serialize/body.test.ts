import { ConfigurationError } from '@specsmith/core';
import { describe, expect, it } from 'vitest';
import { encodeBody, encodeForm, isReplayable } from '../../../packages/core/src/serialize/index.js';
import { thrown } from './thrown.js';

const form = 'application/x-www-form-urlencoded';

describe('encodeBody: JSON and text', () => {
  it('is JSON by default, with application/json', () => {
    expect(encodeBody({ a: 1, b: [true, null] }, undefined)).toEqual({ body: '{"a":1,"b":[true,null]}', contentType: 'application/json' });
    expect(encodeBody(null, undefined)).toEqual({ body: 'null', contentType: 'application/json' });
  });

  it('keeps the Content-Type it is given', () => {
    expect(encodeBody({ a: 1 }, 'application/problem+json')).toEqual({ body: '{"a":1}', contentType: 'application/problem+json' });
  });

  it.each([
    [undefined, 'application/json'],
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'Application/JSON; charset=utf-8'],
    ['application/vnd.api+json', 'application/vnd.api+json'],
  ])('sends a string under %j as a JSON string', (given, contentType) => {
    expect(encodeBody('say "hi"', given)).toEqual({ body: '"say \\"hi\\""', contentType });
  });

  it.each(['application/xml', 'text/xml; charset=utf-8', 'text/plain', 'application/x-ndjson'])('sends a string under %s as it is', (contentType) => {
    const xml = '<profile><email>a@b.test</email></profile>';
    expect(encodeBody(xml, contentType)).toEqual({ body: xml, contentType });
  });

  it('sends no body, and asks for no Content-Type, when there is none', () => {
    expect(encodeBody(undefined, 'application/json')).toEqual({ body: undefined, contentType: undefined });
  });
});

describe('encodeBody: form-urlencoded (JourneyApps bracket nesting)', () => {
  it.each([
    [{ client: { address: '123 South' } }, 'client[address]=123%20South'],
    [{ task: { name: 'My Task', tags: ['a'] } }, 'task[name]=My%20Task&task[tags][]=a'],
    [{ task: { name: 'Wash Dishes', status: 0, done: false } }, 'task[name]=Wash%20Dishes&task[status]=0&task[done]=false'],
    [{ task: { due: null, note: undefined } }, 'task[due]='],
    [{ a: ['x', 'y'], b: [{ k: 1 }, { k: 2 }] }, 'a[]=x&a[]=y&b[0][k]=1&b[1][k]=2'],
    [{ at: new Date('2026-01-02T03:04:05Z') }, 'at=2026-01-02T03%3A04%3A05.000Z'],
    [{ 'a b': { 'c&d': '=' } }, 'a%20b[c%26d]=%3D'],
  ])('%j → %s', (body, encoded) => {
    expect(encodeBody(body, form)).toEqual({ body: encoded, contentType: form });
    expect(encodeForm(body)).toBe(encoded);
  });

  it('applies under a form Content-Type with parameters, and sends a prepared string as it is', () => {
    expect(encodeBody({ a: 'b c' }, `${form}; charset=UTF-8`)).toEqual({ body: 'a=b%20c', contentType: `${form}; charset=UTF-8` });
    expect(encodeBody('a=1&b=2', form)).toEqual({ body: 'a=1&b=2', contentType: form });
  });
});

describe('encodeBody: binary and prepared bodies pass through', () => {
  const bytes = new Uint8Array([0, 1, 2, 255]);
  it.each([
    ['Uint8Array', bytes],
    ['ArrayBuffer', bytes.buffer],
    ['DataView', new DataView(bytes.buffer)],
    ['Blob', new Blob([bytes], { type: 'image/png' })],
    ['ReadableStream', new ReadableStream()],
    ['URLSearchParams', new URLSearchParams({ a: '1' })],
  ])('%s is sent as it is, under the Content-Type given or none', (_name, body) => {
    expect(encodeBody(body, 'application/octet-stream')).toEqual({ body, contentType: 'application/octet-stream' });
    expect(encodeBody(body, undefined).body).toBe(body);
    expect(encodeBody(body, undefined).contentType).toBeUndefined();
    expect(encodeBody(body, 'application/json').body).toBe(body);
  });

  it('a FormData is sent as it is, without Content-Type, so fetch writes the boundary', () => {
    const data = new FormData();
    expect(encodeBody(data, 'multipart/form-data')).toEqual({ body: data, contentType: undefined });
    expect(encodeBody(data, undefined).body).toBe(data);
  });
});

describe('isReplayable', () => {
  it('is false for a stream only, which the first send consumes', () => {
    const stream = new ReadableStream();
    expect(isReplayable(stream)).toBe(false);
    expect(isReplayable(encodeBody(stream, 'application/octet-stream').body)).toBe(false);
    const others = [undefined, null, '{}', new Uint8Array(1), new Blob(['x']), new FormData(), new URLSearchParams('a=1'), encodeBody({ a: 1 }, undefined).body];
    expect(others.map(isReplayable)).toEqual(others.map(() => true));
  });
});

describe('encodeBody: bodies it cannot send', () => {
  it.each([
    ['an array', ['a'], 'an array'],
    ['a number', 5, 'number'],
    ['null', null, 'null'],
  ])('refuses %s under multipart/form-data', (_case, body, what) => {
    const error = thrown(() => encodeBody(body, 'multipart/form-data'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`A multipart/form-data body must be a plain object (one part per property), a FormData or a string; got ${what}.`);
  });
});
