// A workspace like the repository's, for changeset tests: a generated package, its wrapper,
// a package that does not use it, a private one that does, and the repository's .changeset config.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repositoryRoot } from '../../support/run-specsmith.js';

export async function makeWorkspace(root: string): Promise<void> {
  const write = async (folder: string, manifest: object) => {
    await mkdir(join(root, folder), { recursive: true });
    await writeFile(join(root, folder, 'package.json'), `${JSON.stringify(manifest)}\n`);
  };
  await write('.', { name: 'workspace', private: true, workspaces: ['generated/*', 'packages/*'] });
  await writeFile(join(root, 'package-lock.json'), '{"name":"workspace","lockfileVersion":3,"requires":true,"packages":{}}\n');
  await write('generated/demo', { name: '@specsmith/demo-api', version: '0.1.0', dependencies: { '@specsmith/core': '0.1.0' } });
  await write('packages/demo', { name: '@specsmith/demo', version: '0.1.0', dependencies: { '@specsmith/core': '0.1.0', '@specsmith/demo-api': '0.1.0' } });
  await write('packages/core', { name: '@specsmith/core', version: '0.1.0' });
  await write('packages/internal', { name: 'internal-tool', version: '0.0.0', private: true, dependencies: { '@specsmith/demo-api': '0.1.0' } });
  await mkdir(join(root, '.changeset'));
  await copyFile(join(repositoryRoot, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
}
