import { ConfigurationError, InvalidRequestError } from '@specsmith/core';
import type { ParameterStyle } from '@specsmith/core/contract';
import { describe, expect, it } from 'vitest';
import { serializeCookies, serializeHeader } from '../../../packages/core/src/serialize/index.js';
import { thrown } from './thrown.js';

const header = (name: string, explode: boolean): ParameterStyle => ({ name, in: 'header', style: 'simple', explode });
const cookie = (name: string, explode: boolean): ParameterStyle => ({ name, in: 'cookie', style: 'form', explode });

describe('serializeHeader (simple)', () => {
  it('joins arrays with "," and objects as key,value pairs, or key=value with explode', () => {
    expect(serializeHeader('X-Ids', [3, 4])).toBe('3,4');
    expect(serializeHeader('X-Color', { R: 100, G: 200 })).toBe('R,100,G,200');
    expect(serializeHeader('X-Color', { R: 100, G: 200 }, [header('X-Color', true)])).toBe('R=100,G=200');
  });

  it('matches the style row by name without regard to case', () => {
    expect(serializeHeader('x-color', { R: 1 }, [header('X-Color', true)])).toBe('R=1');
    expect(serializeHeader('X-Other', { R: 1 }, [header('X-Color', true), { name: 'X-Other', in: 'query', style: 'form', explode: true }])).toBe('R,1');
  });

  it('sends scalars as text and percent-encodes nothing', () => {
    expect([serializeHeader('X-N', 5), serializeHeader('X-B', false), serializeHeader('X-S', 'a b,é;q=1'), serializeHeader('X-E', '')]).toEqual(['5', 'false', 'a b,é;q=1', '']);
    expect(serializeHeader('X-At', new Date('2026-01-02T03:04:05Z'))).toBe('2026-01-02T03:04:05.000Z');
  });

  it('sends nothing for undefined, null, or an empty array or object', () => {
    expect([serializeHeader('X-A', undefined), serializeHeader('X-A', null), serializeHeader('X-A', []), serializeHeader('X-A', {})]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('refuses a nested value, naming the header', () => {
    const error = thrown<InvalidRequestError>(() => serializeHeader('X-Ids', [1, { id: 2 }]));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(
      'header parameter "X-Ids" has a nested object or array at item 1, which the simple style does not define; send scalar values only, or serialize it yourself (JSON.stringify) into a string.',
    );
    expect(error).toMatchObject({ location: 'header', parameter: 'X-Ids' });
  });
});

describe('serializeCookies (form)', () => {
  it('writes one Cookie header value, pairs delimited by "; "', () => {
    expect(serializeCookies({ session: 'abc', theme: 'dark', n: 2 })).toBe('session=abc; theme=dark; n=2');
    expect([serializeCookies(undefined), serializeCookies(null), serializeCookies({ a: undefined, b: null, c: [] })]).toEqual(['', '', '']);
  });

  it('explodes arrays and objects into "; "-delimited pairs by default, and joins them with "," without explode', () => {
    expect(serializeCookies({ id: [3, 4], color: { R: 100, G: 200 } })).toBe('id=3; id=4; R=100; G=200');
    expect(serializeCookies({ id: [3, 4], color: { R: 100, G: 200 } }, [cookie('id', false), cookie('color', false)])).toBe('id=3,4; color=R,100,G,200');
  });

  it('percent-encodes names and values, so no ";", "," or space can start another cookie', () => {
    expect(serializeCookies({ 'a b': 'x; admin=1', list: ['p,q'] }, [cookie('list', false)])).toBe('a%20b=x%3B%20admin%3D1; list=p%2Cq');
    expect(serializeCookies({ empty: '' })).toBe('empty=');
  });

  it('refuses a nested value, naming the cookie', () => {
    const error = thrown(() => serializeCookies({ prefs: { theme: { dark: true } } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'cookie parameter "prefs" has a nested object or array at "theme", which the form style does not define; send scalar values only, or serialize it yourself (JSON.stringify) into a string.',
    );
  });
});
