// The docs are cached per page: in a project of two vendors, editing one spec renders that
// vendor's page and the index again and leaves the other page as it was; --check reports the
// drift of each page on its own.
import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith, withoutTimes } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

describe('specsmith generate: the docs cache, per page', () => {
  let project: { path: string; remove: () => Promise<void> };
  const run = (...args: string[]) => runSpecsmith(['generate', '--quiet', ...args], project.path);
  const docs = (file: string) => join(project.path, 'generated', 'docs', file);
  const spec = (vendor: string) => join(project.path, 'specs', vendor, 'openapi.yaml');

  beforeAll(async () => {
    project = await makeTempDir('docs-cache');
    for (const vendor of ['pets', 'sink']) await cp('test/fixtures/specs/kitchen-sink.yaml', spec(vendor));
    await writeFile(join(project.path, 'redocly.yaml'), 'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n  sink:\n    root: specs/sink/openapi.yaml\n');
    expect(await run()).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
  afterAll(async () => project.remove());

  it('renders only the edited vendor page and the index', async () => {
    const petsPage = await stat(docs('pets.html'));
    const bundle = await stat(docs('assets/redoc.standalone.js'));
    await writeFile(spec('sink'), (await readFile(spec('sink'), 'utf8')).replace('title: Kitchen Sink', 'title: Kitchen Sink Edited'));
    const result = await runSpecsmith(['generate'], project.path);
    expect(result.exitCode).toBe(0);
    expect(withoutTimes(result.stdout)).toBe(
      [
        'pets         unchanged (cache)  10 files  <t> ms',
        'sink         written  6 operations  10 files  <t> ms',
        // A title is no client surface, but the package's files changed: a patch release.
        '  sink: no change to the client surface',
        '  changeset: .changeset/specsmith-sink-api-0c7fad87.md',
        'docs         written  sink.html, index.html  6 operations  3 files  <t> ms',
        '',
      ].join('\n'),
    );
    expect((await stat(docs('pets.html'))).mtimeMs).toBe(petsPage.mtimeMs);
    expect((await stat(docs('assets/redoc.standalone.js'))).mtimeMs).toBe(bundle.mtimeMs);
    expect(await readFile(docs('sink.html'), 'utf8')).toContain('Kitchen Sink Edited');
    // The index keeps the unchanged vendor's entry from the manifest and takes the new title.
    const index = await readFile(docs('index.html'), 'utf8');
    expect(index).toContain('Kitchen Sink Edited');
    expect(index).toContain('href="pets.html"');
  });

  it('answers a no-op run from the cache, every page included', async () => {
    const result = await runSpecsmith(['generate'], project.path);
    expect(withoutTimes(result.stdout)).toBe(
      ['pets         unchanged (cache)  10 files  <t> ms', 'sink         unchanged (cache)  10 files  <t> ms', 'docs         unchanged (cache)  6 files  <t> ms', ''].join('\n'),
    );
  });

  it('--check reports a hand-edited page by name and leaves the others alone', async () => {
    await writeFile(docs('pets.html'), `${await readFile(docs('pets.html'), 'utf8')}<!-- hand edit -->\n`);
    const result = await runSpecsmith(['generate', '--check', '--quiet'], project.path);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      [
        // The manifest is as it was: it records the page as generated, not as edited.
        '  stale    pets.html  (docs)',
        'generated/ is out of date for: docs. Run `npm run generate` and commit the result.',
        '',
      ].join('\n'),
    );
    const repaired = await runSpecsmith(['generate'], project.path);
    expect(withoutTimes(repaired.stdout)).toContain('docs         written  pets.html, index.html  6 operations  3 files  <t> ms\n');
    expect(await readFile(docs('pets.html'), 'utf8')).not.toContain('hand edit');
  });
});
