// Changesets for regenerated packages: the bump each kind of change implies (shifted one
// place while a package is 0.x), the file's exact content, which packages it names, and that
// @changesets/cli itself reads it into the expected release plan.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpFor, changesetFor, writeChangeset, type ReleasedPackage } from '../../../codegen/src/diff/changeset.js';
import { compareSurfaces } from '../../../codegen/src/diff/compare-surfaces.js';
import { releasedPackages } from '../../../codegen/src/diff/released-packages.js';
import type { ClientSurface } from '../../../codegen/src/diff/surface-model.js';
import { repositoryRoot } from '../../support/run-specsmith.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { baseSurface, pairSurface } from './surfaces.js';
import { makeWorkspace } from './workspace.js';

const PACKAGES: readonly ReleasedPackage[] = [
  { name: '@specsmith/demo-api', version: '0.1.0' },
  { name: '@specsmith/demo', version: '0.1.0' },
];

let directory: { path: string; remove: () => Promise<void> };
let base: ClientSurface;
beforeAll(async () => {
  directory = await makeTempDir('diff-changeset');
  base = await baseSurface();
});
afterAll(async () => directory.remove());

describe('bumpFor', () => {
  it.each([
    ['breaking', '1.4.2', 'major'],
    ['additive', '1.4.2', 'minor'],
    ['none', '1.4.2', 'patch'],
    ['breaking', '0.1.0', 'minor'],
    ['additive', '0.1.0', 'patch'],
    ['none', '0.1.0', 'patch'],
  ] as const)('%s at %s is %s', (impact, version, bump) => {
    expect(bumpFor(impact, version)).toBe(bump);
  });
});

describe('changesetFor', () => {
  it('names the package and its wrappers with the bump, and lists the changes by kind', async () => {
    const { surface } = await pairSurface(directory.path, 'enum-value-removed');
    const next = await pairSurface(directory.path, 'operation-added');
    // Both pairs' changes at once: the old surface is the enum pair's, so in_progress comes back too.
    const diff = compareSurfaces(base, { ...next.surface, schemas: surface.schemas });
    const changeset = changesetFor({ packages: PACKAGES, diff, filesChanged: true, specFile: 'specs/demo/openapi.yaml' });
    expect(changeset?.bumps).toEqual({ '@specsmith/demo-api': 'minor', '@specsmith/demo': 'minor' });
    expect(changeset?.content).toBe(
      [
        '---',
        '"@specsmith/demo-api": minor',
        '"@specsmith/demo": minor',
        '---',
        '',
        'Breaking changes to the client generated from specs/demo/openapi.yaml: 1 breaking, 1 additive.',
        '',
        'Breaking:',
        '',
        '- removed enum value "in_progress" from schema Status (used by listRequests, createRequest, getRequest, closeRequest, searchRequests)',
        '',
        'Added:',
        '',
        '- added operation listNotes (GET /requests/{id}/notes)',
        '',
      ].join('\n'),
    );
    expect(changeset?.fileName).toMatch(/^specsmith-demo-api-[0-9a-f]{8}\.md$/);
    expect(changesetFor({ packages: PACKAGES, diff, filesChanged: true, specFile: 'specs/demo/openapi.yaml' })?.fileName).toBe(changeset?.fileName);
  });

  it('is a minor bump from 1.0.0 on for additions only', async () => {
    const { surface } = await pairSurface(directory.path, 'error-code-added');
    const changeset = changesetFor({ packages: [{ name: '@specsmith/demo-api', version: '1.0.0' }], diff: compareSurfaces(base, surface), filesChanged: true, specFile: 'demo.yaml' });
    expect(changeset?.content).toBe(
      '---\n"@specsmith/demo-api": minor\n---\n\nAdditions to the client generated from demo.yaml: 0 breaking, 1 additive.\n\nAdded:\n\n- added error code 503 (Maintenance)\n',
    );
  });

  it('is a patch when the files changed but the surface did not, and nothing when neither did', () => {
    const same = compareSurfaces(base, base);
    expect(changesetFor({ packages: PACKAGES, diff: same, filesChanged: true, specFile: 'demo.yaml' })?.content).toBe(
      '---\n"@specsmith/demo-api": patch\n"@specsmith/demo": patch\n---\n\nRegenerated from demo.yaml with no change to the client surface.\n',
    );
    expect(changesetFor({ packages: PACKAGES, diff: same, filesChanged: false, specFile: 'demo.yaml' })).toBeNull();
  });

  it('is nothing without a previous surface: that run records the baseline', () => {
    expect(changesetFor({ packages: PACKAGES, diff: null, filesChanged: true, specFile: 'demo.yaml' })).toBeNull();
  });
});

// @changesets/cli 3 needs Node 22 or later; the pinned binaries of tools/node-versions have it
// (installed from that folder's lockfile when they are not there yet).
const nodeVersions = join(repositoryRoot, 'tools', 'node-versions');
const node22 = join(nodeVersions, 'node_modules', 'node-22', 'bin', 'node');

describe('writeChangeset in a workspace', () => {
  it('writes one file naming the generated package and its published wrapper only', async () => {
    const root = join(directory.path, 'workspace');
    await makeWorkspace(root);
    const packages = await releasedPackages(root, join(root, 'generated', 'demo'));
    expect(packages).toEqual(PACKAGES);
    const { surface } = await pairSurface(directory.path, 'operation-removed');
    const file = await writeChangeset(join(root, '.changeset'), { packages, diff: compareSurfaces(base, surface), filesChanged: true, specFile: 'specs/demo/openapi.yaml' });
    expect((await readdir(join(root, '.changeset'))).sort()).toEqual(['config.json', file?.split('/').pop()].sort());
    expect(await readFile(file ?? '', 'utf8')).toContain('- removed operation getRequest (GET /requests/{id})\n');
  });

  it('reads into the release plan changeset status computes: 0.1.0 -> 0.2.0 for both, the private package left alone', async () => {
    if (!existsSync(node22)) await promisify(execFile)('npm', ['ci', '--no-audit', '--no-fund', '--prefix', nodeVersions], { cwd: repositoryRoot });
    const root = join(directory.path, 'workspace');
    await symlink(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    const run = promisify(execFile);
    const git = (...args: string[]) => run('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd: root });
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'workspace');
    await run(node22, [join(repositoryRoot, 'node_modules', '@changesets', 'cli', 'bin.js'), 'status', '--output=status.json'], { cwd: root });
    const status = JSON.parse(await readFile(join(root, 'status.json'), 'utf8')) as { releases: { name: string; type: string; oldVersion: string; newVersion: string }[] };
    expect(status.releases.map(({ name, type, oldVersion, newVersion }) => ({ name, type, oldVersion, newVersion }))).toEqual([
      { name: '@specsmith/demo-api', type: 'minor', oldVersion: '0.1.0', newVersion: '0.2.0' },
      { name: '@specsmith/demo', type: 'minor', oldVersion: '0.1.0', newVersion: '0.2.0' },
      { name: 'internal-tool', type: 'none', oldVersion: '0.0.0', newVersion: '0.0.0' },
    ]);
  });
});
