import { normaliseFailure, readFieldErrors, readMessage } from '@specsmith/core';
import * as altcraft from '@specsmith/altcraft-api';
import * as journeyapps from '@specsmith/journeyapps-api';
import * as xtrakit from '@specsmith/xtrakit-api';
import * as xtremepush from '@specsmith/xtremepush-api';
import * as xurrent from '@specsmith/xurrent-api';
import { describe, expect, it } from 'vitest';

const config = (api: { errorCatalogue: unknown; errorCodeInfo: unknown }, extra = {}) =>
  ({ catalogue: api.errorCatalogue, codes: api.errorCodeInfo, ...extra }) as Parameters<typeof normaliseFailure>[0];

describe('readFieldErrors', () => {
  it('Xtremepush: an object of field → messages', () => {
    expect(readFieldErrors({ errors: { apptoken: ['The apptoken field is required.'], limit: ['Too big.', 'Must be even.'] } })).toEqual([
      { field: 'apptoken', message: 'The apptoken field is required.' },
      { field: 'limit', message: 'Too big.' },
      { field: 'limit', message: 'Must be even.' },
    ]);
  });

  it('Xurrent: a list of [field, message] pairs, a field may repeat', () => {
    expect(
      readFieldErrors({
        message: 'Validation Failed',
        errors: [
          ['subject', "Subject can't be blank"],
          ['subject', 'Subject is too long'],
        ],
      }),
    ).toEqual([
      { field: 'subject', message: "Subject can't be blank" },
      { field: 'subject', message: 'Subject is too long' },
    ]);
  });

  it('lists of objects or strings, and Prism validation entries', () => {
    expect(readFieldErrors({ errors: [{ field: 'email', message: 'is invalid' }, 'general problem'] })).toEqual([
      { field: 'email', message: 'is invalid' },
      { field: '', message: 'general problem' },
    ]);
    expect(readFieldErrors({ validation: [{ location: ['body', 'task', 'name'], severity: 'Error', code: 'required', message: "must have required property 'name'" }] })).toEqual([
      { field: 'task.name', message: "must have required property 'name'" },
    ]);
    expect(readFieldErrors('plain text')).toEqual([]);
  });
});

describe('readMessage', () => {
  it('uses the catalogue field first, then the usual fields, then a text body', () => {
    expect(readMessage({ in: 'body', field: 'error', message: 'error_text' }, { error: 401, error_text: 'API token required' })).toBe('API token required');
    expect(readMessage(null, { error: 'invalid_client', error_description: 'Unknown client' })).toBe('Unknown client');
    expect(readMessage(null, '  <html>Bad gateway</html> ')).toBe('<html>Bad gateway</html>');
    expect(readMessage({ in: 'body', field: 'error' }, { error: 500 })).toBeUndefined();
  });
});

describe('normaliseFailure per vendor', () => {
  it('Xurrent 422: code from the status, [field, message] pairs', () => {
    const result = normaliseFailure(config(xurrent), 422, { message: 'Validation Failed', errors: [['category', 'Category is not included in the list']] }, false);
    expect(result).toEqual({
      code: 422,
      rawCode: 422,
      codeName: 'ValidationFailed',
      vendorMessage: 'Validation Failed',
      fieldErrors: [{ field: 'category', message: 'Category is not included in the list' }],
      kind: 'validation',
      retryable: false,
    });
    expect(xurrent.ErrorCode.ValidationFailed).toBe(result.code);
  });

  it('Xtremepush success: false inside an HTTP 200: code from the envelope, {field: [msg]} errors', () => {
    const body = { code: 400, success: false, message: 'Invalid request', errors: { apptoken: ['The apptoken field is required.'] } };
    expect(normaliseFailure(config(xtremepush, { bodyStatusField: 'code' }), 200, body, true)).toEqual({
      code: 400,
      rawCode: 400,
      codeName: 'BadRequest',
      vendorMessage: 'Invalid request',
      fieldErrors: [{ field: 'apptoken', message: 'The apptoken field is required.' }],
      kind: 'validation',
      retryable: false,
    });
  });

  it('Altcraft error != 0 inside an HTTP 200: code from the body, message from error_text, class from the code', () => {
    expect(normaliseFailure(config(altcraft), 200, { error: 401, error_text: 'API token required' }, true)).toMatchObject({
      code: 401,
      codeName: 'TokenRequired',
      vendorMessage: 'API token required',
      kind: 'authentication',
      retryable: false,
    });
    expect(normaliseFailure(config(altcraft, { kinds: { 450: 'validation' } }), 200, { error: 450, error_text: 'email: invalid address' }, true)).toMatchObject({
      code: 450,
      codeName: 'ValidationError',
      kind: 'validation',
      fieldErrors: [{ field: 'email', message: 'invalid address' }],
    });
    expect(normaliseFailure(config(altcraft), 200, { error: 413, error_text: 'Database unavailable' }, true)).toMatchObject({ kind: 'other', retryable: false });
    expect(normaliseFailure(config(altcraft), 200, { error: 500, error_text: 'Internal service error' }, true)).toMatchObject({ codeName: 'InternalError', kind: 'server', retryable: true });
    // Inside a 2xx a code the catalogue does not list is never retryable, whatever status it looks like.
    expect(normaliseFailure(config(altcraft), 200, { error: 503, error_text: 'Unavailable' }, true)).toMatchObject({ code: undefined, rawCode: 503, kind: 'server', retryable: false });
    expect(normaliseFailure(config(altcraft), 503, {}, false)).toMatchObject({ kind: 'server', retryable: true });
  });

  it('JourneyApps {type, title, detail}: the type is the code, the detail the message and its field', () => {
    const body = { type: 'INVALID_VALUE', title: 'Invalid value', detail: 'status: 7 is not a valid option', see: 'https://docs.journeyapps.com/api-errors#INVALID_VALUE' };
    expect(normaliseFailure(config(journeyapps), 422, body, false)).toEqual({
      code: 'INVALID_VALUE',
      rawCode: 'INVALID_VALUE',
      codeName: 'InvalidValue',
      vendorMessage: 'status: 7 is not a valid option',
      fieldErrors: [{ field: 'status', message: '7 is not a valid option' }],
      kind: 'validation',
      retryable: false,
    });
    expect(journeyapps.ErrorCode.InvalidValue).toBe('INVALID_VALUE');
  });

  it('XtraKit {status, message, data}: the message, the class from the status', () => {
    expect(normaliseFailure(config(xtrakit), 402, { status: 402, message: 'Your plan does not include the API', data: {} }, false)).toEqual({
      code: 402,
      rawCode: 402,
      codeName: 'PaymentRequired',
      vendorMessage: 'Your plan does not include the API',
      fieldErrors: [],
      kind: 'other',
      retryable: false,
    });
  });

  it('a status the catalogue does not know keeps no code but a sensible class and retryability', () => {
    expect(normaliseFailure(config(xtrakit), 503, '', false)).toEqual({
      code: undefined,
      rawCode: 503,
      codeName: undefined,
      vendorMessage: undefined,
      fieldErrors: [],
      kind: 'server',
      retryable: true,
    });
  });
});
