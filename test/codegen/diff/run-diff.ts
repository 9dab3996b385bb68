// Runs `specsmith diff` in-process through runDiffCommand, capturing what it writes.
import { runDiffCommand } from '../../../codegen/src/diff/diff-command.js';

export interface DiffRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runDiff(argv: readonly string[], cwd: string): Promise<DiffRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await runDiffCommand(argv, {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { exitCode, stdout, stderr };
}
