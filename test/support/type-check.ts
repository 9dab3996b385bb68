// Strict `tsc --noEmit` on a generated package, as a consumer's build would run it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repositoryRoot } from './run-specsmith.js';

const run = promisify(execFile);

export async function typeCheck(projectDirectory: string): Promise<{ ok: boolean; output: string }> {
  const tsc = join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    const { stdout } = await run(process.execPath, [tsc, '-p', projectDirectory, '--noEmit'], { maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: (error as { stdout?: string }).stdout ?? String(error) };
  }
}
