// What cannot be typed is `unknown` plus a located warning (rule `types`, the spec file, the
// JSON pointer), never a crash.
import { describe, expect, it } from 'vitest';
import { emit, memberText, SPEC_FILE } from './schema-text.js';

interface InvalidCase {
  readonly given: Record<string, unknown>;
  /** The printed type of component schema `Subject`. */
  readonly want: string;
  readonly warnings: readonly (readonly [pointer: string, message: string])[];
}

const cases: (readonly [string, InvalidCase])[] = [
  [
    'an unknown type value',
    {
      given: { Subject: { type: 'file' } },
      want: 'unknown',
      warnings: [['#/components/schemas/Subject', 'Unknown schema type "file" (expected string, number, integer, boolean, array, object or null); typed unknown.']],
    },
  ],
  [
    'a ref to nothing',
    {
      given: { Subject: { type: 'object', properties: { a: { $ref: '#/components/schemas/Missing' } } } },
      want: '{\n    a?: unknown;\n}',
      warnings: [['#/components/schemas/Subject/properties/a', '$ref "#/components/schemas/Missing" points at nothing in the document; typed unknown.']],
    },
  ],
  [
    'a ref outside the document',
    {
      given: { Subject: { $ref: 'other.yaml#/Pet' } },
      want: 'unknown',
      warnings: [['#/components/schemas/Subject', '$ref "other.yaml#/Pet" points outside the bundled document, so it cannot be typed; typed unknown.']],
    },
  ],
  [
    'a ref cycle through schemas with no component name',
    {
      given: {
        Subject: { type: 'object', properties: { node: { $ref: '#/components/schemas/Tree/items' } } },
        Tree: { type: 'array', items: { type: 'object', properties: { next: { $ref: '#/components/schemas/Tree/items' } } } },
      },
      want: '{\n    node?: {\n        next?: unknown;\n    };\n}',
      warnings: [
        [
          '#/components/schemas/Tree/items/properties/next',
          '$ref "#/components/schemas/Tree/items" refers back to itself through schemas that have no component name to refer to; the repeat is typed unknown.',
        ],
      ],
    },
  ],
  [
    'a schema that is not an object',
    {
      given: { Subject: { type: 'object', properties: { a: 'string', b: null, c: [1] } } },
      want: '{\n    a?: unknown;\n    b?: unknown;\n    c?: unknown;\n}',
      warnings: [
        ['#/components/schemas/Subject/properties/a', 'Expected a schema (an object or a boolean), found the string "string"; typed unknown.'],
        ['#/components/schemas/Subject/properties/b', 'Expected a schema (an object or a boolean), found null; typed unknown.'],
        ['#/components/schemas/Subject/properties/c', 'Expected a schema (an object or a boolean), found an array; typed unknown.'],
      ],
    },
  ],
];

describe('emitSchemaTypes: what cannot be typed', () => {
  it.each(cases)('%s', (_name, { given, want, warnings }) => {
    const result = emit({ openapi: '3.1.0', components: { schemas: given } });
    expect(memberText(result.text, 'Subject', '        ')).toBe(want);
    expect(result.warnings).toEqual(warnings.map(([pointer, message]) => ({ severity: 'warning', rule: 'types', message, location: { file: SPEC_FILE, pointer } })));
  });

  it('a parameter that is no parameter object is left out, with a warning', () => {
    const result = emit({ openapi: '3.1.0', paths: { '/a': { get: { operationId: 'a', parameters: [{ in: 'query' }], responses: {} } } } });
    expect(result.text).toContain('    a: {\n        parameters: {\n            query?: never;');
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        rule: 'types',
        message: "Expected a parameter object with `name` and `in`; left out of the operation's parameters.",
        location: { file: SPEC_FILE, pointer: '#/paths/~1a/get/parameters/0' },
      },
    ]);
  });

  it('a second operation with the same operationId is typed in place, with a warning', () => {
    const operation = { operationId: 'same', responses: {} };
    const result = emit({ openapi: '3.1.0', paths: { '/a': { get: operation }, '/b': { get: operation } } });
    expect(result.text).toContain('        get: operations["same"];');
    expect(result.text).toContain('        get: {\n            parameters: {');
    expect(result.warnings.map((warning) => [warning.location.pointer, warning.message])).toEqual([
      ['#/paths/~1b/get/operationId', 'operationId "same" is used by an earlier operation too; this one is typed in place instead of in `operations`.'],
    ]);
  });
});
