// Reads a scenario: one rule per line, `METHOD /path/{param}: step, step, …`, plus an optional
// `rate-limit <n>/<window> [headers=x-ratelimit|ietf]` line; `#` starts a comment. The format
// is documented in the package README.
import { ScenarioError } from './errors.js';
import { httpDatePattern, parseStep } from './parse-step.js';
import type { RateLimitRule } from './rate-limit-budget.js';
import type { Scenario, ScenarioRule } from './scenario.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', '*'];
const RULE_HELP = 'expected `METHOD /path: steps` (e.g. GET /requests/{id}: 503, 200) or `rate-limit <n>/<window>` (e.g. rate-limit 100/10s)';
const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export interface ParseOptions {
  /** The file the text came from, as the user named it (messages read `file:line: …`). */
  readonly file?: string;
  /** The rate-limit header family when a `rate-limit` line names none. @default 'x-ratelimit' */
  readonly defaultHeaders?: RateLimitRule['headers'];
}

/** `100/10s headers=ietf` (what follows `rate-limit`). */
export function parseRateLimit(text: string, where: string, defaultHeaders: RateLimitRule['headers'] = 'x-ratelimit'): RateLimitRule {
  const [budget, ...options] = text.trim().split(/\s+/);
  const match = /^(\d+)\/(\d*)(ms|s|m|h)$/.exec(budget ?? '');
  if (!match) throw new ScenarioError(`${where}: rate-limit needs <requests>/<window> such as 100/10s (units ms, s, m, h), not "${budget ?? ''}"`);
  const limit = Number(match[1]);
  const windowMs = Number(match[2] || '1') * (UNITS[match[3] ?? 's'] ?? 1000);
  if (limit < 1 || windowMs < 1) throw new ScenarioError(`${where}: rate-limit ${budget} allows nothing; give at least 1 request per window longer than 0`);
  let headers = defaultHeaders;
  for (const option of options) {
    const family = /^headers=(x-ratelimit|ietf)$/.exec(option)?.[1];
    if (family !== 'x-ratelimit' && family !== 'ietf') throw new ScenarioError(`${where}: unexpected "${option}" after rate-limit ${budget}; expected headers=x-ratelimit or headers=ietf`);
    headers = family;
  }
  return { limit, windowMs, headers };
}

/** `GET /requests: 503, 503, 200` at `where`. */
export function parseRule(line: string, where: string): ScenarioRule {
  const dates = new Map<string, string>();
  const protectedLine = line.replace(httpDatePattern, (date) => {
    const placeholder = `@date${dates.size}`;
    dates.set(placeholder, date);
    return placeholder;
  });
  const match = /^(\S+)\s+(\S+?):(?:\s+(.*))?$/.exec(protectedLine.trim());
  if (!match) throw new ScenarioError(`${where}: cannot read "${line.trim()}"; ${RULE_HELP}`);
  const [, rawMethod = '', template = '', steps = ''] = match;
  const method = rawMethod.toUpperCase();
  if (!METHODS.includes(method)) throw new ScenarioError(`${where}: unknown method "${rawMethod}"; expected one of ${METHODS.join(', ')}`);
  if (!template.startsWith('/')) throw new ScenarioError(`${where}: the path "${template}" must start with /; ${RULE_HELP}`);
  if (steps.trim() === '') throw new ScenarioError(`${where}: ${method} ${template} lists no steps after the colon`);
  const context = { where, dates };
  return { method, template, steps: steps.split(',').flatMap((item) => parseStep(item, context)), source: where };
}

/** A whole scenario file. */
export function parseScenario(text: string, options: ParseOptions = {}): Scenario {
  const file = options.file ?? 'scenario';
  const rules: ScenarioRule[] = [];
  let rateLimit: RateLimitRule | undefined;
  let rateLimitSource: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const where = `${file}:${index + 1}`;
    if (/^rate-limit(\s|$)/.test(line)) {
      if (rateLimitSource) throw new ScenarioError(`${where}: a second rate-limit line; the first is at ${rateLimitSource}`);
      rateLimit = parseRateLimit(line.slice('rate-limit'.length), where, options.defaultHeaders);
      rateLimitSource = where;
      return;
    }
    rules.push(parseRule(line, where));
  });
  return { rules, rateLimit, rateLimitSource };
}
