// Strict `tsc --noEmit` on a generated package, as a consumer's build would run it.
import { execFile } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/**
 * A temporary strict TypeScript project (the repository's base config) holding `files`, which
 * resolves @specsmith/* through the repository's node_modules. The caller removes the folder.
 */
export async function writeTypeProject(files: Readonly<Record<string, string>>): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'specsmith-types-'));
  await symlink(join(repositoryRoot, 'node_modules'), join(directory, 'node_modules'), 'dir');
  await writeFile(join(directory, 'package.json'), JSON.stringify({ type: 'module' }));
  const config = { extends: join(repositoryRoot, 'tsconfig.json'), compilerOptions: { noEmit: true, typeRoots: [join(repositoryRoot, 'node_modules', '@types')] }, include: ['*.ts'] };
  await writeFile(join(directory, 'tsconfig.json'), JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) await writeFile(join(directory, name), content);
  return directory;
}

/** The `error TS` lines of a tsc run. */
export function typeErrors(output: string): string[] {
  return output.split('\n').filter((line) => line.includes('error TS'));
}
