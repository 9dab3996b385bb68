// One distinctive secret used as every credential in the runtime tests, and a collector for
// everything users could see (error messages and their inspection, log lines, journal entries).
// Each test file asserts in afterAll that the canary, in any spelling, appears in none of it.
import { inspect } from 'node:util';
import type { JournalEntry, Logger } from '@specsmith/core';
import { expect } from 'vitest';

export const CANARY = 'CANARY-SECRET-7f3a9c-d41e';

/** The spellings the canary can take on the wire: raw, URL-encoded, Basic-encoded with a user. */
export const canarySpellings = [CANARY, encodeURIComponent(CANARY), Buffer.from(CANARY).toString('base64')];

const seen: string[] = [];

/** Remembers anything a user could see, as printed text. */
export function remember(...values: unknown[]): void {
  for (const value of values) {
    if (typeof value === 'string') {
      seen.push(value);
      continue;
    }
    seen.push(inspect(value, { depth: 12, showHidden: false, breakLength: Number.POSITIVE_INFINITY }));
    try {
      seen.push(JSON.stringify(value) ?? '');
    } catch {
      // Not JSON-able (a cycle); the inspection above covers it.
    }
    if (value instanceof Error) seen.push(value.message, value.stack ?? '');
  }
}

/** How many things were checked (so a test can prove the check is not vacuous). */
export function rememberedCount(): number {
  return seen.length;
}

/** Asserts the canary appears in nothing remembered so far. */
export function expectNoCanary(): void {
  // A file that remembered nothing checked nothing.
  expect(seen.length).toBeGreaterThan(0);
  const leaks = seen.filter((text) => canarySpellings.some((spelling) => text.includes(spelling)) || text.includes('CANARY-SECRET'));
  expect(leaks).toEqual([]);
}

/** Awaits a promise that must reject, remembers the error and returns it. */
export async function failure<T = Error>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    remember(error);
    return error as T;
  }
  throw new Error('expected the promise to reject');
}

/** A logger that records every line (and remembers it for the canary check). */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string, details?: object) => {
    const line = details === undefined ? `${level} ${message}` : `${level} ${message} ${inspect(details, { depth: 8 })}`;
    lines.push(line);
    remember(line);
  };
  return { lines, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

/** A journal sink that keeps entries and remembers them for the canary check. */
export function recordingJournal(): { readonly entries: JournalEntry[]; write(entry: JournalEntry): void } {
  const entries: JournalEntry[] = [];
  return {
    entries,
    write(entry) {
      entries.push(entry);
      remember(entry);
    },
  };
}
