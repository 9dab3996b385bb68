import type { Outgoing } from './outgoing.js';

/** The statuses fetch follows (RFC 9110 §15.4). */
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Headers describing a body, dropped when a redirect turns the request into a GET. */
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/** fetch's own limit. */
export const maxRedirects = 20;

/**
 * True where a `redirect: 'manual'` response shows its status and Location (Node, Deno, Bun), so
 * the client can follow redirects itself. Browsers hand back an opaque response instead, and
 * already refuse an HTTPS page's redirect to plain HTTP.
 */
export const canFollowRedirects = typeof process === 'object' && typeof process.versions?.node === 'string';

/** Where a redirect response points, or undefined when it is not one to follow. */
export function redirectTarget(response: Response, from: string): URL | undefined {
  if (!redirectStatuses.has(response.status)) return undefined;
  const location = response.headers.get('location');
  if (location === null) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

/**
 * The next request of a redirect, as fetch would make it (303, and 301/302 after a POST, become
 * a GET without body), except that to another origin every credential header is dropped (fetch
 * drops only Authorization and Cookie) and a body is never sent there. Undefined when the
 * redirect cannot be followed that way: a body for another origin, or one that cannot be sent again.
 */
export function redirectRequest(request: Outgoing, status: number, target: URL, replayable: boolean, credentialHeaders: readonly string[]): Outgoing | undefined {
  const crossOrigin = target.origin !== new URL(request.url).origin;
  const toGet = (status === 303 && request.method !== 'GET' && request.method !== 'HEAD') || ((status === 301 || status === 302) && request.method === 'POST');
  const headers = { ...request.headers };
  if (crossOrigin) for (const name of credentialHeaders) delete headers[name];
  let body: BodyInit | null = null;
  if (toGet) {
    for (const name of bodyHeaders) delete headers[name];
  } else if (request.body !== undefined && request.body !== null) {
    if (crossOrigin || !replayable) return undefined;
    body = request.body;
    // A new FormData gets a new multipart boundary; let fetch write the matching header.
    if (typeof FormData !== 'undefined' && body instanceof FormData) delete headers['content-type'];
  }
  return { method: toGet ? 'GET' : request.method, url: target.href, headers, body, init: request.init };
}
