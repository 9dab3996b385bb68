// A loopback stand-in for Xurrent in the fleet tests, recording every request's arrival time:
// a budget per token of `limit` requests per `windowMs` in fixed windows from the first arrival,
// told in Xurrent's x-ratelimit-* headers and answered 429 + Retry-After beyond it; an OAuth
// token endpoint (POST /token) whose latest token alone is accepted, and which can be revoked;
// a 429 with Retry-After: 2 at a chosen request. The reset is sent in fractional epoch seconds
// (Xurrent sends whole ones) because the tests scale Xurrent's hour down to a second.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startLoopback } from '../support/loopback.js';

export interface StubOptions {
  readonly limit?: number;
  readonly windowMs?: number;
  /** Answer this request (0-based, API requests only) with 429 and Retry-After: 2. */
  readonly retryAfterAt?: number;
  /** Milliseconds before each API answer. */
  readonly delayMs?: number;
}

interface Arrival {
  readonly at: number;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: string;
}

export interface VendorStub {
  readonly url: string;
  readonly arrivals: Arrival[];
  /** How many tokens the token endpoint has issued. */
  tokenRequests(): number;
  /** The current token is refused from now on (401) until a new one is issued. */
  revoke(): void;
  close(): Promise<void>;
}

export async function startVendorStub(options: StubOptions = {}): Promise<VendorStub> {
  const { limit = 1_000_000, windowMs = 1000, retryAfterAt, delayMs = 0 } = options;
  const arrivals: Arrival[] = [];
  const windows = new Map<string, { start: number; used: number }>();
  let issued = 0;
  let valid: string | undefined;
  let apiIndex = 0;

  const answer = (response: ServerResponse, status: number, headers: Record<string, string>, body: object) => {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
    response.end(text);
  };

  const handle = (request: IncomingMessage, response: ServerResponse, index: number) => {
    const at = Date.now();
    const path = request.url ?? '';
    const body = loopback.requests[index]?.body ?? '';
    const record = (status: number) => arrivals.push({ at, method: request.method ?? '', path, status, body });
    if (path === '/token') {
      issued += 1;
      valid = `fleet-access-token-${issued}`;
      record(200);
      return answer(response, 200, {}, { access_token: valid, token_type: 'Bearer', expires_in: 3600 });
    }
    const authorization = request.headers.authorization ?? '';
    if (valid !== undefined && authorization !== `Bearer ${valid}`) {
      record(401);
      return answer(response, 401, {}, { message: 'Unauthorized' });
    }
    const nth = apiIndex++;
    const window = windows.get(authorization);
    let current = window ?? { start: at, used: 0 };
    if (at >= current.start + windowMs) current = { start: current.start + windowMs * Math.floor((at - current.start) / windowMs), used: 0 };
    windows.set(authorization, current);
    const resetAt = current.start + windowMs;
    const rate = (remaining: number) => ({ 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': (resetAt / 1000).toFixed(3) });
    if (nth === retryAfterAt || current.used >= limit) {
      record(429);
      const retryAfter = nth === retryAfterAt ? '2' : String(Math.max(1, Math.ceil((resetAt - at) / 1000)));
      return answer(response, 429, { 'retry-after': retryAfter, ...rate(0) }, { message: 'Too Many Requests' });
    }
    current.used += 1;
    record(request.method === 'POST' ? 201 : 200);
    const send = () => answer(response, request.method === 'POST' ? 201 : 200, rate(limit - current.used), { id: 70453, subject: 'VPN down' });
    if (delayMs > 0) setTimeout(send, delayMs);
    else send();
  };
  const loopback = await startLoopback(handle);
  return {
    url: loopback.url,
    arrivals,
    tokenRequests: () => issued,
    revoke() {
      valid = `revoked-${issued}`;
    },
    close: () => loopback.close(),
  };
}
