// Starts Prism mock servers from our own specs for the suites: @specsmith/mock's launcher
// (127.0.0.1, a free port each, request validation on, a guaranteed stop), under the name and
// shape the suites use.
import { createServer } from 'node:net';
import { startPrism as startPrismProcess } from '@specsmith/mock';

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

/** Starts Prism on a free port (another one if that port was taken meanwhile). */
export async function startPrism(specFile: string, { timeoutMs = 90_000 } = {}): Promise<PrismServer> {
  const prism = await startPrismProcess({ specFile, timeoutMs });
  return { url: prism.url, output: () => prism.output(), stop: () => prism.stop() };
}
