// Runs the specsmith CLI in-process (the same `main` the bin calls) and captures what a user
// would see on stdout and stderr, with the repository path replaced by <root>.
import { vi } from 'vitest';
import { main } from '../../codegen/src/cli.js';

export const repositoryRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runSpecsmith(args: readonly string[], cwd = repositoryRoot): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const exitCode = await main(args, cwd);
    return { exitCode, stdout: stdout.replaceAll(repositoryRoot, '<root>'), stderr: stderr.replaceAll(repositoryRoot, '<root>') };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Progress lines end in a duration; replace it so lines can be compared exactly. */
export const withoutTimes = (text: string) => text.replace(/\d+ ms/g, '<t> ms');
