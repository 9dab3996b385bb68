// Reads `specsmith mock`'s arguments into what startMock takes: the spec, the port, and one
// scenario built from --scenario's file, each --fault line and --rate-limit.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MockError } from './errors.js';
import { parseRateLimit, parseRule, parseScenario } from './parse-scenario.js';
import type { RateLimitRule } from './rate-limit-budget.js';
import { mergeScenarios, type Scenario } from './scenario.js';

export const MOCK_HELP = `specsmith mock — a local mock of a vendor API, with scripted faults and a rate-limit budget

Usage:
  specsmith mock <vendor> [options]       a vendor listed in redocly.yaml apis:
  specsmith mock --spec <file> [options]  any OpenAPI document

Options:
  --scenario <file>             steps per operation, one rule a line (see packages/mock/README.md)
  --fault "<rule>"              one more rule, e.g. --fault "GET /requests: 503, 503, 200" (repeatable)
  --rate-limit <n>/<window>     a stateful budget, e.g. 100/10s: counts down, 429 + Retry-After when spent
  --rate-limit-headers <family> x-ratelimit or ietf (default: the spec's x-rate-limit.headers, else x-ratelimit)
  --port <n>                    the port on 127.0.0.1 (default: a free one)
  --help                        show this help

Prints the base URL to give the client, then a line per request. Ctrl-C stops it.
`;

const OPTIONS = {
  spec: { type: 'string' },
  scenario: { type: 'string' },
  fault: { type: 'string', multiple: true },
  'rate-limit': { type: 'string' },
  'rate-limit-headers': { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CommandOptions {
  readonly help: boolean;
  readonly vendor: string | undefined;
  readonly specFile: string | undefined;
  readonly port: number;
  /** Built from the flags; `defaultHeaders` is the family for a rate limit that names none. */
  scenario(defaultHeaders: RateLimitRule['headers'] | undefined): Scenario;
}

function port(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 65_535) throw new MockError(`--port needs a port number (0-65535), not "${value}"`);
  return Number(value);
}

function headersFamily(value: string | undefined): RateLimitRule['headers'] | undefined {
  if (value === undefined || value === 'x-ratelimit' || value === 'ietf') return value;
  throw new MockError(`--rate-limit-headers takes x-ratelimit or ietf, not "${value}"`);
}

function readScenarioFile(file: string, cwd: string, defaultHeaders: RateLimitRule['headers'] | undefined): Scenario {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new MockError(`the scenario ${file} cannot be read`);
  }
  return parseScenario(text, { file, ...(defaultHeaders ? { defaultHeaders } : {}) });
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message goes on about positionals after `--`; its first sentence is the point.
    throw new MockError(
      `${(error as Error).message.split('. ')[0]}; the options are ${Object.keys(OPTIONS)
        .map((name) => `--${name}`)
        .join(', ')}`,
    );
  }
}

export function readCommandOptions(argv: readonly string[], cwd: string): CommandOptions {
  const { values, positionals } = parseCommandLine(argv);
  if (positionals.length > 1) throw new MockError(`mock takes one vendor, not ${positionals.join(' ')}`);
  const family = headersFamily(values['rate-limit-headers']);
  return {
    help: values.help === true,
    vendor: positionals[0],
    specFile: values.spec,
    port: port(values.port),
    scenario(specHeaders) {
      const defaultHeaders = family ?? specHeaders;
      let scenario: Scenario = values.scenario === undefined ? { rules: [] } : readScenarioFile(values.scenario, cwd, defaultHeaders);
      const rules = (values.fault ?? []).map((line) => parseRule(line, '--fault'));
      const rateLimit = values['rate-limit'] === undefined ? undefined : parseRateLimit(values['rate-limit'], '--rate-limit', defaultHeaders);
      scenario = mergeScenarios(scenario, { rules, rateLimit, rateLimitSource: rateLimit ? '--rate-limit' : undefined });
      return scenario;
    },
  };
}
