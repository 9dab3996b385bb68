// Writes a run's files so that a failure leaves the previous output intact: every file is
// first written next to its target under a temporary name, and only when all of them are
// on disk are they renamed over the old ones (rename is atomic on one file system).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generated-file.js';

export interface PackageOutput {
  readonly directory: string;
  readonly files: readonly GeneratedFile[];
  /** Files the previous run wrote that this run no longer emits. */
  readonly obsolete: readonly string[];
}

export async function writePackages(outputs: readonly PackageOutput[]): Promise<void> {
  const suffix = `.specsmith-tmp-${process.pid}`;
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const output of outputs) {
      for (const file of output.files) {
        const target = join(output.directory, file.path);
        const temporary = `${target}${suffix}`;
        await mkdir(dirname(target), { recursive: true });
        await writeFile(temporary, file.content);
        staged.push({ temporary, target });
      }
    }
  } catch (error) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { temporary, target } of staged) await rename(temporary, target);
  for (const output of outputs) {
    for (const path of output.obsolete) await rm(join(output.directory, path), { force: true });
  }
}
