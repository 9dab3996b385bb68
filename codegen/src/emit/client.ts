// Emits src/client.gen.ts: the operation table the runtime reads (compactly encoded, see
// operation-table.ts), and one typed function per operation grouped by resource, each sent
// through the Caller the runtime passes to createResources. The shared types come from
// @specsmith/core/contract, so no package restates them. Printed as text, not through
// ts-morph: every statement here is fixed text or a literal from literal.ts, and loading
// ts-morph's bundled TypeScript to print them cost more than the rest of the run on large specs.
import { isJsonMediaType } from '../model/api-model.js';
import type { ApiModel, OperationModel } from '../model/api-model.js';
import { docText, exportedConst, literal, propertyKey, stringLiteral } from './literal.js';
import { createResourcesStatements, operationTableStatements } from './operation-table.js';
import { printStatements } from './print.js';

// Call signatures are spelled out per operation with plain indexed-access types rather than
// conditional types over `paths`: the same types for the caller, at a fraction of the
// type-checking work on large specs (GitHub: 1,000+ calls).
const CALL_TYPES = `/** A body whose token the runtime supplies, so callers never pass it. */
type WithoutToken<Body, Token extends string> = Body extends unknown ? Omit<Body, Token> & { [Key in Token]?: string } : never;`;

const isSuccess = (code: string) => /^2(\d\d|XX)$/.test(code);
const responseKey = (code: string) => (/^\d+$/.test(code) ? code : stringLiteral(code));

/** The init type of one operation, from the parameter groups and body it has. */
function initType(operation: OperationModel, op: string): string {
  const { path, query, header } = operation.parameterGroups;
  const groups = [
    ...(path ? [`path: ${op}['parameters']['path']`] : []),
    ...(query === 'none' ? [] : [`query${query === 'required' ? '' : '?'}: ${op}['parameters']['query']`]),
    ...(header === 'none' ? [] : [`header${header === 'required' ? '' : '?'}: ${op}['parameters']['header']`]),
  ];
  const parts: string[] = [];
  if (groups.length > 0) parts.push(`params${path || query === 'required' || header === 'required' ? '' : '?'}: { ${groups.join('; ')} }`);
  if (operation.bodyMediaType) {
    const body = `NonNullable<${op}['requestBody']>['content'][${stringLiteral(operation.bodyMediaType)}]`;
    const typed = operation.bodyToken ? `WithoutToken<${body}, ${stringLiteral(operation.bodyToken)}>` : body;
    parts.push(`body${operation.bodyRequired ? '' : '?'}: ${typed}`);
  }
  return parts.length > 0 ? `{ ${parts.join('; ')} } & CallOptions` : 'CallOptions';
}

/**
 * The union of the bodies of the responses `pick` selects. A response without a body adds
 * `empty` (undefined for success, nothing for errors); none at all is `never`.
 * The client reads JSON, so where a response offers JSON only its JSON media types count
 * (Altcraft's `application/xml` alternative is what `parseAs: 'text'` returns).
 */
function readMediaTypes(mediaTypes: readonly string[]): readonly string[] {
  const json = mediaTypes.filter(isJsonMediaType);
  return json.length > 0 ? json : mediaTypes;
}

function bodiesOf(operation: OperationModel, op: string, pick: (code: string) => boolean, empty: string | null): string {
  const bodies = operation.responses
    .filter((response) => pick(response.code))
    .flatMap((response) =>
      response.mediaTypes.length === 0
        ? empty === null
          ? []
          : [empty]
        : readMediaTypes(response.mediaTypes).map((mediaType) => `${op}['responses'][${responseKey(response.code)}]['content'][${stringLiteral(mediaType)}]`),
    );
  return bodies.length === 0 ? 'never' : [...new Set(bodies)].join(' | ');
}

/** JSDoc lines for an operation: summary, description, method and path, deprecation. */
function jsDocLines(operation: OperationModel): string[] {
  const lines = [operation.summary, operation.description]
    .map((part) => docText(part))
    .filter((part) => part.length > 0)
    .join('\n\n')
    .split('\n');
  lines.push(`\`${operation.method.toUpperCase()} ${docText(operation.path)}\` (operationId \`${docText(operation.operationId)}\`)`);
  if (operation.deprecated) lines.push('@deprecated');
  return ['/**', ...lines.map((line) => (line.length > 0 ? ` * ${line}` : ' *')), ' */'];
}

/**
 * The Resources interface: one method signature per operation, grouped by resource. An
 * interface (not an inferred return type) keeps declaration output small for large APIs.
 */
function resourcesInterface(model: ApiModel): string {
  const lines = ['/** One typed function per operation, grouped by resource (the tag). */', 'export interface Resources {'];
  for (const resource of model.resources) {
    if (resource.description) lines.push(`  /** ${docText(resource.description).split('\n')[0]} */`);
    lines.push(`  ${propertyKey(resource.name)}: {`);
    for (const operation of resource.operations) {
      const op = `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]`;
      const optional = operation.initRequired ? '' : '?';
      const success = bodiesOf(operation, op, isSuccess, 'undefined');
      const failure = bodiesOf(operation, op, (code) => !isSuccess(code), null);
      lines.push(...jsDocLines(operation).map((line) => `    ${line}`));
      lines.push(`    ${propertyKey(operation.methodName)}(init${optional}: ${initType(operation, op)}): Promise<Outcome<${success}, ${failure}>>;`);
    }
    lines.push('  };');
  }
  lines.push('}');
  return lines.join('\n');
}

const IMPORTS = `import type { CallOptions, Caller, OperationInfo, Outcome, PaginationInfo, ParameterStyle, ServerInfo, VendorPolicy } from '@specsmith/core/contract';
import type { paths } from './schema.gen.js';`;

/**
 * `value` without its `description` keys. A security scheme's prose is for the docs; the
 * runtime reads only its type, scheme, location and name, and every bundle would ship the text.
 */
function withoutDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDescriptions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'description')
      .map(([key, item]) => [key, withoutDescriptions(item)]),
  );
}

export function emitClient(model: ApiModel, header: string): string {
  return printStatements(header, [
    IMPORTS,
    { blankBefore: true },
    ...operationTableStatements(model),
    'export type OperationId = keyof typeof operationTable;',
    exportedConst('The servers the spec lists, with their variables (regions, instances, hosts).', 'servers', `${literal(model.servers)} as const satisfies readonly ServerInfo[]`),
    exportedConst('Security schemes by name, as the spec declares them, without their descriptions.', 'securitySchemes', `${literal(withoutDescriptions(model.securitySchemes))} as const`),
    exportedConst("The vendor's own rules from the spec: x-body-token, x-retry, x-rate-limit, x-token-prefix.", 'vendorPolicy', `${literal(model.policy)} as const satisfies VendorPolicy`),
    CALL_TYPES,
    resourcesInterface(model),
    { blankBefore: true },
    ...createResourcesStatements(model),
  ]);
}
