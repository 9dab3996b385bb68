// One distinctive secret used as every credential in the runtime tests, and a collector for
// everything users could see (error messages and their inspection, log lines, journal entries).
// Each test file asserts in afterAll that the canary, in any spelling, appears in none of it.
import { inspect } from 'node:util';
import type { JournalEntry, Logger } from '@specsmith/core';
import { expect } from 'vitest';

export const CANARY = 'CANARY-SECRET-7f3a9c-d41e';

/** The spellings the canary can take on the wire: raw, URL-encoded, Basic-encoded with a user. */
export const canarySpellings = [CANARY, encodeURIComponent(CANARY), Buffer.from(CANARY).toString('base64')];

/** Every 8-character piece of the canary: a parser's excerpt of a body (`"CANARY-SEC"...`) is a leak too. */
const canaryPieces = Array.from({ length: CANARY.length - 7 }, (_, start) => CANARY.slice(start, start + 8));
const base64Run = /[A-Za-z0-9+/]{16,}={0,2}/g;

/** Whether `text` shows the canary: any wire spelling, a piece of it, or base64 of text holding it (`user:<canary>`). */
export function showsCanary(text: string): boolean {
  if (canarySpellings.some((spelling) => text.includes(spelling)) || canaryPieces.some((piece) => text.includes(piece))) return true;
  for (const [run] of text.matchAll(base64Run)) {
    // Each alignment, so a run that starts mid-way through the encoding is read too.
    for (let offset = 0; offset < 4; offset++) {
      const decoded = Buffer.from(run.slice(offset), 'base64').toString('latin1');
      if (canaryPieces.some((piece) => decoded.includes(piece))) return true;
    }
  }
  return false;
}

/** The error and each cause below it (at most 10 deep). */
function causeChain(error: Error): Error[] {
  const chain: Error[] = [];
  for (let current: unknown = error; current instanceof Error && chain.length < 10 && !chain.includes(current); current = current.cause) chain.push(current);
  return chain;
}

/** What a user could print of `value`: an error as console.log and util.inspect show it (causes included), its message, stack and JSON. */
function renderings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  const json = (item: unknown) => {
    try {
      return JSON.stringify(item) ?? '';
    } catch {
      return ''; // Not JSON-able (a cycle); the inspection covers it.
    }
  };
  if (value instanceof Error) {
    return causeChain(value).flatMap((error) => [inspect(error, { depth: 10, breakLength: Number.POSITIVE_INFINITY }), error.message, error.stack ?? '', json(error)]);
  }
  return [inspect(value, { depth: 12, showHidden: false, breakLength: Number.POSITIVE_INFINITY }), json(value)];
}

/** The renderings of `values` that show the canary. */
export function canarySightings(...values: unknown[]): string[] {
  return values.flatMap(renderings).filter(showsCanary);
}

const seen: string[] = [];

/** Remembers anything a user could see, as printed text. */
export function remember(...values: unknown[]): void {
  for (const value of values) seen.push(...renderings(value));
}

/** Asserts the canary appears in nothing remembered so far. */
export function expectNoCanary(): void {
  // A file that remembered nothing checked nothing.
  expect(seen.length).toBeGreaterThan(0);
  const leaks = seen.filter(showsCanary);
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
