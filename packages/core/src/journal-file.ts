import { mkdir, open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { JournalEntry, JournalSink } from './journal.js';

export interface JsonLinesJournal extends JournalSink {
  /** Resolves when every entry written so far is on disk. */
  flush(): Promise<void>;
  /** Flushes and closes the file. Later writes are dropped. */
  close(): Promise<void>;
}

/**
 * Appends one JSON object per line to `path` (created with its folder if missing). Writes are
 * queued, so concurrent failures never interleave within a line. Node only: import it from
 * `@specsmith/core/journal-file`.
 */
export function jsonLinesJournal(path: string): JsonLinesJournal {
  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const file = () => (handle ??= mkdir(dirname(path), { recursive: true }).then(() => open(path, 'a')));

  return {
    write(entry: JournalEntry) {
      if (closed) return queue;
      const line = `${JSON.stringify(entry)}\n`;
      const written = queue.then(async () => {
        await (await file()).appendFile(line, 'utf8');
      });
      // One failed write must not block the ones after it; the caller still sees this failure.
      queue = written.catch(() => undefined);
      return written;
    },
    flush() {
      return queue;
    },
    async close() {
      closed = true;
      await queue;
      if (handle) await (await handle).close();
    },
  };
}
