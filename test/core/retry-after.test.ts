import { parseRetryAfter } from '@specsmith/core';
import { describe, expect, it } from 'vitest';

const now = Date.parse('2026-11-23T10:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

describe('parseRetryAfter', () => {
  it('reads delta-seconds, whole and fractional', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '120' }), now)).toBe(120_000);
    expect(parseRetryAfter(headers({ 'retry-after': '0.01' }), now)).toBe(10);
  });

  it('reads an HTTP date, and a date in the past as 0', () => {
    expect(parseRetryAfter(headers({ 'retry-after': 'Mon, 23 Nov 2026 10:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(headers({ 'retry-after': 'Mon, 23 Nov 2026 09:59:00 GMT' }), now)).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(headers({}), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': '-3' }), now)).toBeUndefined();
  });
});
