// The Specsmith lint rules, exercised the way users meet them: through `redocly lint`.
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
        problem('specsmith/operation-example', '#/paths/~1things~1xml-without-json-example/get/responses/200 43:9', 'Response 200 (application/problem+json) has no example; Prism serves the example, so add one.'),
        problem('specsmith/operation-example', '#/paths/~1things~1xml-only/get/responses/200 59:9', 'Response 200 (application/xml) has no example; Prism serves the example, so add one.'),
      ],
    ],
    [
      'x-pagination.uncertain: a boolean, and true only where the description says "Uncertain:"',
      'pagination-uncertain.yaml',
      [
        problem('specsmith/pagination', '#/paths/~1others/get/x-pagination/uncertain 46:99', 'x-pagination.uncertain is true, so the operation\'s description must say what is unconfirmed, in a sentence starting with "Uncertain:".'),
        problem('specsmith/pagination', '#/paths/~1more/get/x-pagination/uncertain 65:110', 'x-pagination.uncertain must be true or false.'),
      ],
    ],
    [
      'x-body-token.alternatives: known security schemes, and no request body may still require the token',
      'body-token-alternatives.yaml',
      [
        problem('specsmith/body-token', '#/x-body-token/alternatives/1 20:26', 'x-body-token.alternatives names "apiKey", which is not in components.securitySchemes (oauth2).'),
        problem('specsmith/body-token', '#/components/schemas/ListRequest/required/0 89:18', 'The request body requires "apptoken", but x-body-token.alternatives (oauth2, apiKey) authenticate without it; leave it out of required.'),
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
        message: 'x-error-codes.codes[0].name must be PascalCase (/^[A-Z][A-Za-z0-9]*$/), found "token_required".',
      },
      {
        rule: 'specsmith/error-codes',
        at: '#/x-error-codes/codes/1/retryable 23:71',
        message: 'x-error-codes.codes[1].retryable must be true or false.',
      },
      {
        rule: 'specsmith/pagination',
        at: '#/paths/~1things/get/x-pagination/pageSize 33:9',
        message:
          'x-pagination has no key "pageSize"; allowed keys: style, in, limitParam, offsetParam, skipParam, moreField, cursorParam, nextCursorField, itemsField, maxLimit, uncertain.',
      },
      {
        rule: 'specsmith/pagination',
        at: '#/paths/~1things/get/x-pagination/skipParam 35:20',
        message: 'x-pagination.skipParam names "offset", but the operation has no query parameter of that name.',
      },
      {
        rule: 'specsmith/idempotent',
        at: '#/paths/~1things/get/x-idempotent 30:21',
        message: 'x-idempotent must be true or false, found a string.',
      },
    ]);
  });

  it('x-token-prefix: a well-formed prefix on a bearer scheme passes; a malformed one, or one on another scheme, is an error at its key', async () => {
    const result = await lint('test/fixtures/lint/token-prefix.yaml');
    expect(result.exitCode).toBe(1);
    const message = (found: string) =>
      `x-token-prefix must be a non-empty string of visible ASCII (/^[!-~]+$/: no spaces or control characters), found ${found}.`;
    expect(summary(result.problems)).toEqual([
      { rule: 'specsmith/token-prefix', at: '#/components/securitySchemes/spacedPrefix/x-token-prefix 47:7', message: message('"Token "') },
      { rule: 'specsmith/token-prefix', at: '#/components/securitySchemes/numberPrefix/x-token-prefix 51:7', message: message('a number') },
      {
        rule: 'specsmith/token-prefix',
        at: '#/components/securitySchemes/basicAuth/x-token-prefix 55:7',
        message: 'x-token-prefix is only allowed on a security scheme with type: http and scheme: bearer.',
      },
    ]);
  });
});
