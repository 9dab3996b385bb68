// Bad input: each malformed spec gives its exact, located message, exit code 1, and leaves
// the output directory untouched.
import { readdir, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

let out: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  out = await makeTempDir('invalid');
});
afterAll(async () => out.remove());

describe('specsmith generate --spec with a structurally odd but understandable spec', () => {
  it('generates with a located warning instead of failing', async () => {
    const result = await runSpecsmith(['generate', '--spec', fixture('paths-not-an-object.yaml'), '--name', 'odd', '--out', `${out.path}/odd`]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('test/fixtures/malformed/paths-not-an-object.yaml:4:3 at #/paths warning [struct] Expected type `Paths` (object) but got `array`\n');
    expect(result.stdout).toMatch(/^odd +written {2}0 operations {2}10 files/);
    await rm(`${out.path}/odd`, { recursive: true });
  });

  it('generates a spec of wrong types with a located warning for each, and the schema it cannot type as unknown', async () => {
    const result = await runSpecsmith(['generate', '--spec', fixture('wrong-types.yaml'), '--name', 'odd', '--out', `${out.path}/odd`]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      [
        'test/fixtures/malformed/wrong-types.yaml:2:16 at #/info/title warning [struct] Expected type `string` but got `integer`.',
        'test/fixtures/malformed/wrong-types.yaml:2:29 at #/info/version warning [struct] Expected type `string` but got `integer`.',
        'test/fixtures/malformed/wrong-types.yaml:6:20 at #/paths/~1a/get/operationId warning [struct] Expected type `string` but got `integer`.',
        'test/fixtures/malformed/wrong-types.yaml:7:19 at #/paths/~1a/get/parameters warning [struct] Expected type `ParameterList` (array) but got `object`',
        'test/fixtures/malformed/wrong-types.yaml:13:31 at #/paths/~1a/get/responses/200/content/application~1json/schema/type warning [struct] `type` can be one of the following only: "object", "array", "string", "number", "integer", "boolean", "null".\n  fix: did you mean string?',
        'test/fixtures/malformed/wrong-types.yaml:13:50 at #/paths/~1a/get/responses/200/content/application~1json/schema/properties warning [struct] Expected type `SchemaProperties` (object) but got `array`',
        'test/fixtures/malformed/wrong-types.yaml at #/paths/~1a/get warning [operation-operationId] Operation has no operationId; using "getA".\n  fix: Add an operationId so the generated name cannot change when the path does.',
        'test/fixtures/malformed/wrong-types.yaml at #/paths/~1a/get/responses/200/content/application~1json/schema warning [types] Unknown schema type "strin" (expected string, number, integer, boolean, array, object or null); typed unknown.',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toMatch(/^odd +written {2}1 operations {2}10 files/);
    await rm(`${out.path}/odd`, { recursive: true });
  });
});

describe('specsmith generate --spec with a huge malformed file', () => {
  it('reports the located YAML error at the end of a 20 MB file', async () => {
    const lines = ['openapi: 3.1.0', 'info: { title: Huge, version: "1" }', 'paths: {}', 'components:', '  schemas:'];
    for (let index = 0; index < 200_000; index += 1) lines.push(`    Schema${index}: { type: object, description: "${'x'.repeat(60)}" }`);
    lines.push('    Broken: { type: object', '  oops: [');
    await writeFile(`${out.path}/../huge-${process.pid}.yaml`, `${lines.join('\n')}\n`);
    const file = `${out.path}/../huge-${process.pid}.yaml`;
    try {
      const result = await runSpecsmith(['generate', '--spec', file, '--name', 'huge', '--out', out.path]);
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/:200008:4 error \[parse\] Invalid YAML: /);
      expect(await readdir(out.path)).toEqual([]);
    } finally {
      await rm(file, { force: true });
    }
  });
});

const fixture = (name: string) => `test/fixtures/malformed/${name}`;

describe('specsmith generate --spec with a malformed spec', () => {
  it.each([
    ['bad-yaml.yaml', 'test/fixtures/malformed/bad-yaml.yaml:10:8 error [parse] Invalid YAML: deficient indentation.\n  fix: Fix the YAML syntax (indentation, quotes, colons) at that position.'],
    ['bad-json.json', "test/fixtures/malformed/bad-json.json:4:14 error [parse] Invalid JSON: Expected property name or '}' in JSON at position 88.\n  fix: Fix the JSON syntax at that position."],
    ['empty.yaml', 'test/fixtures/malformed/empty.yaml error [read] The spec file is empty.\n  fix: Write an OpenAPI 3.x document into it.'],
    ['binary.yaml', 'test/fixtures/malformed/binary.yaml error [read] The spec file is binary, not JSON or YAML text.\n  fix: Point at the OpenAPI document itself.'],
    ['missing-file.yaml', 'test/fixtures/malformed/missing-file.yaml error [read] The spec file does not exist.\n  fix: Check the path (and the `apis:` entry in redocly.yaml).'],
    [
      'swagger-2.yaml',
      'test/fixtures/malformed/swagger-2.yaml at #/swagger error [openapi-version] Swagger 2.0 is not supported; Specsmith reads OpenAPI 3.0 and 3.1.\n  fix: Convert the description to OpenAPI 3 first.',
    ],
    [
      'no-openapi-field.yaml',
      'test/fixtures/malformed/no-openapi-field.yaml at #/openapi error [openapi-version] Unsupported document: no `openapi` field; Specsmith reads OpenAPI 3.0.x and 3.1.x.\n  fix: Set `openapi: 3.1.0` (or 3.0.x) at the top of the document.',
    ],
    ['not-a-mapping.yaml', 'test/fixtures/malformed/not-a-mapping.yaml:1:1 error [parse] The document is not an object; an OpenAPI document is a mapping with `openapi`, `info` and `paths`.'],
    [
      'unresolved-ref.yaml',
      "test/fixtures/malformed/unresolved-ref.yaml:12:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref '#/components/schemas/Missing'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).",
    ],
    [
      'external-ref-missing-file.yaml',
      "test/fixtures/malformed/external-ref-missing-file.yaml:12:23 at #/paths/~1a/get/responses/200/content/application~1json/schema error [no-unresolved-refs] Can't resolve $ref './schemas/does-not-exist.yaml#/Thing': ENOENT: no such file or directory '<root>/test/fixtures/malformed/schemas/does-not-exist.yaml'\n  fix: Point the $ref at an existing file and JSON pointer (a local ref starts with #/components/...).",
    ],
    [
      'duplicate-operation-ids.yaml',
      'test/fixtures/malformed/duplicate-operation-ids.yaml:10:7 at #/paths/~1b/get/getThing error [operation-operationId-unique] Every operation must have a unique `operationId`.\n  fix: Give each operation its own operationId.',
    ],
    ['bad-idempotent.yaml', 'test/fixtures/malformed/bad-idempotent.yaml:7:21 at #/paths/~1a/post/x-idempotent error [specsmith/idempotent] x-idempotent must be true or false, found "sometimes".'],
    [
      'bad-pagination.yaml',
      [
        'test/fixtures/malformed/bad-pagination.yaml:7:30 at #/paths/~1a/get/x-pagination/style error [specsmith/pagination] x-pagination.style must be "link", "offset", "cursor" or "skip", found "pages".',
        'test/fixtures/malformed/bad-pagination.yaml:7:49 at #/paths/~1a/get/x-pagination/limitParam error [specsmith/pagination] x-pagination.limitParam names "size", but the operation has no query parameter of that name.',
      ].join('\n'),
    ],
    [
      'bad-body-token.yaml',
      [
        'test/fixtures/malformed/bad-body-token.yaml:3:15 at #/x-body-token error [specsmith/body-token] x-body-token must be an object, found "apptoken".',
        'test/fixtures/malformed/bad-body-token.yaml:8:21 at #/paths/~1a/post/x-body-token error [specsmith/body-token] x-body-token on an operation must be false, found true.',
      ].join('\n'),
    ],
    [
      'bad-retry.yaml',
      [
        'test/fixtures/malformed/bad-retry.yaml:3:47 at #/x-retry/backoff error [specsmith/retry] x-retry has no key "backoff"; allowed keys: maxRetries, delaysMs, minRetryAfterMs.',
        'test/fixtures/malformed/bad-retry.yaml:3:41 at #/x-retry/delaysMs/1 error [specsmith/retry] x-retry.delaysMs[1] must be an integer >= 0, found -30.',
      ].join('\n'),
    ],
    [
      'bad-rate-limit.yaml',
      [
        'test/fixtures/malformed/bad-rate-limit.yaml:3:26 at #/x-rate-limit/headers error [specsmith/rate-limit] x-rate-limit.headers must be "x-ratelimit", "ietf" or "none", found "github".',
        'test/fixtures/malformed/bad-rate-limit.yaml:3:53 at #/x-rate-limit/burst/requests error [specsmith/rate-limit] x-rate-limit.burst.requests must be an integer >= 1, found 0.',
      ].join('\n'),
    ],
    [
      'duplicate-error-names.yaml',
      [
        'test/fixtures/malformed/duplicate-error-names.yaml:7:26 at #/x-error-codes/codes/1/name error [specsmith/error-codes] x-error-codes.codes[1].name "TooManyRequests" repeats codes[0].',
        'test/fixtures/malformed/duplicate-error-names.yaml:8:15 at #/x-error-codes/codes/2/code error [specsmith/error-codes] x-error-codes.codes[2].code 503 repeats codes[1].',
      ].join('\n'),
    ],
    [
      'bad-token-prefix.yaml',
      'test/fixtures/malformed/bad-token-prefix.yaml:10:47 at #/components/securitySchemes/bearerAuth/x-token-prefix error [specsmith/token-prefix] x-token-prefix must be visible ASCII, no spaces or control characters (a string matching /^[!-~]+$/), found "O: ".',
    ],
    [
      'ref-cycle.yaml',
      "test/fixtures/malformed/ref-cycle.yaml at #/components/schemas/Loop error [no-unresolved-refs] $ref '#/components/schemas/Loop' leads back to itself, so it never reaches a schema.\n  fix: Point the $ref chain at a real schema.",
    ],
    [
      'openapi-4.yaml',
      'test/fixtures/malformed/openapi-4.yaml at #/openapi error [openapi-version] Unsupported document: openapi: "4.0.0"; Specsmith reads OpenAPI 3.0.x and 3.1.x.\n  fix: Set `openapi: 3.1.0` (or 3.0.x) at the top of the document.',
    ],
    [
      'bad-error-codes.yaml',
      [
        'test/fixtures/malformed/bad-error-codes.yaml:4:7 at #/x-error-codes/in error [specsmith/error-codes] x-error-codes.in must be "status" or "body", found "header".',
        'test/fixtures/malformed/bad-error-codes.yaml:6:24 at #/x-error-codes/codes/0/name error [specsmith/error-codes] x-error-codes.codes[0].name must be PascalCase (a string matching /^[A-Z][A-Za-z0-9]*$/), found "first".',
        'test/fixtures/malformed/bad-error-codes.yaml:6:39 at #/x-error-codes/codes/0/status error [specsmith/error-codes] x-error-codes.codes[0].status must be an HTTP status (an integer 100-599), found 700.',
        'test/fixtures/malformed/bad-error-codes.yaml:6:55 at #/x-error-codes/codes/0/retryable error [specsmith/error-codes] x-error-codes.codes[0].retryable must be true or false, found "maybe".',
        'test/fixtures/malformed/bad-error-codes.yaml:6:75 at #/x-error-codes/codes/0/description error [specsmith/error-codes] x-error-codes.codes[0].description must be a non-empty string, found "".',
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
