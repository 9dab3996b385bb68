// specs/README.md's extension sections are written from the JSON Schemas in codegen/contract/
// (codegen/scripts/extension-tables.mjs): the check fails when the README and a schema disagree,
// names the extension, and --write puts back exactly what the schemas say.
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const SCRIPT = 'codegen/scripts/extension-tables.mjs';

async function tables(...args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args]);
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let temp: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir('extension-tables');
});
afterAll(async () => temp.remove());

describe('the extension tables of specs/README.md', () => {
  it('agree with the schemas', async () => {
    expect(await tables()).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('are generated from each schema: a row per property, with its type, whether it is required, and its meaning', async () => {
    const readme = await readFile('specs/README.md', 'utf8');
    expect(readme).toContain('| `offsetParam` | non-empty string | when `style: offset` | the offset parameter |');
    expect(readme).toContain('| `in` | `"query"` \\| `"body"` | no (default `query`) | where the paging parameters go; Xtremepush and Altcraft page through JSON body fields |');
    expect(readme).toContain('| `status` | integer 100–599 (an HTTP status) | yes | the HTTP status the vendor answers with for this code |');
    expect(readme).toContain('| `burst` | { requests: integer ≥ 1, perMs: integer ≥ 1 } | no | a short-window limit (Xurrent: 20 per 2000 ms) |');
    expect(readme).toContain('Value: string matching `^[!-~]+$` (visible ASCII, no spaces or control characters).');
  });

  it('fail the check when a table is edited by hand, naming the extension; --write restores them', async () => {
    const copy = join(temp.path, 'edited.md');
    const original = await readFile('specs/README.md', 'utf8');
    await writeFile(copy, original.replace('| `maxRetries` | integer ≥ 0 | no |', '| `maxRetries` | integer ≥ 1 | no |'));
    expect(await tables('--readme', copy)).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: `${copy} is out of date for x-retry: run \`node codegen/scripts/extension-tables.mjs --write\`.\n`,
    });
    expect(await tables('--write', '--readme', copy)).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(await readFile(copy, 'utf8')).toBe(original);
  });

  it('fail when a section is missing, saying which markers to add', async () => {
    const copy = join(temp.path, 'missing.md');
    await copyFile('specs/README.md', copy);
    const original = await readFile(copy, 'utf8');
    await writeFile(copy, original.replace(/<!-- BEGIN x-idempotent:[^\n]*\n[\s\S]*?<!-- END x-idempotent -->\n/, ''));
    const result = await tables('--readme', copy);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      `${copy} has no section for x-idempotent: add the lines\n` +
        '  <!-- BEGIN x-idempotent: generated from codegen/contract/x-idempotent.schema.json by `node codegen/scripts/extension-tables.mjs --write` -->\n' +
        '  <!-- END x-idempotent -->\n',
    );
  });
});
