// The wrappers' types are part of their API: typed results, throw-mode narrowing, typed
// pagination items, required path parameters. `types/clients.ts` states them for the wrappers,
// `types/create-client.ts` for core's createClient, `types/derivations.ts` for core's
// per-operation types; tsc checks them all.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('public types', () => {
  it('types/*.ts type-check under the strict base config', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'test/packages/types/tsconfig.json'], { cwd: process.cwd() }).catch((error: { stdout: string; code: number }) => error);
    expect('stdout' in result ? result.stdout : '').toBe('');
  });
});
