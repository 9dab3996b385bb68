import { ConfigurationError } from '@specsmith/core';
import { createQuerySerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { ParameterStyle } from '@specsmith/core/contract';
import { serializeQuery } from '../../../packages/core/src/serialize/index.js';
import { thrown } from './thrown.js';

const row = (name: string, style: ParameterStyle['style'], explode: boolean, allowReserved?: boolean): ParameterStyle =>
  allowReserved === undefined ? { name, in: 'query', style, explode } : { name, in: 'query', style, explode, allowReserved };

describe('serializeQuery without style rows', () => {
  it('is empty for no query, and has no leading "?"', () => {
    expect([serializeQuery(undefined), serializeQuery(null), serializeQuery({}), serializeQuery({ a: undefined, b: null, c: [] })]).toEqual(['', '', '', '']);
    expect(serializeQuery({ per_page: 25 })).toBe('per_page=25');
  });

  it('writes scalars in order, booleans as true/false, and leaves out undefined, null and empty arrays', () => {
    expect(serializeQuery({ a: 1, skip: undefined, b: 'x', c: null, d: [], e: true, f: false, g: 0, h: '' })).toBe('a=1&b=x&e=true&f=false&g=0&h=');
  });

  it('percent-encodes names and values with encodeURIComponent', () => {
    expect(serializeQuery({ q: 'a b&c=d+e/f?#é', 'odd name&': '%', keep: "-_.!~*'()" })).toBe("q=a%20b%26c%3Dd%2Be%2Ff%3F%23%C3%A9&odd%20name%26=%25&keep=-_.!~*'()");
  });

  it('encodes every ASCII character, in names and values, exactly as encodeURIComponent does', () => {
    const characters = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
    expect(characters.map((character) => serializeQuery({ [`k${character}`]: `v${character}` }))).toEqual(
      characters.map((character) => `${encodeURIComponent(`k${character}`)}=${encodeURIComponent(`v${character}`)}`),
    );
  });

  it('matches openapi-fetch for scalars and arrays', () => {
    const query = { a: 1, b: 'x y', c: true, d: ['p', 'q r'], e: undefined, f: null, g: [], h: '', i: -2.5 };
    expect(serializeQuery(query)).toBe(createQuerySerializer()(query));
  });

  it("sends an object as form with explode, not as openapi-fetch's deepObject", () => {
    expect(serializeQuery({ color: { R: 100, G: 200 }, page: 2 })).toBe('R=100&G=200&page=2');
    expect(createQuerySerializer()({ color: { R: 100, G: 200 } })).toBe('color[R]=100&color[G]=200');
  });

  it('sends a Date as ISO 8601, as a JSON body would (openapi-fetch sends nothing for it)', () => {
    expect(serializeQuery({ since: new Date('2026-01-02T03:04:05Z'), at: [new Date(0)] })).toBe('since=2026-01-02T03%3A04%3A05.000Z&at=1970-01-01T00%3A00%3A00.000Z');
  });

  it('leaves out null and undefined array items and object properties', () => {
    expect(serializeQuery({ ids: [1, null, undefined, 2], range: { from: 1, to: null, step: undefined } })).toBe('ids=1&ids=2&from=1');
    expect(serializeQuery({ ids: [null], range: { to: undefined } })).toBe('');
  });

  it('leaves out an empty object, and inherited properties', () => {
    const query = Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }) as Record<string, unknown>;
    expect([serializeQuery({ filter: {} }), serializeQuery(query)]).toEqual(['', 'own=2']);
  });
});

describe('serializeQuery with style rows', () => {
  it('applies each row to its own parameter only; the others keep the default', () => {
    const styles = [row('ids', 'form', false), row('tags', 'pipeDelimited', false), { name: 'ids', in: 'path', style: 'label', explode: true } as const];
    expect(serializeQuery({ ids: [1, 2], tags: ['a', 'b'], other: [3, 4] }, styles)).toBe('ids=1,2&tags=a%7Cb&other=3&other=4');
  });

  it('sends JourneyApps filters and sort keys as deepObject', () => {
    const styles = [row('q', 'deepObject', true), row('sort', 'deepObject', true)];
    expect(serializeQuery({ q: { status: '0', 'category_id.null': 'false' }, sort: { updated_at: 'desc' }, limit: 10 }, styles)).toBe(
      'q%5Bstatus%5D=0&q%5Bcategory_id.null%5D=false&sort%5Bupdated_at%5D=desc&limit=10',
    );
  });

  it('reads a path style in a query row as form, keeping its explode', () => {
    expect(serializeQuery({ ids: [1, 2] }, [row('ids', 'matrix', false)])).toBe('ids=1,2');
    expect(serializeQuery({ ids: [1, 2] }, [row('ids', 'label', true)])).toBe('ids=1&ids=2');
  });
});

describe('allowReserved', () => {
  const reserved = ":/?@!$&'()*+,;=";

  it('keeps the reserved characters and existing percent-escapes; encodes the rest', () => {
    const value = `${reserved} é%2F%zz`;
    expect(serializeQuery({ path: value }, [row('path', 'form', true, true)])).toBe(`path=${reserved}%20%C3%A9%2F%25zz`);
    expect(serializeQuery({ path: value })).toBe(`path=${encodeURIComponent(value)}`);
  });

  it('still encodes "[", "]" and "#", which a query cannot hold (a "#" would end it)', () => {
    expect(serializeQuery({ path: 'a[0]#b' }, [row('path', 'form', true, true)])).toBe('path=a%5B0%5D%23b');
  });

  it('applies to array items and object keys and values, never to the parameter name or delimiters', () => {
    const styles = [row('dirs', 'pipeDelimited', false, true), row('map', 'form', true, true), row('a/b', 'form', true, true)];
    expect(serializeQuery({ dirs: ['/x', '/y'], map: { 'k/1': 'v/1' }, 'a/b': '/c' }, styles)).toBe('dirs=/x%7C/y&k/1=v/1&a%2Fb=/c');
  });
});

describe('values no query style defines', () => {
  const message = (name: string, where: string, style: string) =>
    `query parameter "${name}" has a nested object or array ${where}, which the ${style} style does not define; send scalar values only, or serialize it yourself (JSON.stringify) into a string.`;

  it.each([
    ['an object in deepObject', { q: { status: { ne: 1 } } }, [row('q', 'deepObject', true)], message('q', 'at "status"', 'deepObject')],
    ['an array in deepObject', { q: { ids: [1, 2] } }, [row('q', 'deepObject', true)], message('q', 'at "ids"', 'deepObject')],
    ['an object in an array', { ids: [1, { id: 2 }] }, undefined, message('ids', 'at item 1', 'form')],
    ['an array in an array', { ids: [[1]] }, [row('ids', 'spaceDelimited', false)], message('ids', 'at item 0', 'spaceDelimited')],
    ['an object in an object without explode', { color: { R: { hex: 'ff' } } }, [row('color', 'form', false)], message('color', 'at "R"', 'form')],
  ] as const)('%s is refused, naming the parameter and where', (_case, query, styles, text) => {
    const error = thrown(() => serializeQuery(query, styles));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(text);
  });
});
