import { backoffDelay } from '@specsmith/core';
import { describe, expect, it } from 'vitest';

const options = { initialDelayMs: 500, maxDelayMs: 8000, jitter: 0.25 };

describe('backoffDelay', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((retry) => backoffDelay(retry, options, 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('removes up to `jitter` of each wait at random', () => {
    expect(backoffDelay(1, options, 1)).toBe(375);
    expect(backoffDelay(3, options, 0.5)).toBe(1750);
    expect(backoffDelay(3, { ...options, jitter: 1 }, 0.999)).toBe(2);
  });
});
