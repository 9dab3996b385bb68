import type { FetchFunction } from '../caller-options.js';
import { ConfigurationError } from '../errors/base.js';
import { encodeBody, isReplayable, serializeCookies, serializeHeader, serializeQuery } from '../serialize/index.js';
import { assertSecureBaseUrl } from '../transport-safety.js';
import type { CallInit } from './call-init.js';
import type { ClientContext } from './client-context.js';
import { assertValidHeaders } from './header-safety.js';
import type { OperationPlan } from './operation-plan.js';
import { mergeHeaders } from './outgoing.js';
import type { Outgoing } from './outgoing.js';
import { canFollowRedirects } from './redirect.js';

/** A call's request, ready to send, and how the call must treat it. */
export interface Prepared {
  /** The first attempt's request; later attempts copy it, never change it. */
  readonly request: Outgoing;
  /** The body can be sent again (a stream cannot). */
  readonly replayable: boolean;
  readonly streaming: boolean;
  readonly parseAs: CallInit['parseAs'];
  readonly signal: AbortSignal | undefined;
  readonly fetch: FetchFunction | undefined;
  /** The client follows redirects itself (the request goes with `redirect: 'manual'`), checking each target. */
  readonly followRedirects: boolean;
}

const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Base URLs a call passed and that were found secure, per client. */
const checkedBaseUrls = new WeakMap<ClientContext, Set<string>>();

function checkBaseUrl(client: ClientContext, baseUrl: string): void {
  let checked = checkedBaseUrls.get(client);
  if (!checked) {
    checked = new Set();
    checkedBaseUrls.set(client, checked);
  }
  if (checked.has(baseUrl)) return;
  assertSecureBaseUrl(baseUrl);
  checked.add(baseUrl);
}

/** The spec's header parameters, each by its style and checked under the name given. */
function addHeaderParameters(headers: Record<string, string>, given: Readonly<Record<string, unknown>>, plan: OperationPlan): void {
  const serialized: Record<string, string> = {};
  for (const name in given) {
    const text = serializeHeader(name, given[name], plan.operation.parameterStyles);
    if (text !== undefined) serialized[name] = text;
  }
  assertValidHeaders(serialized, plan.label);
  for (const name in serialized) headers[name.toLowerCase()] = serialized[name] as string;
}

function queryString(plan: OperationPlan, query: Readonly<Record<string, unknown>> | undefined, serializer: unknown): string {
  if (query === undefined || query === null) return '';
  if (serializer === undefined) return serializeQuery(query, plan.operation.parameterStyles);
  if (typeof serializer !== 'function') {
    throw new ConfigurationError(`${plan.label}: querySerializer must be a function of the query that returns the query string; the parameter styles come from the spec.`);
  }
  return String((serializer as (query: Readonly<Record<string, unknown>>) => string)(query));
}

/** Checks a call's init and turns it into the request every attempt sends. */
export function prepare(client: ClientContext, plan: OperationPlan, given: CallInit): Prepared {
  const { operation, label } = plan;
  const { body, headers: callHeaders, params, pathSerializer, querySerializer, bodySerializer, parseAs, fetch, baseUrl, middleware, signal, redirect, ...rest } = given;
  if (middleware !== undefined && middleware.length > 0) {
    throw new ConfigurationError(`${label}: per-call middleware is not supported by Specsmith clients; pass a \`fetch\` function to see or change each attempt's Request.`);
  }
  if (pathSerializer !== undefined) {
    throw new ConfigurationError(`${label}: a per-call pathSerializer is not supported; path parameters are filled by the spec's styles, each into its own segment.`);
  }
  if (baseUrl !== undefined) checkBaseUrl(client, baseUrl);
  // Per call only what the call adds; the client's own headers were checked at creation.
  if (callHeaders) assertValidHeaders(callHeaders, label);
  const method = operation.method.toUpperCase();
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
    throw new ConfigurationError(`${label}: a ${method} request cannot have a body; remove \`body\` from the call (the spec defines no request body for it).`);
  }
  const headers = mergeHeaders({ ...client.baseHeaders }, callHeaders);
  if (params?.header) addHeaderParameters(headers, params.header, plan);
  if (params?.cookie) {
    const cookies = serializeCookies(params.cookie, operation.parameterStyles);
    if (cookies) headers['cookie'] = headers['cookie'] ? `${headers['cookie']}; ${cookies}` : cookies;
  }
  if (plan.contentType && headers['content-type'] === undefined) headers['content-type'] = plan.contentType;
  const perCall = client.requestHeaders?.(operation);
  if (perCall) {
    assertValidHeaders(perCall, label);
    for (const name in perCall) {
      const key = name.toLowerCase();
      if (headers[key] === undefined) headers[key] = perCall[name] as string;
    }
  }
  let sent = body;
  if (plan.bodyTokenField && (sent === undefined || sent === null || isPlainObject(sent))) {
    // A token the caller put in the body wins; normally they never pass one.
    sent = { [plan.bodyTokenField]: client.auth.bodyToken, ...(sent as object | undefined) };
  }
  let encoded: BodyInit | null | undefined;
  if (sent !== undefined) {
    if (bodySerializer) {
      encoded = bodySerializer(sent, new Headers(headers));
      if (headers['content-type'] === undefined) headers['content-type'] = 'application/json';
    } else {
      const { body: bytes, contentType } = encodeBody(sent, headers['content-type']);
      encoded = bytes;
      // undefined: fetch writes it (a FormData's boundary, a Blob's own type).
      if (contentType === undefined) delete headers['content-type'];
      else headers['content-type'] = contentType;
    }
    if (typeof FormData !== 'undefined' && encoded instanceof FormData) delete headers['content-type'];
  }
  const path = plan.fillPath(params?.path ?? {});
  const query = queryString(plan, params?.query, querySerializer);
  const url = `${baseUrl === undefined ? client.baseUrl : baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
  const init: RequestInit = rest;
  if (redirect !== undefined) init.redirect = redirect;
  return {
    request: Object.freeze({ method, url, headers, body: encoded, init }),
    replayable: isReplayable(encoded),
    streaming: parseAs === 'stream',
    parseAs,
    signal: signal ?? undefined,
    fetch: fetch ?? client.fetch,
    // Followed by the client itself, so that no redirect leaves HTTPS or takes credentials elsewhere.
    followRedirects: redirect === undefined && canFollowRedirects,
  };
}
