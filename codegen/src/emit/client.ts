// Emits src/client.gen.ts: the operation table the runtime packages read (compactly encoded,
// see operation-table.ts), and one typed function per operation grouped by resource, built on
// openapi-fetch. Printed as text, not
// through ts-morph: every statement here is fixed text or a literal from literal.ts, and
// loading ts-morph's bundled TypeScript to print them cost more than the rest of the run
// on large specs (GitHub: 2.1 s of 2.5 s on the main thread).
import { isJsonMediaType } from '../model/api-model.js';
import type { ApiModel, OperationModel } from '../model/api-model.js';
import { docText, exportedConst, literal, propertyKey, stringLiteral } from './literal.js';
import { createResourcesStatements, operationTableStatements } from './operation-table.js';
import { printStatements } from './print.js';

const TABLE_TYPES = `/** How to walk a list operation (the spec's x-pagination). */
export interface PaginationInfo {
  readonly style: 'link' | 'offset' | 'cursor' | 'skip';
  readonly in: 'query' | 'body';
  readonly limitParam: string;
  readonly offsetParam?: string;
  readonly skipParam?: string;
  readonly moreField?: string;
  readonly cursorParam?: string;
  readonly nextCursorField?: string;
  readonly itemsField?: string;
  readonly maxLimit?: number;
  /** The paging fields are not confirmed by the vendor's docs: a dead end warns instead of failing. */
  readonly uncertain?: boolean;
}

/** One row of the operation table. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  readonly path: string;
  readonly tags: readonly string[];
  /** Safe to retry: an idempotent method or the spec's x-idempotent. */
  readonly idempotent: boolean;
  readonly pagination: PaginationInfo | null;
  /** Alternatives, each a list of security scheme names that apply together. */
  readonly security: readonly (readonly string[])[];
  /** JSON body property the runtime fills with the secret (x-body-token), or null. */
  readonly bodyToken: string | null;
  readonly requestMediaTypes: readonly string[];
  /** Media types a 2xx response declares; empty when success carries no body. */
  readonly responseMediaTypes: readonly string[];
}`;

// Call signatures are spelled out per operation with plain indexed-access types, rather
// than through openapi-fetch's conditional FetchOptions/FetchResponse: the same types for
// the caller, at a fraction of the type-checking work on large specs (GitHub: 1,000+ calls).
const CALL_TYPES = `/** What every call accepts besides its parameters and body (openapi-fetch's per-request options). */
export type CallOptions = Omit<RequestInit, 'body' | 'headers' | 'method'> & {
  headers?: HeadersOptions;
  parseAs?: ParseAs;
  baseUrl?: string;
  fetch?: ClientOptions['fetch'];
  middleware?: Middleware[];
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  bodySerializer?: BodySerializer<unknown>;
  pathSerializer?: PathSerializer;
};

/** openapi-fetch's result: the success body, or the error body, and the Response. */
export type Outcome<Data, Failure> = { data: Data; error?: never; response: Response } | { data?: never; error: Failure; response: Response };

/** A body whose token the runtime supplies, so callers never pass it. */
type WithoutToken<Body, Token extends string> = Body extends unknown ? Omit<Body, Token> & { [Key in Token]?: string } : never;

/**
 * Sends one operation and resolves to openapi-fetch's \`{ data, error, response }\`.
 * The runtime packages supply their own (auth, retries, pacing, typed errors).
 */
export type Caller = (operation: OperationInfo, init: object | undefined) => Promise<unknown>;`;

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
 * `empty` (undefined for success, nothing for errors, as openapi-fetch types them); none at all is `never`.
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
        ? empty === null ? [] : [empty]
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

const IMPORTS = `import createFetchClient from 'openapi-fetch';
import type { BodySerializer, Client, ClientOptions, HeadersOptions, Middleware, ParseAs, PathSerializer, QuerySerializer, QuerySerializerOptions } from 'openapi-fetch';
import type { paths } from './schema.gen.js';`;

const CLIENT_FUNCTIONS = `/** A Caller that sends through a plain openapi-fetch client. */
export function fetchCaller(http: Client<paths>): Caller {
  const request = http.request as unknown as (method: string, path: string, init?: object) => Promise<unknown>;
  return (operation, init) => request(operation.method, operation.path, init);
}

/** A bare client (no auth, retries or typed errors): openapi-fetch plus the typed resources. */
export function createClient(options: ClientOptions = {}): Resources {
  return createResources(fetchCaller(createFetchClient<paths>(options)));
}`;

/** The vendor's rules; `tokenPrefixes` (x-token-prefix by scheme name) only when a scheme has one. */
function vendorPolicy(model: ApiModel): Record<string, unknown> {
  const policy = { bodyToken: model.bodyToken, retry: model.retry, rateLimit: model.rateLimit };
  return model.tokenPrefixes ? { ...policy, tokenPrefixes: model.tokenPrefixes } : policy;
}

export function emitClient(model: ApiModel, header: string): string {
  return printStatements(header, [
    IMPORTS,
    TABLE_TYPES,
    { blankBefore: true },
    ...operationTableStatements(model),
    'export type OperationId = keyof typeof operationTable;',
    exportedConst('The servers the spec lists, with their variables (regions, instances, hosts).', 'servers', `${literal(model.servers)} as const`),
    exportedConst('Security schemes by name, as the spec declares them.', 'securitySchemes', `${literal(model.securitySchemes)} as const`),
    exportedConst(
      "The vendor's own rules from the spec: x-body-token, x-retry, x-rate-limit.",
      'vendorPolicy',
      `${literal(vendorPolicy(model))} as const`,
    ),
    CALL_TYPES,
    resourcesInterface(model),
    { blankBefore: true },
    ...createResourcesStatements(model),
    { blankBefore: true },
    CLIENT_FUNCTIONS,
  ]);
}
