import { InvalidRequestError } from '@specsmith/core';
import type { ParameterStyle } from '@specsmith/core/contract';
import { defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { compilePath } from '../../../packages/core/src/serialize/index.js';
import { thrown } from './thrown.js';

const dots = 'must not be "." or "..": as a whole segment it would send the request to another path';
const empty = 'must not be empty: an empty segment would send the request to another path';
const unfit = 'does not fit in one path segment; "/", "?", "#" and "%" must be percent-encoded';

describe('compilePath for plain {name} templates', () => {
  it('fills each parameter with its value percent-encoded, exactly as openapi-fetch does', () => {
    const fill = compilePath('Acme both', '/a/{x}/b/{y}.json');
    const values = [0, 42, -1.5, true, false, 'é', '$&', "it's", 'a+b=c', '~*()!', '%', ' ', '0', 'a/b', '?x=1', '#frag', '..\\admin', '...', '%2e%2e'];
    expect(values.map((value) => fill({ x: value, y: value }))).toEqual(values.map((value) => defaultPathSerializer('/a/{x}/b/{y}.json', { x: value, y: value })));
    expect(fill({ x: '../admin', y: 'a b' })).toBe('/a/..%2Fadmin/b/a%20b.json');
  });

  it('returns a template without parameters as it is, and ignores values it does not name', () => {
    expect(compilePath('Acme list', '/things')({ id: 1 })).toBe('/things');
    expect(compilePath('Acme get', '/things/{id}')({ id: 7, other: 'x' })).toBe('/things/7');
  });

  it.each([
    ['..', dots],
    ['.', dots],
    ['', empty],
  ])('refuses %j, which would leave the path', (id, problem) => {
    const error = thrown<InvalidRequestError>(() => compilePath('Acme getThing', '/things/{id}')({ id }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(`Acme getThing: path parameter "id" ${problem}.`);
    expect(error).toMatchObject({ location: 'path', parameter: 'id' });
  });

  it('refuses an array or object that serializes to "..", or to nothing', () => {
    const fill = compilePath('Acme getThing', '/things/{id}');
    expect(thrown(() => fill({ id: ['..'] })).message).toBe(`Acme getThing: path parameter "id" ${dots}.`);
    expect(thrown(() => fill({ id: [] })).message).toBe(`Acme getThing: path parameter "id" ${empty}.`);
    expect(thrown(() => fill({ id: {} })).message).toBe(`Acme getThing: path parameter "id" ${empty}.`);
  });

  it('judges a segment with text around the parameter as a whole (JourneyApps /objects/{model}/{id}.json)', () => {
    const fill = compilePath('Acme show', '/objects/{model}/{id}.json');
    expect(fill({ model: 'task', id: '..' })).toBe('/objects/task/...json');
    expect(thrown(() => fill({ model: '..', id: '1' })).message).toBe(`Acme show: path parameter "model" ${dots}.`);
  });

  it('names every parameter of a segment that two of them fill', () => {
    const error = thrown<InvalidRequestError>(() => compilePath('Acme pair', '/a/{x}{y}')({ x: '.', y: '' }));
    expect(error.message).toBe(`Acme pair: path parameters "x", "y" ${dots}.`);
    expect(error.parameter).toBe('x, y');
  });

  it('holds literal text that is not plain to the full rule', () => {
    expect(thrown(() => compilePath('Acme odd', '/a/%2e{id}')({ id: '' })).message).toBe(`Acme odd: path parameter "id" ${dots}.`);
    expect(thrown(() => compilePath('Acme odd', '/a/x {id}')({ id: 1 })).message).toBe(`Acme odd: path parameter "id" ${unfit}.`);
    expect(compilePath('Acme odd', '/a/%7E{id}')({ id: 1 })).toBe('/a/%7E1');
  });
});

describe('a missing path parameter', () => {
  it.each([
    ['undefined', {}],
    ['null', { id: null }],
  ])('(%s) is refused, naming it', (_case, values) => {
    const error = thrown<InvalidRequestError>(() => compilePath('Acme getThing', '/things/{id}')(values));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe('Acme getThing: path parameter "id" is missing (undefined or null); /things/{id} needs a value for each of its parameters.');
    expect(error).toMatchObject({ location: 'path', parameter: 'id' });
  });

  it('names every one that is missing, once', () => {
    const error = thrown<InvalidRequestError>(() => compilePath('Acme show', '/objects/{model}/{id}/{model}.json')({ id: 1 }));
    expect(error.message).toBe('Acme show: path parameter "model" is missing (undefined or null); /objects/{model}/{id}/{model}.json needs a value for each of its parameters.');
    const both = thrown<InvalidRequestError>(() => compilePath('Acme show', '/objects/{model}/{id}.json')({}));
    expect(both.message).toBe('Acme show: path parameters "model", "id" are missing (undefined or null); /objects/{model}/{id}.json needs a value for each of its parameters.');
    expect(both.parameter).toBe('model, id');
  });
});

describe('compilePath with styles', () => {
  const row = (name: string, style: ParameterStyle['style'], explode: boolean): ParameterStyle => ({ name, in: 'path', style, explode });

  it("takes each parameter's style from its row; rows for other locations do not apply", () => {
    const fill = compilePath('Acme pick', '/items/{ids}/{point}/{tag}', [row('ids', 'label', true), row('point', 'matrix', false), { name: 'tag', in: 'query', style: 'label', explode: false }]);
    expect(fill({ ids: [1, 2], point: { x: 1, y: 'a b' }, tag: ['p', 'q'] })).toBe('/items/.1.2/;point=x,1,y,a%20b/p,q');
  });

  it('reads RFC 6570 operators in the template, as openapi-fetch does', () => {
    const fill = compilePath('Acme ops', '/a/{.x}/b/{;y*}/c/{z*}');
    expect(fill({ x: ['p', 'q'], y: ['1', '2'], z: { k: 'v', w: 2 } })).toBe('/a/.p,q/b/;y=1;y=2/c/k=v,w=2');
    expect(fill({ x: 'é', y: 'a/b', z: 3 })).toBe('/a/.%C3%A9/b/;y=a%2Fb/c/3');
  });

  it('lets a row override an operator, and reads a query style in a path row as simple', () => {
    expect(compilePath('Acme ops', '/a/{.x}', [row('x', 'matrix', true)])({ x: [1, 2] })).toBe('/a/;x=1;x=2');
    expect(compilePath('Acme ops', '/a/{x}', [row('x', 'form', true)])({ x: { k: 1 } })).toBe('/a/k=1');
  });

  it('refuses a nested value, naming the operation and the parameter', () => {
    const error = thrown<InvalidRequestError>(() => compilePath('Acme pick', '/items/{ids}', [row('ids', 'label', false)])({ ids: [1, [2]] }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(
      'Acme pick: path parameter "ids" has a nested object or array at item 1, which the label style does not define; send scalar values only, or serialize it yourself (JSON.stringify) into a string.',
    );
    expect(error).toMatchObject({ location: 'path', parameter: 'ids' });
  });
});
