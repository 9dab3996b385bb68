// Users build with TypeScript 7 (the native compiler, `typescript@latest`) as well as 5.9: every
// generated package, every wrapper, core and the consumer type tests must type-check under
// both. The build pins 5.9 (`typescript`); 7 lives in tools/typescript-7 with its own lockfile
// (so the root's `tsc` stays 5.9) and is installed from it on first use.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, vendorSpecs } from '../support/vendors.js';

const run = promisify(execFile);
const tools = join(repositoryRoot, 'tools', 'typescript-7');
// Its package exports no bin path, so the file is found beside its package.json.
const tsc7 = join(tools, 'node_modules', 'typescript', 'bin', 'tsc');

/** `tsc --noEmit -p project` under TypeScript 7: its version line, exit code and diagnostics. */
async function typeCheck7(project: string): Promise<{ code: number; output: string }> {
  const result = await run(process.execPath, [tsc7, '--noEmit', '-p', join(repositoryRoot, project)], { cwd: repositoryRoot, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
  );
  return result;
}

const vendors = vendorSpecs().map((vendor) => vendor.key);
const projects = [
  'packages/core/tsconfig.json',
  ...vendors.map((vendor) => `generated/${vendor}/tsconfig.json`),
  ...vendors.map((vendor) => `packages/${vendor}/tsconfig.json`),
  'test/packages/types/tsconfig.json',
];

describe('TypeScript 7', () => {
  beforeAll(async () => {
    if (!existsSync(tsc7)) await run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', tools], { cwd: repositoryRoot });
  }, 120_000);

  it('is the native compiler, version 7', async () => {
    const { stdout } = await run(process.execPath, [tsc7, '--version']);
    expect(stdout).toMatch(/^Version 7\.\d+\.\d+\n$/);
  });

  it.each(projects)('%s type-checks with no diagnostic', async (project) => {
    expect(await typeCheck7(project)).toEqual({ code: 0, output: '' });
  });
});
