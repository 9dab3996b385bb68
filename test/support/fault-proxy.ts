// A scripted fault proxy for tests: it sits in front of an upstream (Prism, or any loopback
// server) and plays one step per incoming request — a status with Retry-After, a delay, a
// connection reset before or during the body, truncated or invalid JSON, an HTML error page,
// an empty body — then forwards the rest. Prism cannot play a sequence (503, 503, 200); this
// can. It counts the writes that reached the upstream, so a test can prove none was doubled.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type FaultStep =
  /** Pass the request to the upstream (after `delayMs`). */
  | { readonly kind: 'forward'; readonly delayMs?: number }
  /** Pass it upstream (the write is applied), then cut the connection instead of answering. */
  | { readonly kind: 'forward-then-reset' }
  /** Answer without reaching the upstream. */
  | { readonly kind: 'respond'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string; readonly delayMs?: number }
  /** Cut the connection before any response byte. */
  | { readonly kind: 'reset' }
  /** Send headers and part of the body, then cut the connection. */
  | { readonly kind: 'reset-mid-body'; readonly status?: number; readonly partialBody?: string }
  /** Never answer (for timeouts); the socket is destroyed when the proxy stops. */
  | { readonly kind: 'hang' };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  readonly step: FaultStep['kind'];
  readonly at: number;
}

export interface FaultProxy {
  readonly url: string;
  /** Steps for the next requests, in order; when they run out, requests are forwarded. */
  script(...steps: FaultStep[]): void;
  readonly requests: readonly RecordedRequest[];
  /** Non-GET/HEAD requests that reached the upstream, by `METHOD path`. */
  readonly upstreamWrites: ReadonlyMap<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

export const html500 = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function forward(upstream: URL, request: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: { ...request.headers, host: upstream.host } },
      (response) => {
        readBody(response).then((responseBody) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: responseBody }), reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamUrl);
  const queue: FaultStep[] = [];
  const requests: RecordedRequest[] = [];
  const upstreamWrites = new Map<string, number>();
  const sockets = new Set<Socket>();
  const started = Date.now();

  const countWrite = (request: IncomingMessage) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const key = `${request.method} ${(request.url ?? '').split('?')[0]}`;
    upstreamWrites.set(key, (upstreamWrites.get(key) ?? 0) + 1);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const step = queue.shift() ?? { kind: 'forward' };
    requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: body.toString(), step: step.kind, at: Date.now() - started });
    switch (step.kind) {
      case 'forward': {
        if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
        const answer = await forward(upstream, request, body);
        countWrite(request);
        const headers = { ...answer.headers };
        delete headers['transfer-encoding'];
        headers['content-length'] = String(answer.body.length);
        response.writeHead(answer.status, headers);
        response.end(answer.body);
        return;
      }
      case 'forward-then-reset':
        await forward(upstream, request, body);
        countWrite(request);
        request.socket.destroy();
        return;
      case 'respond':
        if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
        if (response.destroyed) return;
        response.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
        response.end(step.body ?? '');
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'reset-mid-body': {
        const partial = step.partialBody ?? '{"data": [1, 2, ';
        response.writeHead(step.status ?? 200, { 'content-type': 'application/json', 'content-length': String(partial.length + 100) });
        response.write(partial);
        setTimeout(() => request.socket.destroy(), 10);
        return;
      }
      case 'hang':
        return;
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) response.writeHead(599, { 'content-type': 'text/plain' });
      response.end(`fault proxy: ${error.message}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fault proxy has no address');

  return {
    url: `http://127.0.0.1:${address.port}`,
    script: (...steps) => queue.push(...steps),
    requests,
    upstreamWrites,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      upstreamWrites.clear();
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
