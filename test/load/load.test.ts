// Load: 10,000 requests at concurrency 64 through each vendor's client (every vendor in
// redocly.yaml, calling its descriptor's read) against a loopback stub, each vendor in a fresh
// process: 0 errors, bounded memory, and the process exits on its own right after (no socket
// or timer left behind).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY, showsCanary } from '../support/canary.js';
import { clientPaths, operationCaller } from '../support/contract-clients.js';
import { loadVendors } from '../support/vendors.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const REQUESTS = 10_000;
const CONCURRENCY = 64;

const vendors = await loadVendors();

describe.each(vendors.map((vendor) => [vendor.key, vendor] as const))('%s under load', (key, vendor) => {
  const { read } = vendor.descriptor;
  let stub: ChildProcess;
  let stubUrl = '';
  beforeAll(async () => {
    // The stub answers with the read's own success example, which the client must take as success.
    const example = operationCaller(vendor).sample(read.operationId)?.expected.example;
    stub = spawn(process.execPath, [`${here}stub-server.mjs`, JSON.stringify(example)], { stdio: ['ignore', 'pipe', 'inherit'] });
    if (!stub.stdout) throw new Error('the stub server was started without a stdout pipe');
    const [chunk] = (await once(stub.stdout, 'data')) as [Buffer];
    stubUrl = chunk.toString().trim();
  });
  afterAll(() => {
    stub.kill('SIGTERM');
  });

  it(`${REQUESTS} requests at concurrency ${CONCURRENCY}: 0 errors, bounded memory, prompt exit`, async () => {
    const [resource, method] = clientPaths(vendor).get(read.operationId) ?? [];
    const args = [`${here}load-runner.mjs`, key, `${resource}.${method}`, stubUrl, String(REQUESTS), String(CONCURRENCY), CANARY];
    const child = spawn(process.execPath, ['--expose-gc', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    const exitedAt = Date.now();
    clearTimeout(killer);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { errors: number; failures: object; rssBeforeMb: number; rssAfterMb: number; heapBeforeMb: number; heapAfterMb: number; doneAt: number; elapsedMs: number };
    process.stdout.write(
      `load ${key}: ${REQUESTS} requests in ${report.elapsedMs} ms, RSS ${report.rssBeforeMb} → ${report.rssAfterMb} MB, heap after GC ${report.heapBeforeMb} → ${report.heapAfterMb} MB, exit ${exitedAt - report.doneAt} ms after the last response\n`,
    );
    expect(report.failures).toEqual({});
    expect(report.errors).toBe(0);
    // RSS keeps what V8 once reserved; live memory after a full GC is what would show a leak.
    expect(report.heapAfterMb - report.heapBeforeMb).toBeLessThan(16);
    expect(report.rssAfterMb).toBeLessThan(400);
    // Idle keep-alive sockets close on their own timeout (undici: 4 s); nothing else may hold the process.
    expect(exitedAt - report.doneAt).toBeLessThan(6_000);
    expect(showsCanary(stdout)).toBe(false);
  });
});
