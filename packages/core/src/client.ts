import { createCaller } from './caller.js';
import type { Caller, CallerHandle, CallerOptions } from './caller.js';
import type { GeneratedApi } from './contract/index.js';
import type { ApiError } from './errors/api-error.js';
import { ConfigurationError } from './errors/base.js';
import type { DataOf } from './operation-types.js';
import type { ItemOf, PaginateArgs, PaginatedOperationId } from './page-types.js';
import { paginate } from './pagination.js';
import type { PageOptions, Paginator } from './pagination.js';
import type { OperationInfo } from './types.js';

export type { DataOf, InitOf, OperationOf } from './operation-types.js';
export type { ItemOf, PageInitOf, PaginatedOperationId } from './page-types.js';

/** `'result'`: `{ data, error, response }`. `'throw'`: `{ data, response }` or an ApiError. */
export type ClientMode = 'result' | 'throw';

/** The mode a wrapper's options select. */
export type ModeOf<Options> = Options extends { readonly throwOnError: true } ? 'throw' : 'result';

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
  paginate<Id extends PaginatedOperationId<Table>>(operationId: Id, ...args: PaginateArgs<Paths, Table[Id]>): Paginator<DataOf<Paths, Table[Id]>, ItemOf<Paths, Table[Id]>>;
  /** The typed error behind a failed result-mode call (undefined for a success). */
  errorOf(result: { readonly response: Response }): ApiError<Code> | undefined;
  /** The generated operation table the client was built from. */
  readonly operations: Table;
}

/** A client: the generated resources (result or throw mode) plus `paginate`, `errorOf` and `operations`. */
export type ApiClient<Resources, Table, Paths, Code, Mode extends ClientMode> = (Mode extends 'throw' ? ThrowingResources<Resources> : Resources) & ClientExtras<Table, Paths, Code>;

/** The package's types a generated `api` carries: its resources, operation table, `paths` and error codes. */
export type ResourcesOf<Api> = Api extends { readonly createResources: (call: never) => infer Resources } ? Resources : never;
export type PathsOf<Api> = Api extends { readonly '~types'?: { readonly paths: infer Paths } } ? Paths : unknown;
export type CodeOf<Api> = Api extends { readonly '~types'?: { readonly code: infer Code } } ? Code : string | number;

/** The client built from a generated `api` with `options`: throw mode when they say `throwOnError: true`. */
export type ClientOf<Api extends GeneratedApi, Options> = ApiClient<ResourcesOf<Api>, Api['operations'], PathsOf<Api>, CodeOf<Api>, ModeOf<Options>>;

const reserved = ['paginate', 'errorOf', 'operations'] as const;

/**
 * Assembles a client from a generated package: `createResources(call)` for the typed methods,
 * the operation table for pagination, and the caller for everything on the wire. The result is
 * typed by what it is built from; `defineVendorClient` and `createClient` give it its mode and
 * the package's `paths` and error codes.
 */
export function createApiClient<Resources extends object, Table extends Readonly<Record<string, OperationInfo>>>(
  createResources: (call: Caller) => Resources,
  operationTable: Table,
  options: CallerOptions,
): Resources & ClientExtras<Table, unknown, string | number> & { readonly caller: CallerHandle } {
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
