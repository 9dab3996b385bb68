// Compile-time checks of core's per-operation types (InitOf, DataOf, ItemOf, PageInitOf), read
// from the operation objects the type emitter writes. `types.test.ts` runs tsc on this file;
// nothing here runs. The `paths` below is written in the emitter's shape, one case per rule.
import type { DataOf, InitOf, ItemOf, PageInitOf } from '@specsmith/core';
import { expectTypeOf } from 'vitest';

interface Thing {
  id: string;
  name: string;
}
interface NewThing {
  name: string;
  tags?: string[];
}
interface Problem {
  type: string;
  detail?: string;
}
type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type ById = { query?: never; header?: never; path: { id: string }; cookie?: never };
type Headers = { [name: string]: unknown };

interface paths {
  '/things': {
    get: {
      parameters: { query?: { limit?: number; skip?: number; q?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: Headers; content: { 'application/json': { objects: Thing[]; more: boolean } } };
        404: { headers: Headers; content: { 'application/problem+json': Problem } };
      };
    };
    post: {
      parameters: NoParameters;
      requestBody: { content: { 'application/json': NewThing; 'application/x-www-form-urlencoded': { name: string } } };
      responses: {
        201: { headers: Headers; content: { 'application/json': Thing } };
        204: { headers: Headers; content?: never };
      };
    };
  };
  '/things/{id}': {
    get: {
      parameters: ById;
      requestBody?: never;
      responses: { 200: { headers: Headers; content: { 'application/json': Thing; 'application/xml': string } } };
    };
    patch: {
      parameters: ById;
      requestBody?: { content: { 'application/merge-patch+json': Partial<NewThing>; 'text/plain': string } };
      responses: { '2XX': { headers: Headers; content: { 'application/vnd.thing+json': Thing; 'text/plain': string } } };
    };
    delete: {
      parameters: ById;
      requestBody?: never;
      responses: { 204: { headers: Headers; content?: never }; 404: { headers: Headers; content: { 'application/json': Problem } } };
    };
  };
  '/report': {
    get: {
      parameters: { query?: never; header: { 'X-Tenant': string }; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Headers; content: { 'text/csv': string; 'application/pdf': Blob } } };
    };
  };
  '/gone': {
    get: { parameters: NoParameters; requestBody?: never; responses: { 410: { headers: Headers; content: { 'application/json': Problem } } } };
  };
  '/search': {
    post: {
      parameters: NoParameters;
      requestBody: { content: { 'application/json': { apptoken: string; query: string; limit: number; offset: number } } };
      responses: { 200: { headers: Headers; content: { 'application/json': { data: { hits: Thing[] } } } } };
    };
  };
}

/** Rows as the generated operation table types them (only the fields the types read). */
type Row<Path extends string, Method extends string, Pagination = null, BodyToken extends string | null = null> = {
  readonly path: Path;
  readonly method: Method;
  readonly pagination: Pagination;
  readonly bodyToken: BodyToken;
};
type ListThings = Row<'/things', 'get', { readonly style: 'skip'; readonly in: 'query'; readonly limitParam: 'limit'; readonly skipParam: 'skip'; readonly itemsField: 'objects' }>;
type CreateThing = Row<'/things', 'post'>;
type GetThing = Row<'/things/{id}', 'get'>;
type PatchThing = Row<'/things/{id}', 'patch'>;
type DeleteThing = Row<'/things/{id}', 'delete'>;
type GetReport = Row<'/report', 'get'>;
type Gone = Row<'/gone', 'get'>;
type Search = Row<'/search', 'post', { readonly style: 'offset'; readonly in: 'body'; readonly limitParam: 'limit'; readonly offsetParam: 'offset'; readonly itemsField: 'data.hits' }, 'apptoken'>;

/** The `params` and `body` members of an init, optional ones marked, without the call options. */
type Slots<Init> = Pick<Init, Extract<keyof Init, 'params' | 'body'>>;

export function successBodies() {
  expectTypeOf<DataOf<paths, ListThings>>().toEqualTypeOf<{ objects: Thing[]; more: boolean }>();
  // JSON wins over another media type of the same response: the client parses JSON.
  expectTypeOf<DataOf<paths, GetThing>>().toEqualTypeOf<Thing>();
  // Every 2xx counts; one without content adds undefined.
  expectTypeOf<DataOf<paths, CreateThing>>().toEqualTypeOf<Thing | undefined>();
  expectTypeOf<DataOf<paths, DeleteThing>>().toEqualTypeOf<undefined>();
  // A `+json` media type is JSON; `2XX` is a success range.
  expectTypeOf<DataOf<paths, PatchThing>>().toEqualTypeOf<Thing>();
  // No JSON at all: every media type's body.
  expectTypeOf<DataOf<paths, GetReport>>().toEqualTypeOf<string | Blob>();
  // No 2xx response: no success body.
  expectTypeOf<DataOf<paths, Gone>>().toEqualTypeOf<never>();
}

export function inits() {
  expectTypeOf<Slots<InitOf<paths, GetThing>>>().toEqualTypeOf<{ params: ById; body?: never }>();
  expectTypeOf<Slots<InitOf<paths, ListThings>>>().toEqualTypeOf<{
    params?: { query?: { limit?: number; skip?: number; q?: string }; header?: never; path?: never; cookie?: never };
    body?: never;
  }>();
  // A required body, JSON rather than the form alternative.
  expectTypeOf<Slots<InitOf<paths, CreateThing>>>().toEqualTypeOf<{ params?: NoParameters; body: NewThing }>();
  // An optional body may also be given as undefined, as openapi-fetch typed it.
  expectTypeOf<Slots<InitOf<paths, PatchThing>>>().toEqualTypeOf<{ params: ById; body?: Partial<NewThing> | undefined }>();
  expectTypeOf<{ params: { path: { id: '1' } }; body: undefined }>().toExtend<InitOf<paths, PatchThing>>();
  // A required header parameter makes `params` required.
  expectTypeOf<Slots<InitOf<paths, GetReport>>>().toEqualTypeOf<{
    params: { query?: never; header: { 'X-Tenant': string }; path?: never; cookie?: never };
    body?: never;
  }>();
  // The body token is the runtime's to fill: optional, and so is the body.
  expectTypeOf<NonNullable<InitOf<paths, Search>['body']>>().toEqualTypeOf<Omit<{ apptoken: string; query: string; limit: number; offset: number }, 'apptoken'> & { apptoken?: string }>();
  expectTypeOf<{ body: { query: 'x'; limit: 10; offset: 0 } }>().toExtend<InitOf<paths, Search>>();
  expectTypeOf<{ params: { path: { id: '1' } }; signal: AbortSignal; parseAs: 'text'; headers: { 'X-Trace': '1' } }>().toExtend<InitOf<paths, GetThing>>();

  // @ts-expect-error a path parameter is required
  const noPath: InitOf<paths, GetThing> = {};
  // @ts-expect-error the body keeps its schema's types
  const wrongBody: InitOf<paths, CreateThing> = { body: { name: 42 } };
  // @ts-expect-error an operation without a request body takes none
  const bodyOnGet: InitOf<paths, GetThing> = { params: { path: { id: '1' } }, body: { name: 'x' } };
  // @ts-expect-error the method is the operation's, not the call's
  const method: InitOf<paths, GetThing> = { params: { path: { id: '1' } }, method: 'DELETE' };
  void [noPath, wrongBody, bodyOnGet, method];
}

export function pages() {
  expectTypeOf<ItemOf<paths, ListThings>>().toEqualTypeOf<Thing>();
  // A dotted itemsField walks into the body.
  expectTypeOf<ItemOf<paths, Search>>().toEqualTypeOf<Thing>();
  // paginate sets the paging parameters, in the query or in the body.
  expectTypeOf<{ params: { query: { q: 'x' } } }>().toExtend<PageInitOf<paths, ListThings>>();
  expectTypeOf<{ body: { query: 'x' } }>().toExtend<PageInitOf<paths, Search>>();
  // @ts-expect-error the fields paginate does not set stay required
  const noQuery: PageInitOf<paths, Search> = { body: {} };
  void noQuery;
}
