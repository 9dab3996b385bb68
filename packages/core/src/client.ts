import type { FetchOptions, FetchResponse } from 'openapi-fetch';
import { createCaller } from './caller.js';
import type { Caller, CallerHandle, CallerOptions } from './caller.js';
import type { ApiError } from './errors/api-error.js';
import { ConfigurationError } from './errors/base.js';
import { paginate } from './pagination.js';
import type { PageOptions, Paginator } from './pagination.js';
import type { OperationInfo } from './types.js';

type MediaType = `${string}/${string}`;

/** `'result'`: openapi-fetch's `{ data, error, response }`. `'throw'`: `{ data, response }` or an ApiError. */
export type ClientMode = 'result' | 'throw';

/** The mode a wrapper's options select. */
export type ModeOf<Options> = Options extends { readonly throwOnError: true } ? 'throw' : 'result';

/** The openapi-typescript operation object of an operation-table row. */
export type OperationOf<Paths, Row> = Row extends { readonly path: infer P; readonly method: infer M }
  ? P extends keyof Paths
    ? M extends keyof Paths[P]
      ? Paths[P][M]
      : never
    : never
  : never;

type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;
type WithoutToken<Body, Token extends string> = Body extends unknown ? Omit<Body, Token> & { [Key in Token]?: string } : never;

/** The init of a row's call; a body token the runtime fills in is optional, as in the generated resources. */
export type InitOf<Paths, Row> = Row extends { readonly bodyToken: infer Token extends string }
  ? Omit<FetchOptions<OperationOf<Paths, Row>>, 'body'> & { body?: WithoutToken<JsonBody<OperationOf<Paths, Row>>, Token> }
  : FetchOptions<OperationOf<Paths, Row>>;

/** The success body of a row. */
export type DataOf<Paths, Row> =
  OperationOf<Paths, Row> extends infer Op extends Record<string | number, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- openapi-fetch's own constraint
    ? Extract<FetchResponse<Op, FetchOptions<Op>, MediaType>, { error?: never }>['data']
    : never;

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof NonNullable<T>
    ? At<NonNullable<T>[Head], Rest>
    : unknown
  : Path extends keyof NonNullable<T>
    ? NonNullable<T>[Path]
    : unknown;

type ItemsField<Row> = Row extends { readonly pagination: { readonly itemsField: infer Field extends string } } ? Field : undefined;
type ListOf<Paths, Row> = ItemsField<Row> extends infer Field extends string ? At<DataOf<Paths, Row>, Field> : DataOf<Paths, Row>;

/** One item of a paginated row's list (the `itemsField` array, or the body itself). */
export type ItemOf<Paths, Row> = NonNullable<ListOf<Paths, Row>> extends readonly (infer Item)[] ? Item : unknown;

/** Operation ids of the rows that have `x-pagination`. */
export type PaginatedOperationId<Table> = {
  [Id in keyof Table]: Table[Id] extends { readonly pagination: null } ? never : Id;
}[keyof Table] &
  string;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The parameters `paginate` fills in itself (limit, offset, cursor, skip). */
type PagingKeys<Row> = Row extends { readonly pagination: infer Info }
  ? Info extends object
    ? Info[Extract<keyof Info, 'limitParam' | 'offsetParam' | 'cursorParam' | 'skipParam'>] & string
    : never
  : never;
/** `T` with the keys `K` made optional. */
type Loosen<T, K extends PropertyKey> = T extends object ? Omit<T, K & keyof T> & Partial<Pick<T, K & keyof T>> : T;
/** Optional when nothing in it is required any more. */
type Slot<Key extends string, T> = [RequiredKeys<T>] extends [never] ? { [P in Key]?: T } : { [P in Key]: T };
type Params<Init> = Init extends { params?: infer P } ? NonNullable<P> : never;
type QueryOf<Init> = Params<Init> extends { query?: infer Q } ? NonNullable<Q> : never;

/** The init `paginate` takes: the row's init with the paging parameters optional, since it sets them. */
export type PageInitOf<Paths, Row> = Row extends { readonly pagination: { readonly in: 'body' } }
  ? Omit<InitOf<Paths, Row>, 'body'> & Slot<'body', Loosen<NonNullable<InitOf<Paths, Row>['body']>, PagingKeys<Row>>>
  : Omit<InitOf<Paths, Row>, 'params'> &
      Slot<'params', Omit<Params<InitOf<Paths, Row>>, 'query'> & Slot<'query', Loosen<QueryOf<InitOf<Paths, Row>>, PagingKeys<Row>>>>;

type PaginateArgs<Paths, Row> = [RequiredKeys<PageInitOf<Paths, Row>>] extends [never]
  ? [init?: PageInitOf<Paths, Row>, options?: PageOptions]
  : [init: PageInitOf<Paths, Row>, options?: PageOptions];

type SuccessOf<Result> = Result extends { error?: never } ? Result : never;
type Throwing<Method> = Method extends (...args: infer Args) => Promise<infer Result> ? (...args: Args) => Promise<SuccessOf<Result>> : Method;

/** Generated resources whose methods resolve to the success branch only (failures throw). */
export type ThrowingResources<Resources> = {
  [Resource in keyof Resources]: { [Method in keyof Resources[Resource]]: Throwing<Resources[Resource][Method]> };
};

/** What every Specsmith client adds next to its resources. */
export interface ClientExtras<Table, Paths, Code> {
  /**
   * Iterates a list operation by its generated `x-pagination`:
   * `for await (const item of client.paginate('listRequests', { params: { query: { per_page: 100 } } }))`.
   * Failures throw, whatever the client's mode.
   */
  paginate<Id extends PaginatedOperationId<Table>>(
    operationId: Id,
    ...args: PaginateArgs<Paths, Table[Id]>
  ): Paginator<DataOf<Paths, Table[Id]>, ItemOf<Paths, Table[Id]>>;
  /** The typed error behind a failed result-mode call (undefined for a success). */
  errorOf(result: { readonly response: Response }): ApiError<Code> | undefined;
  /** The generated operation table the client was built from. */
  readonly operations: Table;
}

/** A client: the generated resources (result or throw mode) plus `paginate`, `errorOf` and `operations`. */
export type ApiClient<Resources, Table, Paths, Code, Mode extends ClientMode> = (Mode extends 'throw'
  ? ThrowingResources<Resources>
  : Resources) &
  ClientExtras<Table, Paths, Code>;

const reserved = ['paginate', 'errorOf', 'operations'] as const;

/**
 * Assembles a client from a generated package: `createResources(call)` for the typed methods,
 * the operation table for pagination, and the caller for everything on the wire. Wrappers
 * call this with their vendor's options and cast the result to their `ApiClient` type.
 */
export function createApiClient<Resources extends object>(
  createResources: (call: Caller) => Resources,
  operationTable: Readonly<Record<string, OperationInfo>>,
  options: CallerOptions,
): Resources & ClientExtras<Record<string, OperationInfo>, unknown, string | number> & { readonly caller: CallerHandle } {
  const caller = createCaller(options);
  const resources = createResources(caller.call);
  for (const name of reserved) {
    if (name in resources) throw new ConfigurationError(`The generated resources have a group named "${name}", which the client reserves; rename its tag in the spec.`);
  }
  const extras = {
    paginate(operationId: string, init?: object, pageOptions?: PageOptions) {
      const operation = operationTable[operationId];
      if (!operation) throw new ConfigurationError(`Unknown operation "${operationId}".`);
      return paginate(operation, (next) => caller.callOrThrow(operation, next), init, pageOptions, caller.log);
    },
    errorOf: caller.errorOf,
    operations: operationTable,
    caller,
  };
  return Object.assign(resources, extras) as never;
}
