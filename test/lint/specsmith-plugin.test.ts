// The Specsmith lint rules, exercised the way users meet them: through `redocly lint`. Each
// extension's value is checked against its schema in codegen/contract/, the rest by hand.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface LintProblem {
  ruleId: string;
  message: string;
  location: { pointer: string; start: { line: number; col: number } }[];
}

async function lint(file: string): Promise<{ exitCode: number; problems: LintProblem[] }> {
  try {
    const { stdout } = await run('npx', ['redocly', 'lint', '--format=json', file], { env: { ...process.env, NO_COLOR: '1' } });
    return { exitCode: 0, problems: JSON.parse(stdout).problems };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { exitCode: failed.code, problems: JSON.parse(failed.stdout).problems };
  }
}

const summary = (problems: LintProblem[]) =>
  problems.map((problem) => ({
    rule: problem.ruleId,
    at: `${problem.location[0]?.pointer} ${problem.location[0]?.start.line}:${problem.location[0]?.start.col}`,
    message: problem.message,
  }));

describe('specsmith lint plugin', () => {
  it('accepts a spec whose extensions follow specs/README.md', async () => {
    const result = await lint('test/fixtures/lint/valid.yaml');
    expect(summary(result.problems)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  const problem = (rule: string, at: string, message: string) => ({ rule, at, message });

  it.each([
    [
      'operation-example: every JSON success media type needs an example; an XML alternative beside JSON does not',
      'response-examples.yaml',
      [
        problem(
          'specsmith/operation-example',
          '#/paths/~1things~1xml-without-json-example/get/responses/200 43:9',
          'Response 200 (application/problem+json) has no example; Prism serves the example, so add one.',
        ),
        problem('specsmith/operation-example', '#/paths/~1things~1xml-only/get/responses/200 59:9', 'Response 200 (application/xml) has no example; Prism serves the example, so add one.'),
      ],
    ],
    [
      'x-pagination.uncertain: a boolean, and true only where the description says "Uncertain:"',
      'pagination-uncertain.yaml',
      [
        problem(
          'specsmith/pagination',
          '#/paths/~1others/get/x-pagination/uncertain 46:99',
          'x-pagination.uncertain is true, so the operation\'s description must say what is unconfirmed, in a sentence starting with "Uncertain:".',
        ),
        problem('specsmith/pagination', '#/paths/~1more/get/x-pagination/uncertain 65:110', 'x-pagination.uncertain must be true or false, found "yes".'),
      ],
    ],
    [
      'x-body-token.alternatives: known security schemes, and no request body may still require the token',
      'body-token-alternatives.yaml',
      [
        problem('specsmith/body-token', '#/x-body-token/alternatives/1 20:26', 'x-body-token.alternatives names "apiKey", which is not in components.securitySchemes (oauth2).'),
        problem(
          'specsmith/body-token',
          '#/components/schemas/ListRequest/required/0 89:18',
          'The request body requires "apptoken", but x-body-token.alternatives (oauth2, apiKey) authenticate without it; leave it out of required.',
        ),
      ],
    ],
  ] as const)('%s', async (_title, fixture, problems) => {
    const result = await lint(`test/fixtures/lint/${fixture}`);
    expect({ exitCode: result.exitCode, problems: summary(result.problems) }).toEqual({ exitCode: 1, problems });
  });

  it('reports each malformed extension at its key, with the rule and a fix-it message', async () => {
    const result = await lint('test/fixtures/lint/malformed-extensions.yaml');
    expect(result.exitCode).toBe(1);
    expect(summary(result.problems)).toEqual([
      {
        rule: 'specsmith/error-codes',
        at: '#/x-error-codes/codes/0/name 22:26',
        message: 'x-error-codes.codes[0].name must be PascalCase (a string matching /^[A-Z][A-Za-z0-9]*$/), found "token_required".',
      },
      {
        rule: 'specsmith/error-codes',
        at: '#/x-error-codes/codes/1/retryable 23:71',
        message: 'x-error-codes.codes[1].retryable must be true or false, found "yes".',
      },
      {
        rule: 'specsmith/pagination',
        at: '#/paths/~1things/get/x-pagination/pageSize 33:9',
        message: 'x-pagination has no key "pageSize"; allowed keys: style, in, limitParam, offsetParam, skipParam, moreField, cursorParam, nextCursorField, itemsField, maxLimit, uncertain.',
      },
      {
        rule: 'specsmith/pagination',
        at: '#/paths/~1things/get/x-pagination/skipParam 35:20',
        message: 'x-pagination.skipParam names "offset", but the operation has no query parameter of that name.',
      },
      {
        rule: 'specsmith/idempotent',
        at: '#/paths/~1things/get/x-idempotent 30:21',
        message: 'x-idempotent must be true or false, found "true".',
      },
    ]);
  });

  it('checks every extension against its schema (codegen/contract/), naming the extension and the field', async () => {
    const result = await lint('test/fixtures/lint/schema-violations.yaml');
    expect(result.exitCode).toBe(1);
    expect(summary(result.problems)).toEqual([
      problem('specsmith/error-codes', '#/x-error-codes/field 16:1', 'x-error-codes.field is required when in is "body".'),
      problem('specsmith/error-codes', '#/x-error-codes/mesage 18:3', 'x-error-codes has no key "mesage"; allowed keys: in, field, message, success, codes.'),
      problem('specsmith/error-codes', '#/x-error-codes/success/equals 19:3', 'x-error-codes.success.equals is required.'),
      problem('specsmith/error-codes', '#/x-error-codes/codes/0/code 21:15', 'x-error-codes.codes[0].code must be an integer or a non-empty string, found "".'),
      problem('specsmith/error-codes', '#/x-error-codes/codes/0/status 21:40', 'x-error-codes.codes[0].status must be an HTTP status (an integer 100-599), found 700.'),
      problem('specsmith/error-codes', '#/x-error-codes/codes/1/description 22:75', 'x-error-codes.codes[1].description must be a non-empty string, found "".'),
      problem('specsmith/error-codes', '#/x-error-codes/codes/1/name 22:24', 'x-error-codes.codes[1].name "Empty" repeats codes[0].'),
      problem('specsmith/body-token', '#/x-body-token/field 30:10', 'x-body-token.field must be a non-empty string, found "".'),
      problem('specsmith/body-token', '#/x-body-token/alternatives 32:17', 'x-body-token.alternatives must be security scheme names (a non-empty array), found an empty array.'),
      problem('specsmith/retry', '#/x-retry/maxRetries 24:15', 'x-retry.maxRetries must be an integer >= 0, found -1.'),
      problem('specsmith/retry', '#/x-retry/delaysMs/1 25:17', 'x-retry.delaysMs[1] must be an integer >= 0, found "30s".'),
      problem('specsmith/rate-limit', '#/x-rate-limit/headers 27:12', 'x-rate-limit.headers must be "x-ratelimit", "ietf" or "none", found "ratelimit".'),
      problem('specsmith/rate-limit', '#/x-rate-limit/burst/perMs 28:3', 'x-rate-limit.burst.perMs is required.'),
      problem('specsmith/rate-limit', '#/x-rate-limit/burst/requests 28:22', 'x-rate-limit.burst.requests must be an integer >= 1, found 0.'),
      problem('specsmith/pagination', '#/paths/~1things/get/x-pagination/cursorParam 40:7', 'x-pagination.cursorParam is required when style is "cursor".'),
      problem('specsmith/pagination', '#/paths/~1things/get/x-pagination/nextCursorField 40:7', 'x-pagination.nextCursorField is required when style is "cursor".'),
      problem('specsmith/pagination', '#/paths/~1things/get/x-pagination/maxLimit 40:67', 'x-pagination.maxLimit must be an integer >= 1, found 0.'),
      problem('specsmith/pagination', '#/paths/~1things/post/x-pagination 56:21', 'x-pagination must be an object, found "offset".'),
      problem('specsmith/body-token', '#/paths/~1things/get/x-body-token 39:21', 'x-body-token on an operation must be false, found true.'),
    ]);
  });

  it('x-token-prefix: a well-formed prefix on a bearer scheme passes; a malformed one, or one on another scheme, is an error at its key', async () => {
    const result = await lint('test/fixtures/lint/token-prefix.yaml');
    expect(result.exitCode).toBe(1);
    const message = (found: string) => `x-token-prefix must be visible ASCII, no spaces or control characters (a string matching /^[!-~]+$/), found ${found}.`;
    expect(summary(result.problems)).toEqual([
      { rule: 'specsmith/token-prefix', at: '#/components/securitySchemes/spacedPrefix/x-token-prefix 47:7', message: message('"Token "') },
      { rule: 'specsmith/token-prefix', at: '#/components/securitySchemes/numberPrefix/x-token-prefix 51:7', message: message('7') },
      {
        rule: 'specsmith/token-prefix',
        at: '#/components/securitySchemes/basicAuth/x-token-prefix 55:7',
        message: 'x-token-prefix is only allowed on a security scheme with type: http and scheme: bearer.',
      },
    ]);
  });
});
