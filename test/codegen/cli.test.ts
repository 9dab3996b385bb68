// The command line itself: help, usage errors and their exit codes.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runSpecsmith } from '../support/run-specsmith.js';

const run = promisify(execFile);

describe('specsmith CLI', () => {
  it('--help prints usage and exits 0', async () => {
    const result = await runSpecsmith(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^specsmith — OpenAPI specs to typed TypeScript client packages and API docs\n\nUsage:\n {2}specsmith generate \[vendor \.\.\.\]/);
  });

  it('no command prints usage and exits 2', async () => {
    const result = await runSpecsmith([]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('Usage:');
  });

  it.each([
    [['generate', '--bogus'], "specsmith: Unknown option '--bogus'. Valid options: --check, --force, --watch, --quiet, --spec, --name, --out, --help.\n"],
    [['publish'], 'specsmith: Unknown command "publish". Valid commands: generate, docs, diff, mock. See specsmith --help.\n'],
    [['diff', 'old.yaml'], 'specsmith diff: diff takes two spec files, got 1: specsmith diff <old-spec> <new-spec> [--format text|json].\n'],
    [['mock', 'nope'], 'specsmith mock: unknown vendor "nope"; redocly.yaml lists xtremepush, xurrent, altcraft, xtrakit, journeyapps\n'],
    [['generate', '--spec', 'x.yaml'], 'specsmith: --spec, --name and --out go together: specsmith generate --spec <file> --name <name> --out <dir>.\n'],
    [['generate', 'xurrent', '--spec', 'x.yaml', '--name', 'x', '--out', 'o'], 'specsmith: --spec generates one document; drop the vendor names (xurrent).\n'],
    [['generate', '--spec', 'x.yaml', '--name', '@@', '--out', 'o'], 'specsmith: --name "@@" has no letters or digits to name the package by.\n'],
    [['generate', 'nope', 'xurrent', 'zap'], 'specsmith: Unknown vendor "nope", "zap". Valid vendors (redocly.yaml apis:): xtremepush, xurrent, altcraft, xtrakit, journeyapps.\n'],
  ])('%j → usage error', async (args, message) => {
    const result = await runSpecsmith(args);
    expect(result).toEqual({ exitCode: 2, stdout: '', stderr: message });
  });

  it('the bin exits with the same code a user sees', async () => {
    const failure = await run(process.execPath, ['codegen/bin/specsmith.js', 'generate', 'nope'], { cwd: repositoryRoot }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown vendor "nope"') });
  });

  it('the bin runs diff and mock, which the bundle leaves to their own modules', async () => {
    const mock = await run(process.execPath, ['codegen/bin/specsmith.js', 'mock', 'nope'], { cwd: repositoryRoot }).catch((error: { code: number; stderr: string }) => error);
    expect(mock).toMatchObject({ code: 2, stderr: 'specsmith mock: unknown vendor "nope"; redocly.yaml lists xtremepush, xurrent, altcraft, xtrakit, journeyapps\n' });
    const diff = await run(process.execPath, ['codegen/bin/specsmith.js', 'diff', 'specs/xtrakit/openapi.yaml', 'specs/xtrakit/openapi.yaml'], { cwd: repositoryRoot });
    expect(diff.stdout).toBe('specs/xtrakit/openapi.yaml -> specs/xtrakit/openapi.yaml: no change to the client surface\n');
  });

  it('the five vendor packages are up to date (the drift check CI relies on)', async () => {
    const result = await runSpecsmith(['generate', '--check', '--quiet']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});
