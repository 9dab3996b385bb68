// Emits src/client.gen.ts: the operation table the runtime packages read, and one typed
// function per operation grouped by resource, built on openapi-fetch. Built as ts-morph
// structures in memory and inserted in one go (adding nodes one at a time is quadratic).
import { StructureKind, type CodeBlockWriter, type StatementStructures } from 'ts-morph';
import type { ApiModel, OperationModel } from '../model/api-model.js';
import { docText, exportedConst, literal, objectBlock, propertyKey, stringLiteral } from './literal.js';
import { printSourceFile } from './print.js';

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

const CALL_TYPES = `type MediaType = \`\${string}/\${string}\`;
type Init<Operation> = FetchOptions<Operation>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- openapi-fetch's own constraint
type Result<Operation extends Record<string | number, any>> = Promise<FetchResponse<Operation, Init<Operation>, MediaType>>;
type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
type WithoutToken<Body, Token extends string> = Body extends unknown ? Omit<Body, Token> & { [Key in Token]?: string } : never;
/** The init of an operation whose body token the runtime supplies, so callers never pass it. */
type TokenInit<Operation, Token extends string> = Omit<Init<Operation>, 'body'> & { body?: WithoutToken<JsonBody<Operation>, Token> };
type TokenInitWithBody<Operation, Token extends string> = Omit<Init<Operation>, 'body'> & { body: WithoutToken<JsonBody<Operation>, Token> };

/**
 * Sends one operation and resolves to openapi-fetch's \`{ data, error, response }\`.
 * The runtime packages supply their own (auth, retries, pacing, typed errors).
 */
export type Caller = (operation: OperationInfo, init: object | undefined) => Promise<unknown>;`;

function operationRow(operation: OperationModel): Record<string, unknown> {
  return {
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    tags: operation.tags,
    idempotent: operation.idempotent,
    pagination: operation.pagination,
    security: operation.security,
    bodyToken: operation.bodyToken,
    requestMediaTypes: operation.requestMediaTypes,
    responseMediaTypes: operation.responseMediaTypes,
  };
}

function jsDoc(writer: CodeBlockWriter, operation: OperationModel): void {
  const lines = [operation.summary, operation.description]
    .map((part) => docText(part))
    .filter((part) => part.length > 0)
    .join('\n\n')
    .split('\n');
  lines.push(`\`${operation.method.toUpperCase()} ${docText(operation.path)}\` (operationId \`${docText(operation.operationId)}\`)`);
  if (operation.deprecated) lines.push('@deprecated');
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(line.length > 0 ? ` * ${line}` : ' *');
  writer.writeLine(' */');
}

function initType(operation: OperationModel, operationType: string): string {
  if (operation.bodyToken) {
    const generic = operation.bodyRequired ? 'TokenInitWithBody' : 'TokenInit';
    return `${generic}<${operationType}, ${stringLiteral(operation.bodyToken)}>`;
  }
  return `Init<${operationType}>`;
}

function writeResources(writer: CodeBlockWriter, model: ApiModel): void {
  writer.write('return ').inlineBlock(() => {
    for (const resource of model.resources) {
      if (resource.description) writer.writeLine(`/** ${docText(resource.description).split('\n')[0]} */`);
      writer.write(`${propertyKey(resource.name)}: `).inlineBlock(() => {
        for (const operation of resource.operations) {
          const operationType = `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]`;
          const optional = operation.initRequired ? '' : '?';
          jsDoc(writer, operation);
          writer.writeLine(
            `${propertyKey(operation.methodName)}: (init${optional}: ${initType(operation, operationType)}): Result<${operationType}> => send(operationTable.${operation.identifier}, init),`,
          );
        }
      });
      writer.write(',').newLine();
    }
  });
  writer.write(';');
}

export function emitClient(model: ApiModel, header: string): string {
  const statements: (string | StatementStructures)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'openapi-fetch', defaultImport: 'createFetchClient' },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'openapi-fetch', isTypeOnly: true, namedImports: ['Client', 'ClientOptions', 'FetchOptions', 'FetchResponse'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './schema.gen.js', isTypeOnly: true, namedImports: ['paths'] },
    TABLE_TYPES,
    exportedConst(
      'Every operation of the API: what the runtime needs to send, retry and page it.',
      'operationTable',
      `${objectBlock(model.operations.map((operation) => `${propertyKey(operation.identifier)}: ${literal(operationRow(operation))},`))} as const satisfies Record<string, OperationInfo>`,
    ),
    { kind: StructureKind.TypeAlias, isExported: true, name: 'OperationId', type: 'keyof typeof operationTable' },
    exportedConst('The servers the spec lists, with their variables (regions, instances, hosts).', 'servers', `${literal(model.servers)} as const`),
    exportedConst('Security schemes by name, as the spec declares them.', 'securitySchemes', `${literal(model.securitySchemes)} as const`),
    exportedConst(
      "The vendor's own rules from the spec: x-body-token, x-retry, x-rate-limit.",
      'vendorPolicy',
      `${literal({ bodyToken: model.bodyToken, retry: model.retry, rateLimit: model.rateLimit })} as const`,
    ),
    CALL_TYPES,
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createResources',
      docs: ['One typed function per operation, grouped by resource (the tag), all sent through `call`.'],
      parameters: [{ name: 'call', type: 'Caller' }],
      statements: (writer) => {
        writer.writeLine('const send = call as <Response>(operation: OperationInfo, init: object | undefined) => Promise<Response>;');
        writeResources(writer, model);
      },
    },
    { kind: StructureKind.TypeAlias, isExported: true, name: 'Resources', type: 'ReturnType<typeof createResources>' },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'fetchCaller',
      docs: ['A Caller that sends through a plain openapi-fetch client.'],
      parameters: [{ name: 'http', type: 'Client<paths>' }],
      returnType: 'Caller',
      statements: [
        'const request = http.request as unknown as (method: string, path: string, init?: object) => Promise<unknown>;',
        'return (operation, init) => request(operation.method, operation.path, init);',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createClient',
      docs: ['A bare client (no auth, retries or typed errors): openapi-fetch plus the typed resources.'],
      parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
      returnType: 'Resources',
      statements: ['return createResources(fetchCaller(createFetchClient<paths>(options)));'],
    },
  ];
  return printSourceFile('client.gen.ts', header, statements);
}
