// reportRegeneration, the generate-time report of one package: its lines, and a changeset
// only when the run writes and there is a previous surface to compare with.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportRegeneration, type Regeneration } from '../../../codegen/src/diff/regeneration.js';
import type { ClientSurface } from '../../../codegen/src/diff/surface-model.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { baseSurface, pairSurface } from './surfaces.js';
import { makeWorkspace } from './workspace.js';

let directory: { path: string; remove: () => Promise<void> };
let base: ClientSurface;
let run: (changes: Partial<Regeneration>) => Promise<{ lines: readonly string[]; changeset: string | null; files: string[] }>;

beforeAll(async () => {
  directory = await makeTempDir('diff-regeneration');
  base = await baseSurface();
  const root = join(directory.path, 'workspace');
  await makeWorkspace(root);
  const removed = await pairSurface(directory.path, 'operation-removed');
  run = async (changes) => {
    const report = await reportRegeneration({
      name: 'demo',
      root,
      packageDirectory: join(root, 'generated', 'demo'),
      specFile: removed.file,
      previous: base,
      next: removed.surface,
      writes: true,
      filesChanged: true,
      cwd: root,
      ...changes,
    });
    return { ...report, files: (await readdir(join(root, '.changeset'))).sort() };
  };
});
afterAll(async () => directory.remove());

const summary = [
  '  demo: 1 breaking, 0 additive since the previous package',
  '    BREAKING  removed operation getRequest (GET /requests/{id})  (the previous package at #/paths/~1requests~1{id}/get)',
];

describe('reportRegeneration', () => {
  it('with --check, prints the changes and writes no changeset', async () => {
    expect(await run({ writes: false })).toEqual({ lines: summary, changeset: null, files: ['config.json'] });
  });

  it('on a first run, records the baseline and writes no changeset', async () => {
    expect(await run({ previous: null })).toEqual({ lines: ['  demo: no previous surface recorded; this run records the baseline'], changeset: null, files: ['config.json'] });
  });

  it('writes no changeset for a package with nothing to publish (no package.json)', async () => {
    expect(await run({ packageDirectory: join(directory.path, 'nowhere') })).toEqual({ lines: summary, changeset: null, files: ['config.json'] });
  });

  it('when it writes, names the changeset it wrote for the package and its wrapper', async () => {
    const report = await run({});
    const name = report.files.find((file) => file !== 'config.json');
    expect(name).toMatch(/^specsmith-demo-api-[0-9a-f]{8}\.md$/);
    expect(report.lines).toEqual([...summary, `  changeset: .changeset/${name}`]);
    const content = await readFile(report.changeset ?? '', 'utf8');
    expect(
      content.startsWith('---\n"@specsmith/demo-api": minor\n"@specsmith/demo": minor\n---\n\nBreaking changes to the client generated from ../operation-removed.yaml: 1 breaking, 0 additive.\n'),
    ).toBe(true);
  });
});
