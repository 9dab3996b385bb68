// Worker-thread entry for emitTypes on large specs: openapi-typescript's transform and
// printing is the longest single step, so it runs on the second core while the main thread
// lints the spec and emits the client. The worker parses the file itself: cloning a large
// parsed document across threads would cost the main thread more than the parse.
// (No top-level await: the generator's bundle of this entry is CommonJS.)
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { isJsonText, withoutByteOrderMark } from '../load/spec-text.js';
import { emitTypes } from './types.js';

async function run(): Promise<void> {
  const { file, header } = workerData as { file: string; header: string };
  const text = withoutByteOrderMark(await readFile(file, 'utf8'));
  const document = (
    isJsonText(file, text) ? JSON.parse(text) : (await import('@redocly/openapi-core')).parseYaml(text)
  ) as Record<string, unknown>;
  parentPort?.postMessage(emitTypes(document, header));
}

// A failure (an unhandled rejection, which ends a worker) reaches the main thread as the worker's 'error' event.
void run();
