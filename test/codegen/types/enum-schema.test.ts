// enum and const, 3.0 nullable and 3.1 type arrays, boolean schemas, primitive types.
import { describe, expect, it } from 'vitest';
import { schemaType, type Case } from './schema-text.js';

const cases: Case[] = [
  ['string enum', { given: { type: 'string', enum: ['a', 'b'] }, want: '"a" | "b"' }],
  ['a null in the enum and the type array prints once', { given: { type: ['string', 'null'], enum: ['a', null] }, want: '"a" | null' }],
  ['3.0 nullable enum', { given: { type: 'string', enum: ['a'], nullable: true }, want: '"a" | null' }],
  ['mixed enum values', { given: { enum: [1, -2, true, 'x'] }, want: '1 | -2 | true | "x"' }],
  ['an empty enum is never', { given: { enum: [] }, want: 'never' }],
  ['const', { given: { const: 'fixed' }, want: '"fixed"' }],
  ['an object const is a literal object type', { given: { const: { a: 1, b: [true] } }, want: '{\n    a: 1;\n    b: [true];\n}' }],
  ['const null', { given: { const: null }, want: 'null' }],
  ['3.0 nullable', { given: { type: 'string', nullable: true }, want: 'string | null' }],
  ['3.1 type array with null', { given: { type: ['string', 'null'] }, want: 'string | null' }],
  ['type array of several types', { given: { type: ['string', 'integer', 'null'] }, want: 'string | number | null' }],
  ['type: null', { given: { type: 'null' }, want: 'null' }],
  ['true is any value', { given: true, want: 'unknown' }],
  ['false is no value', { given: false, want: 'never' }],
  ['format: binary stays a string, the format in JSDoc', { given: { type: 'string', format: 'binary' }, want: 'string' }],
  ['no type and nothing else is unknown', { given: { description: 'anything' }, want: 'unknown' }],
];

describe('enumType and the type keyword', () => {
  it.each(cases)('%s', (_name, { given, want, components }) => {
    expect(schemaType(given, components)).toBe(want);
  });
});
