// Runs in every test worker: watches everything written to stdout and stderr for the
// canary secret (in any of its wire spellings) and records each sighting, so the global
// teardown can fail the run. Tests use the canary as every credential.
import { appendFileSync, mkdirSync } from 'node:fs';
import { format } from 'node:util';
import { expect } from 'vitest';
import { showsCanary } from '../support/canary.js';

export const CANARY_HITS_FILE = 'test-results/canary-hits.log';

function sighted(where: string, text: string): void {
  if (!showsCanary(text)) return;
  mkdirSync('test-results', { recursive: true });
  appendFileSync(CANARY_HITS_FILE, `${where} (${expect.getState().currentTestName ?? 'outside a test'}): ${text.slice(0, 300)}\n`);
}

function watch(stream: NodeJS.WriteStream, name: string): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    sighted(name, typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : '');
    return write(chunk, ...rest);
  }) as typeof stream.write;
}

watch(process.stdout, 'stdout');
watch(process.stderr, 'stderr');

// Vitest routes console output of workers to the main process without touching their
// streams, so the console is watched too.
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    sighted(`console.${method}`, format(...args));
    original(...args);
  };
}
