// Passes one request on to the upstream (Prism) and reads its whole answer.
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

/** Sends `request` (with its already read `body`) to `upstream`; `extraHeaders` replace the request's own. */
export function forward(upstream: URL, request: IncomingMessage, body: Buffer, extraHeaders: Readonly<Record<string, string>> = {}): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: { ...request.headers, host: upstream.host, ...extraHeaders } },
      (response) => {
        readBody(response).then((responseBody) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: responseBody }), reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
