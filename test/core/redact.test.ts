import { createRedactor, REDACTED } from '@specsmith/core';
import { afterAll, describe, expect, it } from 'vitest';
import { CANARY, expectNoCanary, remember } from '../support/canary.js';

afterAll(expectNoCanary);

const redactor = createRedactor({ secrets: [CANARY] });
const seen = <T>(value: T): T => {
  remember(value);
  return value;
};

describe('createRedactor', () => {
  it('redacts credential headers by name, keeping the scheme', () => {
    const headers = seen(
      redactor.headers(
        new Headers({
          Authorization: 'Bearer abc.def',
          Cookie: 'session=1',
          'Set-Cookie': 'session=2',
          'X-Api-Key': 'k',
          'Content-Type': 'application/json',
        }),
      ),
    );
    expect(headers).toEqual({
      authorization: `Bearer ${REDACTED}`,
      cookie: REDACTED,
      'set-cookie': REDACTED,
      'x-api-key': REDACTED,
      'content-type': 'application/json',
    });
    expect(seen(redactor.headers({ authorization: 'Basic dXNlcjpwYXNz' }))).toEqual({ authorization: `Basic ${REDACTED}` });
  });

  it('redacts body token fields at any depth, in JSON and in form bodies', () => {
    expect(seen(redactor.value({ apptoken: 'abc', data: [{ token: 'x', name: 'n' }], nested: { client_secret: 's', password: null } }))).toEqual({
      apptoken: REDACTED,
      data: [{ token: REDACTED, name: 'n' }],
      nested: { client_secret: REDACTED, password: null },
    });
    expect(seen(redactor.body('{"token":"abc","db_id":1}', 'application/json'))).toEqual({ token: REDACTED, db_id: 1 });
    expect(seen(redactor.body('grant_type=client_credentials&client_id=me&client_secret=s3cr3t', 'application/x-www-form-urlencoded'))).toBe(
      `grant_type=client_credentials&client_id=me&client_secret=${REDACTED}`,
    );
    expect(seen(redactor.body('user[name]=a&user[password]=p', 'application/x-www-form-urlencoded'))).toBe(`user[name]=a&user[password]=${REDACTED}`);
  });

  it('redacts configured secrets wherever they appear, in every spelling', () => {
    expect(seen(redactor.text(`Invalid token ${CANARY} for account`))).toBe(`Invalid token ${REDACTED} for account`);
    expect(seen(redactor.text(`q=${encodeURIComponent(CANARY)}`))).toBe(`q=${REDACTED}`);
    expect(seen(redactor.value({ message: `echo: ${CANARY}` }))).toEqual({ message: `echo: ${REDACTED}` });
  });

  it('redacts credentials after an auth scheme and token fields in free text, but leaves prose alone', () => {
    expect(seen(redactor.text('sent Authorization: Bearer eyJhbGciOi.J9x-1'))).toBe(`sent Authorization: Bearer ${REDACTED}`);
    expect(seen(redactor.text('<p>apptoken=abc123&x=1</p>'))).toBe(`<p>apptoken=${REDACTED}&x=1</p>`);
    expect(seen(redactor.text('{"token": "abc", broken'))).toBe(`{"token": "${REDACTED}", broken`);
    expect(redactor.text('Basic information is missing; the access token: expired')).toBe('Basic information is missing; the access token: expired');
  });

  it('learns secrets at run time (OAuth access tokens)', () => {
    const local = createRedactor();
    expect(local.text('token abcdefgh-123')).toBe('token abcdefgh-123');
    local.addSecret('abcdefgh-123');
    expect(local.text('token abcdefgh-123')).toBe(`token ${REDACTED}`);
  });

  it('describes bodies it cannot print', () => {
    expect(redactor.body(new Uint8Array(12))).toBe('[binary 12 bytes]');
    expect(redactor.body(new ReadableStream())).toBe('[stream]');
    const form = new FormData();
    form.append('file', new Blob(['x']));
    form.append('token', 'abc');
    expect(redactor.body(form)).toBe(`[FormData: file, token=${REDACTED}]`);
  });
});
