// The vendor facts the specs take from the vendors' own words (the excerpts the project
// started from): error meanings, retryability, examples and formats. The catalogues are read
// from the generated packages (what a user's code sees); examples and schemas from the specs.
import { fileURLToPath } from 'node:url';
import { errorCodeInfo as altcraftCodes } from '@specsmith/altcraft-api';
import { errorCodeInfo as xtrakitCodes } from '@specsmith/xtrakit-api';
import { errorCodeInfo as xurrentCodes } from '@specsmith/xurrent-api';
import { describe, expect, it } from 'vitest';
import { at, type JsonObject, objectAt, readSpecDocument } from '../support/spec-document.js';

const spec = (vendor: string): JsonObject => readSpecDocument(fileURLToPath(new URL(`../../specs/${vendor}/openapi.yaml`, import.meta.url)));
const meanings = (codes: Readonly<Record<string | number, { readonly description: string; readonly retryable: boolean }>>) =>
  Object.fromEntries(Object.entries(codes).map(([code, info]) => [code, [info.description, info.retryable]]));

describe('Altcraft', () => {
  it("names every response code in the vendor's words, and only 500 is retryable (413 is a configuration error)", () => {
    expect(meanings(altcraftCodes)).toEqual({
      400: ['Incorrect request.', false],
      401: ['API token required.', false],
      402: ['Tariff limit reached.', false],
      403: ['No rights for this action.', false],
      404: ['The object is not found in the token vision zone.', false],
      409: ['Another record with the same unique attributes already exists.', false],
      413: ['The database is not available in the selected resource.', false],
      415: ['Requested Content-Type is not supported.', false],
      435: ['Ambiguous search, there are several objects with given attributes.', false],
      441: ['The object belongs to another group.', false],
      450: ['Request validation error.', false],
      500: ['Internal service error.', true],
      501: ['The method does not exist.', false],
    });
  });

  it('documents JSON and XML as request and response formats', () => {
    const altcraft = spec('altcraft');
    const operation = objectAt(altcraft, 'paths', '/api/v1.1/profiles/get', 'post');
    expect(Object.keys(objectAt(operation, 'requestBody', 'content'))).toEqual(['application/json', 'application/xml']);
    expect(Object.keys(objectAt(operation, 'responses', '200', 'content'))).toEqual(['application/json', 'application/xml']);
    expect(at(altcraft, 'components', 'schemas', 'Format', 'enum')).toEqual(['json', 'xml']);
  });
});

describe('XtraKit', () => {
  it('gives each status code the meaning its introduction page gives', () => {
    expect(meanings(xtrakitCodes)).toEqual({
      400: ['For bad requests.', false],
      401: ['For unauthorized (the API key in `Authorization: Bearer` is missing or not valid).', false],
      402: ['For payment required.', false],
      404: ['For not found.', false],
      500: ['For internal server errors; repeating the request later can succeed.', true],
    });
  });
});

describe('Xtremepush', () => {
  it("uses the overview page's campaign examples for success and failure", () => {
    const responses = objectAt(spec('xtremepush'), 'paths', '/api/external/create/campaign', 'post', 'responses');
    const created = objectAt(responses, '200', 'content', 'application/json', 'example');
    expect([created['code'], created['success'], created['message'], at(created, 'model', 'title'), at(created, 'model', 'text')]).toEqual([
      200,
      true,
      'Campaign successfully created',
      'Flag Test Campaign',
      'Testing Campaign is sent to subscribers to 15_01_04',
    ]);
    expect(at(responses, '400', 'content', 'application/json', 'example')).toEqual({ code: 400, success: false, message: 'Campaign is not created', errors: { text: ['Text cannot be blank.'] } });
  });
});

describe('Xurrent', () => {
  const xurrent = spec('xurrent');
  const components = objectAt(xurrent, 'components');

  it('says what 502 and 503 mean as the status-code table does (503 is overload; 502 is down or being upgraded)', () => {
    expect([xurrentCodes[502].description, xurrentCodes[503].description]).toEqual([
      'Bad Gateway - Xurrent is down or being upgraded.',
      'Service Unavailable - The Xurrent servers are up, but overloaded with requests. Try again later.',
    ]);
    expect(at(components, 'responses', 'ServiceUnavailable', 'description')).toBe('The Xurrent servers are up, but overloaded with requests. Try again later.');
  });

  it('uses the documented examples: the 422 pairs, retry-after: 30 and the en-US language', () => {
    expect(at(components, 'responses', 'UnprocessableEntity', 'content', 'application/json', 'example', 'errors')).toEqual([
      ['subject', "Subject can't be blank"],
      ['category', "Category can't be blank"],
    ]);
    expect(at(components, 'headers', 'RetryAfter', 'schema', 'example')).toBe(30);
    expect(at(components, 'parameters', 'XurrentLanguage', 'schema', 'example')).toBe('en-US');
    const enums = objectAt(xurrent, 'paths', '/enums', 'get', 'responses', '200', 'content', 'application/json', 'example');
    expect(at(enums, 'language', 0)).toEqual({ id: 'en-US', txt: 'English (United States)' });
  });

  it('types datetimes (yyyy-mm-ddThh:mm, minute resolution, no zone) without format: date-time', () => {
    const datetime = objectAt(components, 'schemas', 'DateTimeOrNull');
    expect([datetime['type'], datetime['format'], datetime['pattern']]).toEqual([['string', 'null'], undefined, '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}']);
    const pattern = new RegExp(String(datetime['pattern']));
    expect(['2026-03-14T02:56', '2016-03-14T02:56:11-06:00', '2026-03-14'].map((value) => pattern.test(value))).toEqual([true, true, false]);
  });

  it('marks the 20-requests-per-2-s burst limit Uncertain (it comes from SDKs, not the API docs)', () => {
    expect(at(xurrent, 'x-rate-limit', 'burst')).toEqual({ requests: 20, perMs: 2000 });
    expect(at(xurrent, 'info', 'description')).toContain(
      "Uncertain: a short-burst limit of 20 requests per 2 seconds (`x-rate-limit.burst`)\n  comes from the vendor's SDK READMEs, not from the API documentation.",
    );
  });
});
