// The operation table of client.gen.ts in two halves: its type (the values type-level helpers
// read — path, method, `pagination.itemsField`, `bodyToken` — as literals) and
// a compact runtime encoding expanded once at module load. Every bundle that calls one
// operation ships the whole table, so its runtime size counts: each row is an array that
// references shared values and leaves out defaults (idempotent from the method, no pagination, no body token, no parameter
// styles, the usual tags, security and media types).
import { IDEMPOTENT_METHODS, type ApiModel, type OperationModel } from '../model/api-model.js';
import { literal, objectBlock, propertyKey, stringLiteral } from './literal.js';

/** One row as the runtime sees it, in the field order OperationInfo declares. */
export function operationRow(operation: OperationModel): Record<string, unknown> {
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
    ...(operation.parameterStyles.length > 0 ? { parameterStyles: operation.parameterStyles } : {}),
  };
}

/** The TypeScript type `as const` gives `value`: literal types, readonly tuples and properties. */
function literalType(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `readonly [${value.map(literalType).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `readonly ${propertyKey(key)}: ${literalType(item)}`).join('; ')} }`;
  }
  throw new TypeError(`cannot print ${typeof value} as a type`);
}

/** Distinct values (by their printed form), most frequent first, so index 0 is the row default. */
class Pool {
  private readonly counts = new Map<string, { value: unknown; count: number; first: number }>();
  private order: string[] = [];

  add(value: unknown): void {
    const key = literal(value);
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { value, count: 1, first: this.counts.size });
  }

  /** Call once every value is added. */
  seal(): void {
    this.order = [...this.counts.entries()].sort(([, a], [, b]) => b.count - a.count || a.first - b.first).map(([key]) => key);
  }

  indexOf(value: unknown): number {
    return this.order.indexOf(literal(value));
  }

  print(): string {
    return `[${this.order.join(', ')}]`;
  }
}

const ROW_TYPE = `/**
 * One row's type: OperationInfo with the fields the typed helpers read (operationId, method,
 * path, pagination, bodyToken) narrowed to the row's own values. A generic alias keeps the
 * table's type a fraction of the size of spelling out every row, which strict tsc must parse.
 */
type OperationRow<
  Id extends string,
  Method extends OperationInfo['method'],
  Path extends string,
  Pagination extends PaginationInfo | null = null,
  BodyToken extends string | null = null,
> = {
  readonly operationId: Id;
  readonly method: Method;
  readonly path: Path;
  readonly tags: OperationInfo['tags'];
  readonly idempotent: boolean;
  readonly pagination: Pagination;
  readonly security: OperationInfo['security'];
  readonly bodyToken: BodyToken;
  readonly requestMediaTypes: OperationInfo['requestMediaTypes'];
  readonly responseMediaTypes: OperationInfo['responseMediaTypes'];
  readonly parameterStyles?: readonly ParameterStyle[];
};`;

/** `type OperationTable = { … }`: each row's type, keyed by identifier. */
function tableType(model: ApiModel): string {
  const rows = model.operations.map((operation) => {
    const args = [stringLiteral(operation.operationId), stringLiteral(operation.method), stringLiteral(operation.path)];
    if (operation.pagination || operation.bodyToken) args.push(literalType(operation.pagination));
    if (operation.bodyToken) args.push(stringLiteral(operation.bodyToken));
    return `readonly ${propertyKey(operation.identifier)}: OperationRow<${args.join(', ')}>;`;
  });
  return `${ROW_TYPE}\n\n/** The type of every row of \`operationTable\`. */\ntype OperationTable = ${objectBlock(rows)};`;
}

const EXPANDER = `/** [method and path, operationId, then indexes into the shared values below, 0 being the usual one; trailing defaults left out]. */
type Row = readonly [route: string, operationId: string, tags?: number, response?: number, request?: number, pagination?: number, security?: number, bodyToken?: string | 0, idempotent?: boolean | 0, key?: string | 0, styles?: number];

/** Rows to [key, OperationInfo] pairs, in table order. */
function expandOperations(
  tags: readonly (readonly string[])[],
  responseMediaTypes: readonly (readonly string[])[],
  requestMediaTypes: readonly (readonly string[])[],
  paginations: readonly PaginationInfo[],
  security: readonly (readonly (readonly string[])[])[],
  parameterStyles: readonly (readonly ParameterStyle[])[],
  idempotentMethods: readonly string[],
  rows: readonly Row[],
): [string, OperationInfo][] {
  return rows.map(([route, operationId, tag = 0, response = 0, request = 0, pagination = 0, alternatives = 0, bodyToken = 0, idempotent = 0, key = 0, styles = 0]) => {
    const space = route.indexOf(' ');
    const method = route.slice(0, space) as OperationInfo['method'];
    const row: OperationInfo = {
      operationId,
      method,
      path: route.slice(space + 1),
      tags: tags[tag] ?? [],
      idempotent: idempotent === 0 ? idempotentMethods.includes(method) : idempotent,
      pagination: paginations[pagination - 1] ?? null,
      security: security[alternatives] ?? [],
      bodyToken: bodyToken === 0 ? null : bodyToken,
      requestMediaTypes: requestMediaTypes[request] ?? [],
      responseMediaTypes: responseMediaTypes[response] ?? [],
    };
    const styled = parameterStyles[styles - 1];
    return [key === 0 ? operationId : key, styled ? { ...row, parameterStyles: styled } : row];
  });
}`;

/** The encoded row of one operation, trailing defaults dropped. */
function encodedRow(operation: OperationModel, pools: Record<'tags' | 'response' | 'request' | 'pagination' | 'security' | 'styles', Pool>): string {
  const defaultIdempotent = IDEMPOTENT_METHODS.has(operation.method);
  const fields: unknown[] = [
    `${operation.method} ${operation.path}`,
    operation.operationId,
    pools.tags.indexOf(operation.tags),
    pools.response.indexOf(operation.responseMediaTypes),
    pools.request.indexOf(operation.requestMediaTypes),
    operation.pagination ? pools.pagination.indexOf(operation.pagination) + 1 : 0,
    pools.security.indexOf(operation.security),
    operation.bodyToken ?? 0,
    operation.idempotent === defaultIdempotent ? 0 : operation.idempotent,
    operation.identifier === operation.operationId ? undefined : operation.identifier,
    operation.parameterStyles.length > 0 ? pools.styles.indexOf(operation.parameterStyles) + 1 : 0,
  ];
  while (fields.length > 2 && (fields.at(-1) === 0 || fields.at(-1) === undefined)) fields.pop();
  return literal(fields.map((field) => (field === undefined ? 0 : field)));
}

/** The statements that declare `operationEntries` (rows in table order) and `operationTable`. */
export function operationTableStatements(model: ApiModel): string[] {
  const pools = { tags: new Pool(), response: new Pool(), request: new Pool(), pagination: new Pool(), security: new Pool(), styles: new Pool() };
  for (const operation of model.operations) {
    pools.tags.add(operation.tags);
    pools.response.add(operation.responseMediaTypes);
    pools.request.add(operation.requestMediaTypes);
    if (operation.pagination) pools.pagination.add(operation.pagination);
    pools.security.add(operation.security);
    if (operation.parameterStyles.length > 0) pools.styles.add(operation.parameterStyles);
  }
  for (const pool of Object.values(pools)) pool.seal();
  const idempotentMethods = literal([...IDEMPOTENT_METHODS]);
  const rows = objectBlock(model.operations.map((operation) => `${encodedRow(operation, pools)},`))
    .replace(/^\{/, '[')
    .replace(/\}$/, ']');
  return [
    tableType(model),
    '',
    '/** Type-checks every row against OperationInfo (what `satisfies` did on the literal). */',
    'type RowsAreOperationInfo<Table extends Record<string, OperationInfo>> = Table;',
    '',
    EXPANDER,
    '',
    '/** The rows in table order; createResources reads them by index. */',
    `const operationEntries = /* @__PURE__ */ expandOperations(${pools.tags.print()}, ${pools.response.print()}, ${pools.request.print()}, ${pools.pagination.print()}, ${pools.security.print()}, ${pools.styles.print()}, ${idempotentMethods}, ${rows});`,
    '',
    '/** Every operation of the API: what the runtime needs to send, retry and page it. */',
    'export const operationTable: RowsAreOperationInfo<OperationTable> = /* @__PURE__ */ Object.fromEntries(operationEntries) as OperationTable;',
  ];
}

/**
 * A resource's methods as names in row order, each a number where the next name's row index
 * does not follow the previous one: `[0, 'list', 'create', 7, 'get']` is rows 0, 1 and 7.
 */
function methodList(operations: readonly OperationModel[], index: ReadonlyMap<string, number>): (string | number)[] {
  const list: (string | number)[] = [];
  let next = -1;
  for (const operation of operations) {
    const position = index.get(operation.identifier) ?? -1;
    if (position !== next) list.push(position);
    list.push(operation.methodName);
    next = position + 1;
  }
  return list;
}

/** `createResources`: a resource → method names map walked once per client. */
export function createResourcesStatements(model: ApiModel): string[] {
  const index = new Map(model.operations.map((operation, position) => [operation.identifier, position]));
  const resources = model.resources.map((resource) => `${propertyKey(resource.name)}: ${literal(methodList(resource.operations, index))},`);
  return [
    "/** Each resource's method names in row order; a number gives the row index of the name after it. */",
    `const resourceMethods: Record<string, readonly (string | number)[]> = ${objectBlock(resources)};`,
    '',
    '/** The Resources, every call sent through `call`. */',
    'export function createResources(call: Caller): Resources {',
    '  const send = call as (operation: OperationInfo, init: object | undefined) => Promise<never>;',
    '  const resources: Record<string, Record<string, (init?: object) => Promise<never>>> = {};',
    '  for (const [resource, methods] of Object.entries(resourceMethods)) {',
    '    const group: Record<string, (init?: object) => Promise<never>> = (resources[resource] = {});',
    '    let row = 0;',
    '    for (const method of methods) {',
    "      if (typeof method === 'number') {",
    '        row = method;',
    '        continue;',
    '      }',
    '      const operation = (operationEntries[row++] as [string, OperationInfo])[1];',
    '      group[method] = (init) => send(operation, init);',
    '    }',
    '  }',
    '  return resources as unknown as Resources;',
    '}',
  ];
}
