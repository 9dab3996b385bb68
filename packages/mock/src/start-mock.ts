// startMock: a local mock of one vendor. Prism answers from the spec (request validation on),
// and in front of it the fault layer plays the scenario and the rate-limit budget. The front
// port is bound first, so a busy port fails at once rather than after Prism's start.
import { formatArrival, type Arrival } from './arrivals.js';
import { startFaultProxy } from './fault-proxy.js';
import { parseScenario } from './parse-scenario.js';
import { startPrism, type PrismProcess } from './prism-process.js';
import { resolveSpec } from './resolve-spec.js';
import type { Scenario } from './scenario.js';
import { readSpecFacts } from './spec-facts.js';

export interface MockOptions {
  /** A vendor listed under redocly.yaml's `apis:`. Give this or `specFile`. */
  readonly vendor?: string;
  /** Any OpenAPI document. */
  readonly specFile?: string;
  /** The port on 127.0.0.1. @default 0 (a free one) */
  readonly port?: number;
  /** Scenario text (the README's line format) or a parsed scenario. @default none: every request is answered from the spec */
  readonly scenario?: string | Scenario;
  /** Gets a line per arrival (`GET /requests → 503 in 3 ms (scenario:1 step 1/3)`), redacted. */
  readonly log?: (line: string) => void;
  /** Where redocly.yaml is looked for (here and above), and what specFile is relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Aborts a start still waiting for Prism. */
  readonly signal?: AbortSignal;
}

export interface MockServer {
  /** The base URL to give the client: `http://127.0.0.1:<port>`. */
  readonly baseUrl: string;
  /** The vendor key, or the spec file's name. */
  readonly name: string;
  /** Every request answered so far, redacted. */
  readonly arrivals: readonly Arrival[];
  /** Stops the fault layer and Prism (safe to call twice). */
  stop(): Promise<void>;
}

export async function startMock(options: MockOptions): Promise<MockServer> {
  const cwd = options.cwd ?? process.cwd();
  const spec = resolveSpec({ vendor: options.vendor, specFile: options.specFile }, cwd);
  const facts = readSpecFacts(spec.specFile);
  const scenario = typeof options.scenario === 'string' ? parseScenario(options.scenario, facts.rateLimitHeaders ? { defaultHeaders: facts.rateLimitHeaders } : {}) : options.scenario;

  let prism: PrismProcess | undefined;
  let resolveUpstream: (url: string) => void = () => undefined;
  let rejectUpstream: (error: Error) => void = () => undefined;
  const upstream = new Promise<string>((resolve, reject) => {
    resolveUpstream = resolve;
    rejectUpstream = reject;
  });
  const front = await startFaultProxy(upstream, {
    port: options.port ?? 0,
    specTemplates: facts.templates,
    specName: spec.specFile,
    ...(scenario ? { scenario } : {}),
    ...(options.log ? { onArrival: (arrival: Arrival) => options.log?.(formatArrival(arrival)) } : {}),
  });
  try {
    prism = await startPrism({ specFile: spec.specFile, signal: options.signal });
    resolveUpstream(prism.url);
  } catch (error) {
    rejectUpstream(error as Error);
    await front.stop();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    baseUrl: front.url,
    name: spec.name,
    arrivals: front.arrivals,
    stop: () => {
      stopping ??= Promise.all([front.stop(), prism?.stop()]).then(() => undefined);
      return stopping;
    },
  };
}
