// An injected fetch that replays scripted responses and records every request it receives.

/** A response to play back. An object body is sent as JSON. */
interface Scripted {
  readonly status?: number;
  readonly statusText?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** What to do for one request: answer, fail like undici, or hang until aborted. */
export type Step = Scripted | Response | { readonly fail: 'refused' | 'reset' | 'dns' } | { readonly hang: true } | ((request: RecordedRequest) => Scripted | Response | Promise<Scripted | Response>);

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** Path and query, e.g. `/requests?per_page=100`. */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  /** The body parsed as JSON (undefined when there is none or it is not JSON). */
  readonly json: unknown;
  readonly signal: AbortSignal;
}

const codes = { refused: ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'], reset: ['ECONNRESET', 'read ECONNRESET'], dns: ['ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.test'] } as const;

/** The TypeError undici throws for a failed connection, with the system error as its cause. */
function networkError(kind: keyof typeof codes): TypeError {
  const [code, message] = codes[kind];
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

function toResponse(step: Scripted | Response): Response {
  if (step instanceof Response) return step;
  const { status = 200, statusText, headers = {}, body } = step;
  const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
  const withType =
    text !== null && typeof body !== 'string' && !Object.keys(headers).some((key) => key.toLowerCase() === 'content-type') ? { 'content-type': 'application/json', ...headers } : headers;
  return new Response(status === 204 || status === 304 ? null : text, { status, ...(statusText ? { statusText } : {}), headers: withType });
}

/**
 * `scriptedFetch([{ status: 503 }, { status: 200, body: {...} }])` answers the n-th request with
 * the n-th step (the last step repeats). `requests` lists what was sent.
 */
export function scriptedFetch(steps: readonly Step[] | ((request: RecordedRequest, index: number) => Step)) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: Request): Promise<Response> => {
    const body = input.body === null ? undefined : await input.text();
    let json: unknown;
    try {
      json = body === undefined ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
    }
    const url = new URL(input.url);
    const recorded: RecordedRequest = {
      method: input.method,
      url: input.url,
      path: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(input.headers.entries()),
      body,
      json,
      signal: input.signal,
    };
    const index = requests.push(recorded) - 1;
    const step = typeof steps === 'function' ? steps(recorded, index) : steps[Math.min(index, steps.length - 1)];
    if (step === undefined) throw new Error('scriptedFetch: no step');
    if (input.signal.aborted) throw input.signal.reason;
    if (typeof step === 'function') return toResponse(await step(recorded));
    if ('fail' in step) throw networkError(step.fail);
    if ('hang' in step) {
      return new Promise<Response>((_resolve, reject) => {
        input.signal.addEventListener('abort', () => reject(input.signal.reason), { once: true });
      });
    }
    return toResponse(step);
  };
  return Object.assign(fetch, { requests });
}
