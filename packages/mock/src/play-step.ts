// Plays one fault step for one request: forwards it, answers it, or cuts the connection, and
// settles the arrival with the status it played.
import { STATUS_CODES, type OutgoingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { retryAfterValue, type FaultStep } from './fault-step.js';
import { forward, type UpstreamAnswer } from './forward.js';
import { htmlErrorPage } from './html-page.js';
import { rateLimitHeaderNames } from './rate-limit-budget.js';

/** One request being answered: everything a step needs. */
export interface Exchange {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly body: Buffer;
  readonly upstream: () => Promise<URL>;
  /** The budget's headers, put over whatever the answer carries (replacing the upstream's); undefined: no budget. */
  readonly rateLimitHeaders: Readonly<Record<string, string>> | undefined;
  /** Counts a write that reached the upstream's logic. */
  countWrite(): void;
  /** Records how the request was answered (called once, just before the answer or the cut). */
  settle(status: number | undefined, step: FaultStep['kind']): void;
}

function answerHeaders(exchange: Exchange, headers: OutgoingHttpHeaders | Readonly<Record<string, string>>): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  const budget = exchange.rateLimitHeaders;
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (budget && rateLimitHeaderNames.includes(lower)) continue;
    out[lower] = value;
  }
  return budget ? { ...out, ...budget } : out;
}

function send(exchange: Exchange, status: number, headers: OutgoingHttpHeaders, body: Buffer | string, step: FaultStep['kind']): void {
  if (exchange.response.destroyed) return;
  exchange.settle(status, step);
  const final = answerHeaders(exchange, headers);
  delete final['transfer-encoding'];
  final['content-length'] = String(Buffer.byteLength(body));
  exchange.response.writeHead(status, final);
  exchange.response.end(body);
}

const isWrite = (request: IncomingMessage) => request.method !== 'GET' && request.method !== 'HEAD';

/** The spec's own answer for `status` (Prism's `Prefer: code=`), or a small JSON body when it documents none. */
async function statusAnswer(exchange: Exchange, status: number): Promise<UpstreamAnswer> {
  const answer = await forward(await exchange.upstream(), exchange.request, exchange.body, { prefer: `code=${status}` });
  // A request that breaks the spec keeps Prism's validation answer, as the real API would refuse it.
  if (answer.status === status || answer.headers['sl-violations'] !== undefined) return answer;
  return { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ message: STATUS_CODES[status] ?? 'Error' })) };
}

export async function playStep(step: FaultStep, exchange: Exchange): Promise<void> {
  const { request, response } = exchange;
  switch (step.kind) {
    case 'forward': {
      if (step.delayMs) await sleep(step.delayMs);
      const answer = await forward(await exchange.upstream(), request, exchange.body);
      if (isWrite(request)) exchange.countWrite();
      send(exchange, answer.status, answer.headers, answer.body, step.kind);
      return;
    }
    case 'forward-then-reset':
      await forward(await exchange.upstream(), request, exchange.body);
      if (isWrite(request)) exchange.countWrite();
      exchange.settle(undefined, step.kind);
      request.socket.destroy();
      return;
    case 'respond':
      if (step.delayMs) await sleep(step.delayMs);
      send(exchange, step.status, { 'content-type': 'application/json', ...step.headers }, step.body ?? '', step.kind);
      return;
    case 'status': {
      if (step.delayMs) await sleep(step.delayMs);
      const answer = step.html
        ? { status: step.status, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(htmlErrorPage(step.status)) }
        : await statusAnswer(exchange, step.status);
      const retryAfter = step.retryAfter ? { 'retry-after': retryAfterValue(step.retryAfter, Date.now()) } : {};
      send(exchange, answer.status, { ...answer.headers, ...retryAfter }, answer.body, step.kind);
      return;
    }
    case 'reset':
      exchange.settle(undefined, step.kind);
      request.socket.destroy();
      return;
    case 'reset-mid-body': {
      const partial = step.partialBody ?? '{"data": [1, 2, ';
      const status = step.status ?? 200;
      exchange.settle(status, step.kind);
      response.writeHead(status, answerHeaders(exchange, { 'content-type': 'application/json', 'content-length': String(partial.length + 100) }));
      response.write(partial);
      setTimeout(() => request.socket.destroy(), 10);
      return;
    }
    case 'hang':
      exchange.settle(undefined, step.kind);
      return;
  }
}
