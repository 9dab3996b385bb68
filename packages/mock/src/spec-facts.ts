// What the mock reads from a spec's root document: its path templates (to match requests to
// operations and check a scenario's paths) and the rate-limit header family it declares.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MockError } from './errors.js';
import type { RateLimitRule } from './rate-limit-budget.js';

export interface SpecFacts {
  readonly templates: readonly string[];
  /** From `x-rate-limit.headers`, when it names a family the budget can serve. */
  readonly rateLimitHeaders: RateLimitRule['headers'] | undefined;
}

export function readSpecFacts(specFile: string): SpecFacts {
  let document: unknown;
  try {
    document = parse(readFileSync(specFile, 'utf8'));
  } catch (error) {
    throw new MockError(`${specFile} cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const root = (typeof document === 'object' && document !== null ? document : {}) as { paths?: unknown; 'x-rate-limit'?: { headers?: unknown } };
  // Path items may live in other files, but their keys are always in the root document.
  const templates = typeof root.paths === 'object' && root.paths !== null ? Object.keys(root.paths).filter((key) => key.startsWith('/')) : [];
  const declared = root['x-rate-limit']?.headers;
  return { templates, rateLimitHeaders: declared === 'x-ratelimit' || declared === 'ietf' ? declared : undefined };
}
