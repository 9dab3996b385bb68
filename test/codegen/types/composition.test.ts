// allOf, anyOf and oneOf, discriminators (with and without mapping), and $refs: named
// components, properties of a component, recursive refs, $defs, refs typed from their target.
import { describe, expect, it } from 'vitest';
import { emit, memberText, schemaType, type Case } from './schema-text.js';

const A = { A: { type: 'object', properties: { a: { type: 'string' } } } };

const cases: Case[] = [
  [
    'allOf is an intersection',
    {
      given: { allOf: [{ $ref: '#/components/schemas/A' }, { type: 'object', properties: { b: { type: 'number' } } }] },
      components: A,
      want: 'components["schemas"]["A"] & {\n    b?: number;\n}',
    },
  ],
  ['oneOf is a union', { given: { oneOf: [{ $ref: '#/components/schemas/A' }, { type: 'string' }] }, components: A, want: 'components["schemas"]["A"] | string' }],
  [
    'anyOf beside own fields is intersected with them',
    {
      given: { type: 'object', properties: { a: { type: 'string' } }, anyOf: [{ required: ['a'] }, { required: ['b'] }] },
      want: '{\n    a?: string;\n} & ({\n    a: unknown;\n} | {\n    b: unknown;\n})',
    },
  ],
  ['a oneOf of untyped alternatives beside a type keeps the type', { given: { type: 'string', oneOf: [{ description: 'one' }, { description: 'two' }] }, want: 'string' }],
  ['a oneOf of primitives beside a primitive joins the union', { given: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] }, want: 'string | "a" | "b"' }],
  [
    'a recursive ref stays a ref',
    {
      given: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Subject' } } } },
      want: '{\n    children?: components["schemas"]["Subject"][];\n}',
    },
  ],
  ['a ref to a property of a component indexes through it', { given: { $ref: '#/components/schemas/A/properties/a' }, components: A, want: 'components["schemas"]["A"]["a"]' }],
  [
    'a ref inside a schema is typed from its target',
    {
      given: { $ref: '#/components/schemas/L/items' },
      components: { L: { type: 'array', items: { type: 'string' } } },
      want: 'string',
    },
  ],
  [
    'schema-local $defs are typed where they are used',
    {
      given: { type: 'object', $defs: { N: { type: 'integer' } }, properties: { n: { $ref: '#/components/schemas/Subject/$defs/N' } } },
      want: '{\n    n?: number;\n}',
    },
  ],
];

describe('compose and refType', () => {
  it.each(cases)('%s', (_name, { given, want, components }) => {
    expect(schemaType(given, components)).toBe(want);
  });

  it('top-level $defs (2020-12) are typed in `$defs`, and a ref to one indexes it', () => {
    const { text } = emit({ openapi: '3.1.0', $defs: { Id: { type: 'string' } }, components: { schemas: { Subject: { $ref: '#/$defs/Id' } } } });
    expect(memberText(text, 'Subject', '        ')).toBe('$defs["Id"]');
    expect(text).toContain('export interface $defs {\n    Id: string;\n}\n');
  });
});

const PET = { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType' } };
const DOG = { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: { bark: { type: 'boolean' } } }] };

function schemas(components: Record<string, unknown>): (name: string) => string {
  const { text } = emit({ openapi: '3.1.0', components: { schemas: components } });
  return (name) => memberText(text, name, '        ');
}

describe('discriminators', () => {
  it('with a mapping: each mapped schema has the property narrowed to its value(s), a bare name mapping included', () => {
    const type = schemas({
      Pet: PET,
      Dog: DOG,
      Cat: { type: 'object', properties: { petType: { type: 'string' }, meow: { type: 'boolean' } } },
      Any: {
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: { propertyName: 'petType', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } },
      },
    });
    expect(type('Dog')).toBe('Omit<components["schemas"]["Pet"], "petType"> & {\n    bark?: boolean;\n} & {\n    petType: "dog";\n}');
    expect(type('Cat')).toBe('{\n    petType: "cat";\n    meow?: boolean;\n}');
    expect(type('Any')).toBe('components["schemas"]["Cat"] | components["schemas"]["Dog"]');
  });

  it('without a mapping: the value is the schema name, added where the schema has no such property', () => {
    const type = schemas({
      Pet: PET,
      Dog: DOG,
      Cat: { type: 'object', properties: { meow: { type: 'boolean' } } },
      Any: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'petType' } },
    });
    expect(type('Dog')).toBe('Omit<components["schemas"]["Pet"], "petType"> & {\n    bark?: boolean;\n} & {\n    petType: "Dog";\n}');
    expect(type('Cat')).toBe('{\n    meow?: boolean;\n    petType: "Cat";\n}');
  });

  it('a schema extending a discriminated base that nothing maps gets its own name as the value', () => {
    const type = schemas({ Pet: PET, Dog: DOG });
    expect(type('Dog')).toBe('{\n    petType: "Dog";\n} & Omit<components["schemas"]["Pet"], "petType"> & {\n    bark?: boolean;\n}');
  });
});
