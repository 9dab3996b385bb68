/**
 * What went wrong in one attempt. `response-refused`: a response the client would not use, a
 * body over `maxResponseBytes` or a redirect off HTTPS.
 */
export type JournalOutcome = 'http-error' | 'application-error' | 'connection-error' | 'timeout' | 'aborted' | 'response-refused';

/**
 * One failed attempt, with secrets already redacted: Xtremepush's advice is to log the
 * request, the response and the time of every failure.
 */
export interface JournalEntry {
  /** ISO 8601, when the attempt ended. */
  readonly timestamp: string;
  readonly vendor: string;
  readonly operationId: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly outcome: JournalOutcome;
  readonly durationMs: number;
  /** Whether the client will try again. */
  readonly willRetry: boolean;
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly response?: {
    readonly status: number;
    readonly statusText: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  readonly error?: { readonly name: string; readonly message: string };
}

/**
 * Where journal entries go. `write` may return a promise; it is not awaited on the request
 * path, and a failing sink is reported to the logger, never to the caller.
 */
export interface JournalSink {
  write(entry: JournalEntry): void | Promise<void>;
}

/** Keeps entries in memory (tests, or a ring buffer shown on a diagnostics page). */
export function memoryJournal(options: { readonly limit?: number } = {}): JournalSink & { readonly entries: JournalEntry[] } {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const entries: JournalEntry[] = [];
  return {
    entries,
    write(entry) {
      entries.push(entry);
      if (entries.length > limit) entries.shift();
    },
  };
}
