// The scripted fault layer: a server on 127.0.0.1 in front of an upstream (Prism, or any
// loopback server) that plays one step per arrival — from a test's script, then from the
// scenario's rule for the operation, else forwarding — and, with a rate-limit budget, answers
// 429 once it is spent and puts the real budget in every answer's headers. It counts the writes
// that reached the upstream, so a test can prove none was doubled.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { completeArrival, type Arrival, type ArrivalDraft } from './arrivals.js';
import type { FaultStep } from './fault-step.js';
import { readBody } from './forward.js';
import { HOST, listenOnLoopback } from './listen.js';
import { playStep, type Exchange } from './play-step.js';
import { createRateLimitBudget, type BudgetDecision } from './rate-limit-budget.js';
import type { Scenario } from './scenario.js';
import { createScenarioPlayer } from './scenario-player.js';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** As received, unredacted: for tests that compare a retry with the first attempt. Never printed. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
  readonly step: FaultStep['kind'];
  /** Ms since the proxy started. */
  readonly at: number;
}

export interface FaultProxyOptions {
  /** @default 0 (any free port) */
  readonly port?: number;
  readonly scenario?: Scenario;
  /** The spec's path templates, to match requests to operations and check the scenario's paths. @default [] */
  readonly specTemplates?: readonly string[];
  /** The spec as messages name it. */
  readonly specName?: string;
  /** Called with each arrival once it is answered (redacted). */
  readonly onArrival?: (arrival: Arrival) => void;
}

export interface FaultProxy {
  readonly url: string;
  /** Steps for the next requests, in order, before any scenario rule; when they run out, requests go on to the scenario. */
  script(...steps: FaultStep[]): void;
  readonly requests: readonly RecordedRequest[];
  /** Every answered request, redacted. */
  readonly arrivals: readonly Arrival[];
  /** Non-GET/HEAD requests that reached the upstream, by `METHOD path`. */
  readonly upstreamWrites: ReadonlyMap<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

interface Decision {
  readonly step: FaultStep;
  readonly reason: string;
  readonly budget: BudgetDecision | undefined;
}

/** Starts the layer in front of `upstream` (a URL, or one still being started). */
export async function startFaultProxy(upstream: string | Promise<string>, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const upstreamUrl = Promise.resolve(upstream).then((url) => new URL(url));
  upstreamUrl.catch(() => undefined); // Awaited per request; a failed start is reported by whoever started it.
  const player = createScenarioPlayer({ rules: options.scenario?.rules ?? [], specTemplates: options.specTemplates ?? [], ...(options.specName ? { specName: options.specName } : {}) });
  const budget = options.scenario?.rateLimit ? createRateLimitBudget(options.scenario.rateLimit) : undefined;
  const queue: FaultStep[] = [];
  const requests: RecordedRequest[] = [];
  const arrivals: Arrival[] = [];
  const upstreamWrites = new Map<string, number>();
  const sockets = new Set<Socket>();
  const started = Date.now();

  const decide = (request: IncomingMessage, at: number): Decision => {
    const method = request.method ?? '';
    const path = request.url ?? '';
    const taken = budget?.take(at);
    if (taken && !taken.allowed) return { step: { kind: 'status', status: 429, retryAfter: { seconds: taken.resetInSeconds } }, reason: 'rate limit spent', budget: taken };
    const scripted = queue.shift();
    if (scripted) return { step: scripted, reason: 'script', budget: taken };
    const next = player.next(method, path);
    if (next) return { step: next.step, reason: `${next.rule.source} step ${next.position}/${next.rule.steps.length}`, budget: taken };
    return { step: { kind: 'forward' }, reason: 'spec', budget: taken };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const at = Date.now();
    const decision = decide(request, at);
    requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: body.toString(), step: decision.step.kind, at: at - started });
    const draft: ArrivalDraft = { request, body, at, operation: player.operationOf(request.method ?? '', request.url ?? ''), reason: decision.reason };
    let settled = false;
    const exchange: Exchange = {
      request,
      response,
      body,
      upstream: () => upstreamUrl,
      rateLimitHeaders: decision.budget?.headers,
      countWrite: () => {
        const key = `${request.method} ${(request.url ?? '').split('?')[0]}`;
        upstreamWrites.set(key, (upstreamWrites.get(key) ?? 0) + 1);
      },
      settle: (status, step) => {
        if (settled) return;
        settled = true;
        const arrival = completeArrival(draft, { status, step });
        arrivals.push(arrival);
        options.onArrival?.(arrival);
      },
    };
    await playStep(decision.step, exchange);
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
  const port = await listenOnLoopback(server, options.port ?? 0);

  return {
    url: `http://${HOST}:${port}`,
    script: (...steps) => queue.push(...steps),
    requests,
    arrivals,
    upstreamWrites,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      arrivals.length = 0;
      upstreamWrites.clear();
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
