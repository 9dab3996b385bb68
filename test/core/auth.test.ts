// Core's auth builders: what they send, and that every form of the credential is a secret.
import { basicAuth, bearerAuth, createRedactor } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, remember } from '../support/canary.js';

afterAll(expectNoCanary);

const encodedPair = Buffer.from(`admin:${CANARY}`).toString('base64');

describe('bearerAuth', () => {
  it('without a prefix: the token as given is sent and secret', () => {
    expect(bearerAuth(CANARY)).toEqual({ headers: { Authorization: `Bearer ${CANARY}` }, secrets: [CANARY] });
  });

  it('with a prefix: adds it when missing, never twice, and the bare and prefixed token are both secrets', () => {
    const expected = { headers: { Authorization: `Bearer O:${CANARY}` }, secrets: [`O:${CANARY}`, CANARY] };
    expect(bearerAuth(CANARY, { prefix: 'O:' })).toEqual(expected);
    expect(bearerAuth(`O:${CANARY}`, { prefix: 'O:' })).toEqual(expected);
  });

  it('a redactor built from its secrets scrubs either form', () => {
    const redactor = createRedactor({ secrets: bearerAuth(CANARY, { prefix: 'O:' }).secrets });
    const text = redactor.text(`bad token ${CANARY}; sent O:${CANARY}`);
    remember(text);
    expect(text).toBe('bad token [REDACTED]; sent [REDACTED]');
  });
});

describe('basicAuth', () => {
  it('the password, the user:password pair and its base64 (padded or not) are secrets', () => {
    expect(basicAuth('admin', CANARY)).toEqual({
      headers: { Authorization: `Basic ${encodedPair}` },
      secrets: [CANARY, `admin:${CANARY}`, encodedPair, encodedPair.replace(/=+$/, '')],
    });
  });

  it('a redactor built from its secrets scrubs each of them whole', () => {
    const redactor = createRedactor({ secrets: basicAuth('admin', CANARY).secrets });
    const text = redactor.text(`password ${CANARY}, pair admin:${CANARY}, header ${encodedPair}`);
    remember(text);
    expect(text).toBe('password [REDACTED], pair [REDACTED], header [REDACTED]');
  });
});
