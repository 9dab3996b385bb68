// The contract has one source per extension: the JSON Schema in codegen/contract/ (what lint
// enforces and specs/README.md shows) and the TypeScript type in @specsmith/core/contract
// (what generated code and core read) must name the same fields, with the same types and the
// same optionality; and every value the generator emitted must pass its extension's schema.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { problemsAgainstSchema } from '../../codegen/lint/schema-check.js';

type Schema = { type?: string | string[]; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; default?: unknown };

const schemaOf = (extension: string): Schema => JSON.parse(readFileSync(`codegen/contract/${extension}.schema.json`, 'utf8')) as Schema;

const CONTRACT = 'packages/core/src/contract/index.ts';
const program = ts.createProgram([CONTRACT], { strict: true, exactOptionalPropertyTypes: true, noEmit: true });
const checker = program.getTypeChecker();
const contractFile = program.getSourceFile(CONTRACT);

/** An exported interface or type alias of the contract, as a type. */
function contractType(name: string): ts.Type {
  const module = checker.getSymbolAtLocation(contractFile as ts.SourceFile);
  const symbol = module && checker.getExportsOfModule(module).find((candidate) => candidate.name === name);
  if (!symbol) throw new Error(`the contract exports no ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

/** The kind of a TypeScript type, as a JSON Schema `type` names it (`integer` is a `number`). */
type Kind = string | { readonly enum: readonly string[] } | { readonly anyOf: readonly string[] } | { readonly array: Kind } | { readonly object: ts.Type };

function kindOf(type: ts.Type): Kind {
  const parts = (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  if (parts.length > 0 && parts.every((part) => part.isStringLiteral())) return { enum: parts.map((part) => (part as ts.StringLiteralType).value).sort() };
  if (parts.length > 1) {
    const kinds = [...new Set(parts.map((part) => (part.flags & ts.TypeFlags.BooleanLiteral ? 'boolean' : JSON.stringify(kindOf(part)).replace(/^"|"$/g, ''))))];
    return kinds.length === 1 ? (kinds[0] as string) : { anyOf: kinds.sort() };
  }
  const [only] = parts;
  if (!only) return 'never';
  if (only.flags & ts.TypeFlags.String) return 'string';
  if (only.flags & ts.TypeFlags.Number) return 'number';
  if (only.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return 'boolean';
  if (checker.isArrayType(only)) return { array: kindOf(checker.getTypeArguments(only as ts.TypeReference)[0] as ts.Type) };
  return { object: only };
}

function schemaKind(schema: Schema): Kind {
  if (schema.enum) return { enum: schema.enum.map(String).sort() };
  const types = [...new Set((Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any']).map((type) => (type === 'integer' ? 'number' : type)))];
  if (types.length > 1) return { anyOf: types.sort() };
  if (types[0] === 'array') return { array: schemaKind(schema.items ?? {}) };
  return types[0] as string;
}

/**
 * Where the contract type and the schema disagree, one line each: a field only one of them
 * has, a different type, or different optionality. A field the schema gives a `default` may
 * be required in the contract (the generator fills the default in) or optional.
 */
function disagreements(type: ts.Type, schema: Schema, at: string, omit: readonly string[] = []): string[] {
  const tsKind = kindOf(type);
  const wanted = schemaKind(schema);
  if (typeof tsKind === 'object' && 'object' in tsKind) {
    if (wanted !== 'object') return [`${at}: the contract has an object, the schema ${JSON.stringify(wanted)}`];
    const found: string[] = [];
    const fields = new Map(checker.getPropertiesOfType(tsKind.object).map((property) => [property.name, property]));
    const properties = Object.entries(schema.properties ?? {}).filter(([name]) => !omit.includes(name));
    for (const name of fields.keys()) if (!properties.some(([key]) => key === name)) found.push(`${at}.${name}: in the contract, not in the schema`);
    for (const [name, property] of properties) {
      const field = fields.get(name);
      if (!field) {
        found.push(`${at}.${name}: in the schema, not in the contract`);
        continue;
      }
      const optional = (field.flags & ts.SymbolFlags.Optional) !== 0;
      const required = (schema.required ?? []).includes(name);
      if (optional ? required : !required && property.default === undefined) {
        found.push(`${at}.${name}: ${optional ? 'optional' : 'required'} in the contract, ${required ? 'required' : 'optional'} in the schema`);
      }
      found.push(...disagreements(checker.getTypeOfSymbol(field), property, `${at}.${name}`));
    }
    return found;
  }
  if (typeof tsKind === 'object' && 'array' in tsKind && typeof wanted === 'object' && 'array' in wanted && schema.items) {
    return disagreements(
      checker.getTypeArguments(type.isUnion() ? (type.types.find((part) => checker.isArrayType(part)) as ts.TypeReference) : (type as ts.TypeReference))[0] as ts.Type,
      schema.items,
      `${at}[]`,
    );
  }
  return JSON.stringify(tsKind) === JSON.stringify(wanted) ? [] : [`${at}: the contract has ${JSON.stringify(tsKind)}, the schema ${JSON.stringify(wanted)}`];
}

describe('the contract types and the extension schemas', () => {
  it.each([
    ['PaginationInfo', 'x-pagination', (schema: Schema) => schema, []],
    ['BodyTokenPolicy', 'x-body-token', (schema: Schema) => schema, []],
    ['VendorRetryPolicy', 'x-retry', (schema: Schema) => schema, []],
    ['VendorRateLimitPolicy', 'x-rate-limit', (schema: Schema) => schema, []],
    // The catalogue without its list; each code's meaning without the code, which is its key.
    ['ErrorCatalogue', 'x-error-codes', (schema: Schema) => schema, ['codes']],
    ['ErrorCodeInfo', 'x-error-codes', (schema: Schema) => schema.properties?.['codes']?.items ?? {}, ['code']],
  ] as const)('%s agrees with %s', (name, extension, node, omit) => {
    expect(disagreements(contractType(name), node(schemaOf(extension)), name, omit)).toEqual([]);
  });

  it.each([
    ['OperationInfo', 'idempotent', 'x-idempotent'],
    ['VendorPolicy', 'tokenPrefixes', 'x-token-prefix'],
  ])('%s.%s holds what %s allows', (name, field, extension) => {
    const property = checker.getPropertyOfType(contractType(name), field) as ts.Symbol;
    const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    // tokenPrefixes is a record of one prefix per scheme.
    const value = field === 'tokenPrefixes' ? (checker.getIndexTypeOfType(type, ts.IndexKind.String) as ts.Type) : type;
    expect(disagreements(value, schemaOf(extension), `${name}.${field}`)).toEqual([]);
  });
});

const VENDORS = ['xtremepush', 'xurrent', 'altcraft', 'xtrakit', 'journeyapps'];

interface GeneratedPackage {
  api: {
    operations: Record<string, { idempotent: boolean; pagination: unknown }>;
    errors: { catalogue: Record<string, unknown> | null; codes: Record<string, Record<string, unknown>> };
    policy: { bodyToken: unknown; retry: unknown; rateLimit: unknown; tokenPrefixes?: Record<string, string> };
  };
  ErrorCode: Record<string, string | number>;
}

describe.each(VENDORS)('generated/%s: every value the generator emitted passes its extension schema', (vendor) => {
  const load = () => import(`../../generated/${vendor}/src/index.ts`) as Promise<GeneratedPackage>;
  const messages = (extension: string, value: unknown, part?: string) => problemsAgainstSchema(extension, value, part ? { part } : {}).map((problem) => problem.message);

  it('the vendor policy', async () => {
    const { policy } = (await load()).api;
    if (policy.bodyToken !== null) expect(messages('x-body-token', policy.bodyToken)).toEqual([]);
    if (policy.retry !== null) expect(messages('x-retry', policy.retry)).toEqual([]);
    if (policy.rateLimit !== null) expect(messages('x-rate-limit', policy.rateLimit)).toEqual([]);
    for (const prefix of Object.values(policy.tokenPrefixes ?? {})) expect(messages('x-token-prefix', prefix)).toEqual([]);
  });

  it("each row's pagination and idempotency", async () => {
    const rows = Object.values((await load()).api.operations);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      if (row.pagination !== null) expect(messages('x-pagination', row.pagination)).toEqual([]);
      expect(messages('x-idempotent', row.idempotent)).toEqual([]);
    }
  });

  it('the error catalogue with its codes', async () => {
    const generated = await load();
    const codes = Object.values(generated.ErrorCode).map((code) => ({ code, ...generated.api.errors.codes[String(code)] }));
    expect(codes.length).toBeGreaterThan(0);
    expect(messages('x-error-codes', { ...generated.api.errors.catalogue, codes })).toEqual([]);
  });
});
