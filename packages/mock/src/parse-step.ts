// Reads one step of a scenario line (`503 retry-after 2`, `delay 2000`, `html 502`, `reset`, …).
import type { FaultStep, RetryAfter } from './fault-step.js';
import { ScenarioError } from './errors.js';

const STEP_HELP =
  'expected a status (e.g. 503), html <status>, delay <ms>, reset, reset-mid-body [status], hang, forward or forward-then-reset; ' +
  'a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>; any step takes x<count> to repeat';

/** IMF-fixdate (`Wed, 21 Oct 2026 07:28:00 GMT`): its comma and spaces must not split the line. */
export const httpDatePattern = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b/g;

interface StepContext {
  /** `scenario.txt:3` */
  readonly where: string;
  /** The HTTP-dates the line held, by placeholder (`@date0`). */
  readonly dates: ReadonlyMap<string, string>;
}

function fail(context: StepContext, message: string): never {
  throw new ScenarioError(`${context.where}: ${message}`);
}

function integer(context: StepContext, token: string | undefined, what: string, example: string): number {
  if (token === undefined || !/^\d+$/.test(token)) fail(context, `${what} needs a whole number${token === undefined ? '' : `, not "${token}"`}; e.g. ${example}`);
  return Number(token);
}

function status(context: StepContext, token: string | undefined): number {
  const value = integer(context, token, 'a status', '503');
  if (value < 100 || value > 599) fail(context, `${value} is not an HTTP status (100-599)`);
  return value;
}

function retryAfter(context: StepContext, token: string | undefined): RetryAfter {
  const date = token === undefined ? undefined : context.dates.get(token);
  if (date !== undefined) return { httpDate: date };
  if (token !== undefined && /^date\+\d+$/.test(token)) return { dateInSeconds: Number(token.slice(5)) };
  if (token !== undefined && /^\d+$/.test(token)) return { seconds: Number(token) };
  return fail(context, `retry-after needs seconds, an HTTP-date or date+<seconds>${token === undefined ? '' : `, not "${token}"`}; e.g. 429 retry-after 2`);
}

/** A status step and its modifiers: `503`, `429 retry-after 2 delay 100`, `html 502`. */
function statusStep(context: StepContext, code: number, html: boolean, rest: string[]): FaultStep {
  let delayMs: number | undefined;
  let after: RetryAfter | undefined;
  while (rest.length > 0) {
    const modifier = rest.shift();
    if (modifier === 'retry-after') after = retryAfter(context, rest.shift());
    else if (modifier === 'delay') delayMs = integer(context, rest.shift(), 'delay', 'delay 2000');
    else fail(context, `unexpected "${modifier}" after ${html ? 'html ' : ''}${code}; a status takes retry-after <seconds|HTTP-date|date+<seconds>> and delay <ms>`);
  }
  return { kind: 'status', status: code, ...(html ? { html } : {}), ...(after ? { retryAfter: after } : {}), ...(delayMs !== undefined ? { delayMs } : {}) };
}

function noMore(context: StepContext, name: string, rest: readonly string[]): void {
  if (rest.length > 0) fail(context, `unexpected "${rest[0]}" after ${name}`);
}

function singleStep(context: StepContext, tokens: string[]): FaultStep {
  const [first, ...rest] = tokens;
  if (first === undefined) return fail(context, `an empty step; ${STEP_HELP}`);
  if (/^\d+$/.test(first)) return statusStep(context, status(context, first), false, rest);
  switch (first) {
    case 'html':
      return statusStep(context, status(context, rest.shift()), true, rest);
    case 'delay': {
      const delayMs = integer(context, rest.shift(), 'delay', 'delay 2000');
      noMore(context, `delay ${delayMs}`, rest);
      return { kind: 'forward', delayMs };
    }
    case 'reset-mid-body': {
      const code = rest.length > 0 ? status(context, rest.shift()) : undefined;
      noMore(context, 'reset-mid-body', rest);
      return code === undefined ? { kind: 'reset-mid-body' } : { kind: 'reset-mid-body', status: code };
    }
    case 'reset':
    case 'hang':
    case 'forward':
    case 'forward-then-reset':
      noMore(context, first, rest);
      return { kind: first };
    default:
      return fail(context, `unknown step "${first}"; ${STEP_HELP}`);
  }
}

/** One comma-separated item of a line: a step, repeated when it ends in `x<count>`. */
export function parseStep(item: string, context: StepContext): FaultStep[] {
  const tokens = item.trim().split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  let count = 1;
  if (tokens.length > 1 && last !== undefined && /^x\d+$/.test(last)) {
    count = Number(last.slice(1));
    if (count < 1) fail(context, `x${count} repeats a step no times; use x1 or more`);
    tokens.pop();
  }
  const step = singleStep(context, tokens);
  return Array.from({ length: count }, () => step);
}
