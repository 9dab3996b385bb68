import { isReplayable, serializeBody } from '../body.js';
import type { FetchFunction } from '../caller-options.js';
import { ConfigurationError } from '../errors/base.js';
import { assertValidHeaders } from './header-safety.js';
import { mergeHeaders, serializeQuery } from '../outgoing.js';
import type { Outgoing } from '../outgoing.js';
import { guardedPathSerializer } from '../path-safety.js';
import { canFollowRedirects } from './redirect.js';
import { assertSecureBaseUrl } from '../transport-safety.js';
import type { CallInit } from './call-init.js';
import type { ClientContext } from './client-context.js';
import type { OperationPlan } from './operation-plan.js';

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

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Base URLs a call passed and that were found secure, per client. */
const checkedBaseUrls = new WeakMap<ClientContext, Set<string>>();

function checkBaseUrl(client: ClientContext, baseUrl: string): void {
  let checked = checkedBaseUrls.get(client);
  if (!checked) checkedBaseUrls.set(client, (checked = new Set()));
  if (checked.has(baseUrl)) return;
  assertSecureBaseUrl(baseUrl);
  checked.add(baseUrl);
}

/** Checks a call's init and turns it into the request every attempt sends. */
export function prepare(client: ClientContext, plan: OperationPlan, given: CallInit): Prepared {
  const { operation, label } = plan;
  const { body, headers: callHeaders, params, pathSerializer, querySerializer, bodySerializer, parseAs, fetch, baseUrl, middleware, signal, redirect, ...rest } = given;
  if (middleware !== undefined && middleware.length > 0) {
    throw new ConfigurationError(`${label}: per-call middleware is not supported by Specsmith clients; pass a \`fetch\` function to see or change each attempt's Request.`);
  }
  if (baseUrl !== undefined) checkBaseUrl(client, baseUrl);
  // Per call only what the call adds; the client's own headers were checked at creation.
  if (callHeaders) assertValidHeaders(callHeaders, label);
  if (params?.header) assertValidHeaders(params.header, label);
  const method = operation.method.toUpperCase();
  if (body !== undefined && (method === 'GET' || method === 'HEAD')) {
    throw new ConfigurationError(`${label}: a ${method} request cannot have a body; remove \`body\` from the call (the spec defines no request body for it).`);
  }
  const headers = mergeHeaders(mergeHeaders({ ...client.baseHeaders }, callHeaders), params?.header);
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
  let serialized: unknown;
  if (sent !== undefined) {
    serialized = bodySerializer ? bodySerializer(sent, new Headers(headers)) : serializeBody(sent, headers);
    // fetch writes a FormData's Content-Type itself, with the boundary it chose.
    if (typeof FormData !== 'undefined' && serialized instanceof FormData) delete headers['content-type'];
    else if (headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  }
  let path = operation.path;
  if (path.includes('{')) {
    const serializer = pathSerializer ? guardedPathSerializer(label, path, pathSerializer) : plan.pathSerializer;
    path = serializer(path, params?.path ?? {});
  }
  const query = serializeQuery(params?.query, querySerializer);
  const url = `${baseUrl === undefined ? client.baseUrl : baseUrl.replace(/\/$/, '')}${path}${query ? `?${query}` : ''}`;
  const init: RequestInit = rest;
  if (redirect !== undefined) init.redirect = redirect;
  return {
    request: Object.freeze({ method, url, headers, body: serialized as BodyInit | null | undefined, init }),
    replayable: isReplayable(serialized),
    streaming: parseAs === 'stream',
    parseAs,
    signal: signal ?? undefined,
    fetch: fetch ?? client.fetch,
    // Followed by the client itself, so that no redirect leaves HTTPS or takes credentials elsewhere.
    followRedirects: redirect === undefined && canFollowRedirects,
  };
}
