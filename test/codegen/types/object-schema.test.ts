// Object schemas: properties and required, free-form objects, additionalProperties and
// patternProperties (unioned with the named properties, as TypeScript requires of an index
// signature beside them), required-only allOf parts, readOnly/writeOnly.
import { describe, expect, it } from 'vitest';
import { schemaType, type Case } from './schema-text.js';

const BASE = { Base: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } } } };

const cases: Case[] = [
  [
    'properties: required ones plain, the rest optional, with their JSDoc',
    {
      given: { type: 'object', required: ['id'], properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string', description: 'The name.' } } },
      want: '{\n    /** Format: int64 */\n    id: number;\n    /** @description The name. */\n    name?: string;\n}',
    },
  ],
  ['free-form type: object is any object', { given: { type: 'object' }, want: '{\n    [key: string]: unknown;\n}' }],
  ['type: object with empty properties is free-form too', { given: { type: 'object', properties: {} }, want: '{\n    [key: string]: unknown;\n}' }],
  ['maxProperties: 0 is the empty object', { given: { type: 'object', maxProperties: 0 }, want: 'Record<string, never>' }],
  ['additionalProperties: false and no properties is the empty object', { given: { type: 'object', properties: {}, additionalProperties: false }, want: 'Record<string, never>' }],
  [
    'a required name beside own properties that none declares is left out (a slip of the spec)',
    {
      given: { type: 'object', properties: { tag: { type: 'string' } }, required: ['tags'] },
      want: '{\n    tag?: string;\n}',
    },
  ],
  [
    'additionalProperties beside properties: the index admits the named types',
    {
      given: { type: 'object', properties: { op: { type: 'string' } }, additionalProperties: { type: 'number' } },
      want: '{\n    op?: string;\n} & {\n    [key: string]: number | string;\n}',
    },
  ],
  ['additionalProperties alone', { given: { type: 'object', additionalProperties: { type: 'number' } }, want: '{\n    [key: string]: number;\n}' }],
  ['additionalProperties: true', { given: { type: 'object', additionalProperties: true }, want: '{\n    [key: string]: unknown;\n}' }],
  [
    'additionalProperties: true beside properties',
    {
      given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
      want: '{\n    a?: string;\n} & {\n    [key: string]: unknown;\n}',
    },
  ],
  ['additionalProperties: false adds no index', { given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, want: '{\n    a?: string;\n}' }],
  [
    'patternProperties join the index signature',
    {
      given: { type: 'object', patternProperties: { '^x-': { type: 'string' }, '^n': { type: 'number' } } },
      want: '{\n    [key: string]: string | number;\n}',
    },
  ],
  [
    'an allOf part that only adds required makes the base fields required',
    {
      given: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['a'] }] },
      components: BASE,
      want: 'components["schemas"]["Base"] & {\n    a: unknown;\n}',
    },
  ],
  [
    'required beside allOf at the parent does the same',
    {
      given: { required: ['b'], allOf: [{ $ref: '#/components/schemas/Base' }] },
      components: BASE,
      want: '{\n    b: unknown;\n} & components["schemas"]["Base"]',
    },
  ],
  [
    'readOnly is readonly and writeOnly plain (openapi-typescript without markers)',
    {
      given: { type: 'object', properties: { id: { type: 'string', readOnly: true }, pw: { type: 'string', writeOnly: true } } },
      want: '{\n    readonly id?: string;\n    pw?: string;\n}',
    },
  ],
  [
    'property keys that are not identifiers are quoted',
    {
      given: { type: 'object', properties: { 'content-type': { type: 'string' }, '200': { type: 'string' }, $x: { type: 'string' } } },
      want: '{\n    200?: string;\n    "content-type"?: string;\n    $x?: string;\n}',
    },
  ],
  [
    'JSDoc: title, deprecated, multi-line description, default and example',
    {
      given: { type: 'object', properties: { a: { type: 'string', title: 'T', description: 'line1\nline2', default: 'x', example: { k: 1 }, deprecated: true } } },
      want: '{\n    /**\n     * T\n     * @deprecated\n     * @description line1\n     *     line2\n     * @default x\n     * @example {\n     *       "k": 1\n     *     }\n     */\n    a?: string;\n}',
    },
  ],
  [
    'a comment terminator in a description is escaped',
    {
      given: { type: 'object', properties: { a: { type: 'string', description: 'ends */ here' } } },
      want: '{\n    /** @description ends *\\/ here */\n    a?: string;\n}',
    },
  ],
];

describe('objectType', () => {
  it.each(cases)('%s', (_name, { given, want, components }) => {
    expect(schemaType(given, components)).toBe(want);
  });
});
