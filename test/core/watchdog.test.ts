// Timeouts and deadlines share one timer across every call in flight (core's watchdog).
import { execFile } from 'node:child_process';
import { createCaller, TimeoutError, tokenAuth } from '@specsmith/core';
import type { CallerOptions } from '@specsmith/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failure } from '../support/canary.js';
import { getThing, operation } from '../support/operations.js';
import { scriptedFetch } from '../support/scripted-fetch.js';
import type { Step } from '../support/scripted-fetch.js';

const id = { params: { path: { id: 1 } } };

const ok = { status: 200, body: { id: 1 } } as const;
const listThings = operation({ operationId: 'getThing', method: 'get', path: '/things' });

function caller(steps: readonly Step[], options: Partial<CallerOptions>) {
  const fetch = scriptedFetch(steps);
  return { fetch, ...createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch, retry: { maxRetries: 0 }, ...options }) };
}

/** Runs an ES module that has `createCaller` and a GET `operation`, from the repository root. */
async function runScript(body: string): Promise<{ code: number | null; stdout: string; elapsedMs: number }> {
  const started = Date.now();
  const source = `import { createCaller } from '@specsmith/core';\nconst operation = ${JSON.stringify(listThings)};\n${body}`;
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', source], { cwd: process.cwd(), timeout: 20_000 }, (error, out) => {
      if (error && error.code === undefined) reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout: out });
    });
  });
  return { code, stdout, elapsedMs: Date.now() - started };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('timeouts and deadlines', () => {
  it('times out 40 concurrent hanging calls with a handful of timers, not two per call', async () => {
    const { callOrThrow } = caller(
      Array.from({ length: 40 }, () => ({ hang: true }) as const),
      { timeoutMs: 30 },
    );
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const errors = await Promise.all(Array.from({ length: 40 }, () => failure<TimeoutError>(callOrThrow(getThing, id))));
    expect(errors.map((error) => [error.constructor, error.scope, error.message])).toEqual(
      Array.from({ length: 40 }, () => [TimeoutError, 'attempt', 'Acme getThing got no complete response within 30 ms']),
    );
    // Per-call timers were 80 here (attempt and deadline, each call). The watchdog arms for the
    // first call, re-arms for those that started a millisecond or two later, then for the deadlines.
    expect(setTimeoutSpy.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('ends a call at its deadline when that comes before the attempt timeout', async () => {
    const { callOrThrow } = caller([{ hang: true }], { timeoutMs: 5000, deadlineMs: 30 });
    const started = Date.now();
    const error = await failure<TimeoutError>(callOrThrow(getThing, id));
    expect([error.constructor, error.scope, error.message]).toEqual([TimeoutError, 'deadline', 'Acme getThing did not complete within its deadline of 30 ms']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('ends a wait that comes before the first attempt (an OAuth token) at the deadline', async () => {
    const tokens = {
      get: (signal?: AbortSignal) => new Promise<string>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
      invalidate: () => {},
    };
    const { fetch, callOrThrow } = caller([ok], { auth: tokenAuth(tokens), timeoutMs: 5000, deadlineMs: 30 });
    const error = await failure<TimeoutError>(callOrThrow(getThing, id));
    expect([error.constructor, error.scope, error.message]).toEqual([TimeoutError, 'deadline', 'Acme getThing did not complete within its deadline of 30 ms']);
    expect(fetch.requests).toHaveLength(0);
  });

  it('times out a custom fetch that ignores its signal, and cancels the body of its late answer', async () => {
    let cancelled = false;
    const body = new ReadableStream({
      pull: () => new Promise<void>(() => {}),
      cancel: () => {
        cancelled = true;
      },
    });
    const ignoring = () => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response(body)), 80));
    const { callOrThrow } = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch: ignoring, timeoutMs: 30, retry: { maxRetries: 0 } });
    const error = await failure<TimeoutError>(callOrThrow(getThing, id));
    expect([error.constructor, error.scope, error.message]).toEqual([TimeoutError, 'attempt', 'Acme getThing got no complete response within 30 ms']);
    expect(cancelled).toBe(false);
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  // In a child process: whether a pending timer holds the process open is only visible at its exit.
  it('does not hold the process open once no call is in flight', async () => {
    const { code, stdout, elapsedMs } = await runScript(`
      const caller = createCaller({ baseUrl: 'https://api.acme.test', fetch: async () => Response.json({ id: 1 }), timeoutMs: 60000, deadlineMs: 120000 });
      const { data } = await caller.callOrThrow(operation, undefined);
      console.log(JSON.stringify(data));
    `);
    expect([code, stdout]).toEqual([0, '{"id":1}\n']);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it('keeps the process open while a call is in flight, so a hung request ends in its TimeoutError', async () => {
    const { code, stdout } = await runScript(`
      const caller = createCaller({ baseUrl: 'https://api.acme.test', vendor: 'Acme', fetch: (request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))), timeoutMs: 200, retry: { maxRetries: 0 } });
      await caller.callOrThrow(operation, undefined).catch((error) => console.log(error.name + ': ' + error.message));
    `);
    expect([code, stdout]).toEqual([0, 'TimeoutError: Acme getThing got no complete response within 200 ms\n']);
  });

  it('takes a timeout longer than setTimeout can wait without firing it at once', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const { callOrThrow } = caller([() => new Promise((resolve) => setTimeout(() => resolve(ok), 20))], { timeoutMs: 2 ** 33, deadlineMs: 0 });
    const result = await callOrThrow(getThing, id);
    expect(result.data).toEqual({ id: 1 });
    for (const [, delay] of setTimeoutSpy.mock.calls) expect(delay).toBeLessThanOrEqual(2 ** 31 - 1);
  });
});
