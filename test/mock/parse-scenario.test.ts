// parseScenario: each step kind of the scenario line format, the rate-limit line, and the exact
// message (file:line) for each kind of bad line.
import { parseScenario } from '@specsmith/mock';
import { describe, expect, it } from 'vitest';

/** The error `run` throws, as a user would see it. */
function thrown(run: () => unknown): { name: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  return undefined;
}

const rule = (line: string) => parseScenario(line, { file: 'scenario.txt' }).rules[0];

describe('parseScenario', () => {
  it('reads a status sequence per operation, with its line as the source', () => {
    expect(parseScenario('# Xurrent outage\n\nGET /requests: 503, 503, 200\n', { file: 'scenario.txt' })).toEqual({
      rules: [
        {
          method: 'GET',
          template: '/requests',
          steps: [
            { kind: 'status', status: 503 },
            { kind: 'status', status: 503 },
            { kind: 'status', status: 200 },
          ],
          source: 'scenario.txt:3',
        },
      ],
      rateLimit: undefined,
      rateLimitSource: undefined,
    });
  });

  it('reads every step kind', () => {
    expect(rule('* /requests/{id}: reset, reset-mid-body, reset-mid-body 206, hang, forward, forward-then-reset, delay 2000, html 502')).toEqual({
      method: '*',
      template: '/requests/{id}',
      steps: [
        { kind: 'reset' },
        { kind: 'reset-mid-body' },
        { kind: 'reset-mid-body', status: 206 },
        { kind: 'hang' },
        { kind: 'forward' },
        { kind: 'forward-then-reset' },
        { kind: 'forward', delayMs: 2000 },
        { kind: 'status', status: 502, html: true },
      ],
      source: 'scenario.txt:1',
    });
  });

  it('reads Retry-After in seconds, as an HTTP-date (commas and all) and relative to when it plays, and a delay on a status', () => {
    expect(rule('post /requests: 429 retry-after 2, 503 retry-after Wed, 21 Oct 2026 07:28:00 GMT, 429 retry-after date+3 delay 150, html 503 retry-after 5')?.steps).toEqual([
      { kind: 'status', status: 429, retryAfter: { seconds: 2 } },
      { kind: 'status', status: 503, retryAfter: { httpDate: 'Wed, 21 Oct 2026 07:28:00 GMT' } },
      { kind: 'status', status: 429, retryAfter: { dateInSeconds: 3 }, delayMs: 150 },
      { kind: 'status', status: 503, html: true, retryAfter: { seconds: 5 } },
    ]);
    expect(rule('post /requests: 200')?.method).toBe('POST');
  });

  it('repeats a step with x<count>', () => {
    expect(rule('GET /people: 500 x3, forward')?.steps).toEqual([{ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'forward' }]);
  });

  it("reads the rate-limit line in both header families, the spec's family as the default", () => {
    expect(parseScenario('rate-limit 100/10s', { file: 's.txt' })).toEqual({ rules: [], rateLimit: { limit: 100, windowMs: 10_000, headers: 'x-ratelimit' }, rateLimitSource: 's.txt:1' });
    expect(parseScenario('rate-limit 5/500ms headers=ietf').rateLimit).toEqual({ limit: 5, windowMs: 500, headers: 'ietf' });
    expect(parseScenario('rate-limit 3600/h', { defaultHeaders: 'ietf' }).rateLimit).toEqual({ limit: 3600, windowMs: 3_600_000, headers: 'ietf' });
  });

  const STEP_HELP =
    'expected a status (e.g. 503), html <status>, delay <ms>, reset, reset-mid-body [status], hang, forward or forward-then-reset; ' +
    'a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>; any step takes x<count> to repeat';

  it.each([
    ['GET /requests: 503, 50x', `scenario.txt:3: unknown step "50x"; ${STEP_HELP}`],
    ['GET /requests: 503, , 200', `scenario.txt:3: an empty step; ${STEP_HELP}`],
    ['GET /requests: 700', 'scenario.txt:3: 700 is not an HTTP status (100-599)'],
    ['GET /requests: delay soon', 'scenario.txt:3: delay needs a whole number, not "soon"; e.g. delay 2000'],
    ['GET /requests: html', 'scenario.txt:3: a status needs a whole number; e.g. 503'],
    ['GET /requests: 429 retry-after', 'scenario.txt:3: retry-after needs seconds, an HTTP-date or date+<seconds>; e.g. 429 retry-after 2'],
    ['GET /requests: 429 retry-after tomorrow', 'scenario.txt:3: retry-after needs seconds, an HTTP-date or date+<seconds>, not "tomorrow"; e.g. 429 retry-after 2'],
    ['GET /requests: 503 please', 'scenario.txt:3: unexpected "please" after 503; a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>'],
    ['GET /requests: reset now', 'scenario.txt:3: unexpected "now" after reset'],
    ['GET /requests: 503 x0', 'scenario.txt:3: x0 repeats a step no times; use x1 or more'],
    ['GET /requests:', 'scenario.txt:3: GET /requests lists no steps after the colon'],
    ['GET /requests:503', 'scenario.txt:3: cannot read "GET /requests:503"; expected `METHOD /path: steps` (e.g. GET /requests/{id}: 503, 200) or `rate-limit <n>/<window>` (e.g. rate-limit 100/10s)'],
    ['FETCH /requests: 503', 'scenario.txt:3: unknown method "FETCH"; expected one of GET, PUT, POST, DELETE, PATCH, HEAD, OPTIONS, TRACE, *'],
    [
      'GET requests: 503',
      'scenario.txt:3: the path "requests" must start with /; expected `METHOD /path: steps` (e.g. GET /requests/{id}: 503, 200) or `rate-limit <n>/<window>` (e.g. rate-limit 100/10s)',
    ],
    ['rate-limit 100 per minute', 'scenario.txt:3: rate-limit needs <requests>/<window> such as 100/10s (units ms, s, m, h), not "100"'],
    ['rate-limit 0/10s', 'scenario.txt:3: rate-limit 0/10s allows nothing; give at least 1 request per window longer than 0'],
    ['rate-limit 100/10s headers=github', 'scenario.txt:3: unexpected "headers=github" after rate-limit 100/10s; expected headers=x-ratelimit or headers=ietf'],
  ])('%s → the line and what is wrong', (line, message) => {
    expect(thrown(() => parseScenario(`# header\nGET /people: 200\n${line}\n`, { file: 'scenario.txt' }))).toEqual({ name: 'ScenarioError', message });
  });

  it('refuses a second rate-limit line, naming the first', () => {
    expect(thrown(() => parseScenario('rate-limit 10/s\nGET /people: 200\nrate-limit 20/s', { file: 'scenario.txt' }))).toEqual({
      name: 'ScenarioError',
      message: 'scenario.txt:3: a second rate-limit line; the first is at scenario.txt:1',
    });
  });
});
