import { encodeForm, isReplayable, serializeBody } from '@specsmith/core';
import { describe, expect, it } from 'vitest';

const form = new Headers({ 'Content-Type': 'application/x-www-form-urlencoded' });

describe('encodeForm', () => {
  it('nests objects with literal brackets and percent-encodes values', () => {
    expect(encodeForm({ task: { name: 'My Task', status: 1, done: false } })).toBe('task[name]=My%20Task&task[status]=1&task[done]=false');
    expect(encodeForm({ client: { address: '123 South' } })).toBe('client[address]=123%20South');
  });

  it('writes scalar arrays with [] and object arrays with indexes; null clears, undefined is left out', () => {
    expect(encodeForm({ a: ['x', 'y'], b: [{ k: 1 }, { k: 2 }], c: null, d: undefined })).toBe('a[]=x&a[]=y&b[0][k]=1&b[1][k]=2&c=');
    expect(encodeForm({ at: new Date('2026-01-02T03:04:05Z') })).toBe('at=2026-01-02T03%3A04%3A05.000Z');
  });
});

describe('serializeBody', () => {
  it('is JSON by default and form under a form Content-Type', () => {
    expect(serializeBody({ a: 1 })).toBe('{"a":1}');
    expect(serializeBody('text', new Headers({ 'content-type': 'application/json' }))).toBe('"text"');
    expect(serializeBody({ task: { name: 'x' } }, form)).toBe('task[name]=x');
    expect(serializeBody('<xml/>', new Headers({ 'content-type': 'application/xml' }))).toBe('<xml/>');
  });

  it('passes binary, FormData and streams through; only streams cannot be replayed', () => {
    const stream = new ReadableStream();
    const data = new FormData();
    expect(serializeBody(stream)).toBe(stream);
    expect(serializeBody(data)).toBe(data);
    expect(isReplayable(stream)).toBe(false);
    expect(isReplayable('{}')).toBe(true);
    expect(isReplayable(data)).toBe(true);
  });
});
