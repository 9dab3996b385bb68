// Runs Prism (`prism mock --errors`) for one spec as a child process on a free 127.0.0.1 port,
// waits until it listens, and stops it for sure: on stop(), when this process exits, and (via
// the exit-with-parent preload) when this process is killed outright.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { MockError } from './errors.js';
import { HOST } from './listen.js';

const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
const preload = fileURLToPath(new URL('./exit-with-parent.js', import.meta.url));

export interface PrismProcess {
  readonly url: string;
  readonly pid: number | undefined;
  /** Everything Prism printed (for a failed start). */
  output(): string;
  stop(): Promise<void>;
}

export interface PrismOptions {
  readonly specFile: string;
  /** @default 90_000 (Prism takes seconds to read a large spec on a busy machine) */
  readonly timeoutMs?: number;
  /** Aborts the start (Ctrl-C while Prism is starting). */
  readonly signal?: AbortSignal | undefined;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no free port on 127.0.0.1');
  return address.port;
}

function stopChild(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3_000).then(() => child.kill('SIGKILL'))]);
    await exited;
  };
}

async function startOnce(options: PrismOptions): Promise<PrismProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', preload, prismBin, 'mock', '--host', HOST, '--port', String(port), '--errors', options.specFile], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const prism: PrismProcess = { url: `http://${HOST}:${port}`, pid: child.pid, output: () => log, stop: stopChild(child) };
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  try {
    while (!/Prism is listening/.test(log)) {
      if (options.signal?.aborted) throw new MockError('stopped while Prism was starting');
      if (child.exitCode !== null) throw new MockError(`Prism exited with ${child.exitCode} before listening for ${options.specFile}:\n${log.trim()}`);
      if (Date.now() > deadline) throw new MockError(`Prism did not start within ${options.timeoutMs ?? 90_000} ms for ${options.specFile}:\n${log.trim()}`);
      await sleep(50);
    }
  } catch (error) {
    await prism.stop();
    throw error;
  }
  return prism;
}

/** Starts Prism; if another process took its free port first, on another one (three tries). */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('EADDRINUSE')) throw error;
    }
  }
}
