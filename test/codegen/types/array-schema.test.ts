// Arrays and tuples: items, prefixItems (2020-12), an OpenAPI 3.0 items array, nesting.
import { describe, expect, it } from 'vitest';
import { schemaType, type Case } from './schema-text.js';

const cases: Case[] = [
  ['items', { given: { type: 'array', items: { type: 'string' } }, want: 'string[]' }],
  ['no items is unknown[]', { given: { type: 'array' }, want: 'unknown[]' }],
  ['a union item is parenthesised', { given: { type: 'array', items: { type: ['string', 'number'] } }, want: '(string | number)[]' }],
  ['prefixItems is a tuple', { given: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }, want: '[string, number]' }],
  ['a 3.0 items array is a tuple', { given: { type: 'array', items: [{ type: 'string' }, { type: 'boolean' }] }, want: '[string, boolean]' }],
  ['arrays of arrays', { given: { type: 'array', items: { type: 'array', items: { type: 'integer' } } }, want: 'number[][]' }],
  ['items by $ref', { given: { type: 'array', items: { $ref: '#/components/schemas/Subject' } }, want: 'components["schemas"]["Subject"][]' }],
];

describe('arrayType', () => {
  it.each(cases)('%s', (_name, { given, want, components }) => {
    expect(schemaType(given, components)).toBe(want);
  });
});
