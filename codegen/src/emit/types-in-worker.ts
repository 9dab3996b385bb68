// Runs emitTypes for a large spec file on a worker thread (see types-worker.ts), started
// before the main thread even loads Redocly, so both cores work from the start.
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

/** Below this size starting a thread (which loads TypeScript again) costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 1_000_000;

export interface TypesJob {
  readonly result: Promise<string>;
  /** Stops the worker; call it when generation fails before the result is needed. */
  cancel(): void;
}

/** Defined (as true) only inside the esbuild bundle, see codegen/scripts/bundle.mjs. */
declare const SPECSMITH_BUNDLED: boolean | undefined;

// In the bundle, its own worker beside it; otherwise always the compiled entry (dist/), also
// when this module runs from source under a test runner.
const workerEntry =
  typeof SPECSMITH_BUNDLED !== 'undefined' && SPECSMITH_BUNDLED ? new URL('./types-worker.cjs', import.meta.url) : new URL('../../dist/emit/types-worker.js', import.meta.url);

function emitTypesInWorker(file: string, header: string): TypesJob {
  const worker = new Worker(workerEntry, { workerData: { file, header } });
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the types worker stopped with exit code ${code}`));
    });
  });
  // A failed or cancelled job must not surface as an unhandled rejection.
  result.catch(() => undefined);
  return { result, cancel: () => void worker.terminate() };
}

/** Starts the types worker when the spec file is large enough to gain from it. */
export async function startTypesWorkerFor(file: string, header: string): Promise<TypesJob | undefined> {
  const size = await stat(file).then((stats) => stats.size, () => 0);
  return size >= WORKER_THRESHOLD_BYTES ? emitTypesInWorker(file, header) : undefined;
}
