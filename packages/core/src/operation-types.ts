/**
 * The call and result types of one operation, read straight from the operation object that
 * Specsmith's type emitter (openapi-typescript's shape) writes into `paths`: `parameters` with
 * its path/query/header/cookie groups, `requestBody.content`, and `responses[status].content`.
 * Written here rather than taken from openapi-fetch, which is frozen and no longer part of the
 * runtime; the rules are the ones it used (a group or body is required when the spec says so).
 */
import type { CallOptions } from './contract/index.js';

/** The openapi-typescript operation object of an operation-table row. */
export type OperationOf<Paths, Row> = Row extends { readonly path: infer P; readonly method: infer M } ? (P extends keyof Paths ? (M extends keyof Paths[P] ? Paths[P][M] : never) : never) : never;

/** Media types the client parses as JSON (`application/json`, `application/problem+json`, with parameters or not). */
type JsonMediaType = 'application/json' | `application/json;${string}` | `application/${string}+json` | `application/${string}+json;${string}`;

/** The body a `content` map describes: its JSON media types where it has any (the client reads JSON), else every one. */
type ContentBody<Content> = [Extract<keyof Content, JsonMediaType>] extends [never] ? Content[keyof Content] : Content[Extract<keyof Content, JsonMediaType>];

/** The body of one response; `undefined` for a response without content (`content?: never`). */
type ResponseBody<Response> = Response extends { content: infer Content extends object } ? ContentBody<Content> : undefined;

/** The 2xx keys of a responses map (`200`, `204`, `'2XX'`). */
type SuccessStatus<Key> = Key extends string | number ? (`${Key}` extends `2${string}` ? Key : never) : never;

/** The success body of a row: the union of its 2xx responses' bodies (`never` when it declares none). */
export type DataOf<Paths, Row> = OperationOf<Paths, Row> extends { responses: infer Responses } ? ResponseBody<Responses[SuccessStatus<keyof Responses>]> : never;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** `params`, required when one of its groups is (a path parameter, a required query parameter). */
type ParamsSlot<Op> = Op extends { parameters: infer Parameters }
  ? [RequiredKeys<Parameters>] extends [never]
    ? { params?: Parameters }
    : { params: Parameters }
  : { params?: { query?: Record<string, unknown> } };

type BodyOf<RequestBody> = RequestBody extends { content: infer Content extends object } ? ContentBody<Content> : never;

/** `body`: required when `requestBody` is, optional (and undefined allowed) when it is optional, absent when there is none. */
type BodySlot<Op> = Op extends { requestBody: infer RequestBody }
  ? { body: BodyOf<RequestBody> }
  : Op extends { requestBody?: infer RequestBody }
    ? [BodyOf<NonNullable<RequestBody>>] extends [never]
      ? { body?: never }
      : { body?: BodyOf<NonNullable<RequestBody>> | undefined }
    : { body?: never };

/** A body whose token the runtime supplies: the token field becomes optional. */
type WithoutToken<Body, Token extends string> = Body extends unknown ? Omit<Body, Token> & { [Key in Token]?: string } : never;

/**
 * The init of a row's call: `params` and `body` as the operation declares them, plus the
 * contract's call options (those of every generated method). A body token the runtime fills in is optional, as in the generated resources.
 */
export type InitOf<Paths, Row> = Row extends { readonly bodyToken: infer Token extends string }
  ? ParamsSlot<OperationOf<Paths, Row>> & { body?: WithoutToken<NonNullable<BodySlot<OperationOf<Paths, Row>>['body']>, Token> } & CallOptions
  : ParamsSlot<OperationOf<Paths, Row>> & BodySlot<OperationOf<Paths, Row>> & CallOptions;
