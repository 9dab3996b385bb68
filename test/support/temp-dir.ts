// Temporary directories for tests, removed afterwards; `linkNodeModules` lets code generated
// there resolve openapi-fetch and TypeScript from the repository.
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './run-specsmith.js';

export async function makeTempDir(prefix: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `specsmith-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export async function linkNodeModules(directory: string): Promise<void> {
  await symlink(join(repositoryRoot, 'node_modules'), join(directory, 'node_modules'), 'dir');
}
