// Bad input: each malformed spec gives its exact, located message, exit code 1, and leaves
// the output directory untouched.
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

let out: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  out = await makeTempDir('invalid');
});
afterAll(async () => out.remove());

const fixture = (name: string) => `test/fixtures/malformed/${name}`;

describe('specsmith generate --spec with a malformed spec', () => {
  it.each([
    ['bad-yaml.yaml', 'test/fixtures/malformed/bad-yaml.yaml:10:8 error [parse] Invalid YAML: deficient indentation.\n  fix: Fix the YAML syntax (indentation, quotes, colons) at that position.'],
    ['bad-json.json', "test/fixtures/malformed/bad-json.json:4:14 error [parse] Invalid JSON: Expected property name or '}' in JSON at position 88.\n  fix: Fix the JSON syntax at that position."],
    ['empty.yaml', 'test/fixtures/malformed/empty.yaml error [read] The spec file is empty.\n  fix: Write an OpenAPI 3.x document into it.'],
    ['binary.yaml', 'test/fixtures/malformed/binary.yaml error [read] The spec file is binary, not JSON or YAML text.\n  fix: Point at the OpenAPI document itself.'],
    ['missing-file.yaml', 'test/fixtures/malformed/missing-file.yaml error [read] The spec file does not exist.\n  fix: Check the path (and the `apis:` entry in redocly.yaml).'],
    ['swagger-2.yaml', 'test/fixtures/malformed/swagger-2.yaml at #/swagger error [openapi-version] Swagger 2.0 is not supported; Specsmith reads OpenAPI 3.0 and 3.1.\n  fix: Convert the description to OpenAPI 3 first.'],
    ['no-openapi-field.yaml', 'test/fixtures/malformed/no-openapi-field.yaml at #/openapi error [openapi-version] Unsupported document: no `openapi` field; Specsmith reads OpenAPI 3.0.x and 3.1.x.\n  fix: Set `openapi: 3.1.0` (or 3.0.x) at the top of the document.'],
    ['not-a-mapping.yaml', 'test/fixtures/malformed/not-a-mapping.yaml:1:1 error [parse] The document is not an object; an OpenAPI document is a mapping with `openapi`, `info` and `paths`.'],
    ['unresolved-ref.yaml', "test/fixtures/malformed/unresolved-ref.yaml:12:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref '#/components/schemas/Missing'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...)."],
    ['external-ref-missing-file.yaml', "test/fixtures/malformed/external-ref-missing-file.yaml:12:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref './schemas/does-not-exist.yaml#/Thing': ENOENT: no such file or directory '<root>/test/fixtures/malformed/schemas/does-not-exist.yaml'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...)."],
    ['duplicate-operation-ids.yaml', 'test/fixtures/malformed/duplicate-operation-ids.yaml:10:7 at #/paths/~1b/get/getThing error [operation-operationId-unique] Every operation must have a unique `operationId`.\n  fix: Give each operation its own operationId.'],
    ['bad-idempotent.yaml', 'test/fixtures/malformed/bad-idempotent.yaml:7:21 at #/paths/~1a/post/x-idempotent error [specsmith/idempotent] x-idempotent must be true or false, found a string.'],
    ['bad-pagination.yaml', 'test/fixtures/malformed/bad-pagination.yaml:7:30 at #/paths/~1a/get/x-pagination/style error [specsmith/pagination] x-pagination.style must be one of link, offset, cursor, skip; found "pages".'],
    [
      'bad-error-codes.yaml',
      [
        'test/fixtures/malformed/bad-error-codes.yaml:4:7 at #/x-error-codes/in error [specsmith/error-codes] x-error-codes.in must be "status" or "body".',
        'test/fixtures/malformed/bad-error-codes.yaml:6:24 at #/x-error-codes/codes/0/name error [specsmith/error-codes] x-error-codes.codes[0].name must be PascalCase (/^[A-Z][A-Za-z0-9]*$/), found "first".',
        'test/fixtures/malformed/bad-error-codes.yaml:6:39 at #/x-error-codes/codes/0/status error [specsmith/error-codes] x-error-codes.codes[0].status must be an HTTP status (integer 100-599).',
        'test/fixtures/malformed/bad-error-codes.yaml:6:55 at #/x-error-codes/codes/0/retryable error [specsmith/error-codes] x-error-codes.codes[0].retryable must be true or false.',
        'test/fixtures/malformed/bad-error-codes.yaml:6:75 at #/x-error-codes/codes/0/description error [specsmith/error-codes] x-error-codes.codes[0].description must be a non-empty string.',
      ].join('\n'),
    ],
  ])('%s', async (name, message) => {
    const result = await runSpecsmith(['generate', '--spec', fixture(name), '--name', 'bad', '--out', out.path]);
    const errorCount = message.split('\n').filter((line) => !line.startsWith('  fix:')).length;
    expect(result.stderr).toBe(`${message}\nspecsmith: generation failed with ${errorCount} error${errorCount === 1 ? '' : 's'}; nothing was written.\n`);
    expect(result.exitCode).toBe(1);
    expect(await readdir(out.path)).toEqual([]);
  });
});
