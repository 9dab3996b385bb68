// Starts Prism mock servers from our own specs: 127.0.0.1, a free port each, request
// validation on (--errors), and a guaranteed stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

const prismBin = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');

export interface PrismServer {
  readonly url: string;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** A port the OS says is free right now (the tiny race with another process is acceptable in tests). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

async function waitUntilListening(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism exited with ${child.exitCode} before listening:\n${output()}`);
    if (/Prism is listening/.test(output())) return;
    await fetch(url).then(
      () => undefined,
      () => undefined,
    );
    if (/Prism is listening/.test(output())) return;
    await sleep(100);
  }
  throw new Error(`Prism did not start within ${timeoutMs} ms:\n${output()}`);
}

/** Starts Prism on a free port; if another process took the port first, on another one (three tries). */
export async function startPrism(specFile: string, { timeoutMs = 90_000 } = {}): Promise<PrismServer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startPrismOnce(specFile, timeoutMs);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || !error.message.includes('EADDRINUSE')) throw error;
    }
  }
}

async function startPrismOnce(specFile: string, timeoutMs: number): Promise<PrismServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [prismBin, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', specFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // If the test process dies without teardown (an interrupt, a crash), take Prism with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(3_000).then(() => child.kill('SIGKILL'))]);
  };
  try {
    await waitUntilListening(url, child, () => log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => log, stop };
}
