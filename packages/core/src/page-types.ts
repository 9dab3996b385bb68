/**
 * The types `paginate` is called with: which rows it takes, the init it takes for one (the
 * paging parameters optional, since it sets them), and the items it yields.
 */
import type { PageOptions } from './pagination.js';
import type { DataOf, InitOf } from './operation-types.js';

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
  : Omit<InitOf<Paths, Row>, 'params'> & Slot<'params', Omit<Params<InitOf<Paths, Row>>, 'query'> & Slot<'query', Loosen<QueryOf<InitOf<Paths, Row>>, PagingKeys<Row>>>>;

/** `paginate`'s arguments after the operation id: the init is required when something in it is. */
export type PaginateArgs<Paths, Row> = [RequiredKeys<PageInitOf<Paths, Row>>] extends [never]
  ? [init?: PageInitOf<Paths, Row>, options?: PageOptions]
  : [init: PageInitOf<Paths, Row>, options?: PageOptions];
