// specsmith generate --watch, as a child process on a temporary project: it generates once,
// then on each save regenerates the edited vendor (package, docs page, index) and says what it
// wrote; a spec broken mid-edit (or deleted) is reported with its location and writes nothing,
// and the next good save recovers; a burst of writes is one regeneration; SIGINT stops it.
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSpecsmith } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';
import { startWatch, type WatchProcess } from '../support/watch-process.js';

const times = (lines: readonly string[]) => lines.map((line) => line.replace(/\d+ ms$/, '<t> ms'));

const WARNING = [
  'specs/sink/openapi.yaml at #/paths/~1code-scanning~1alerts/get warning [operation-operationId] Operation has no operationId; using "getCodeScanningAlerts".',
  '  fix: Add an operationId so the generated name cannot change when the path does.',
];
const REGENERATED = ['specs/sink/openapi.yaml changed (sink)', 'sink         written  6 operations  10 files  <t> ms', 'docs         written  sink.html, index.html  6 operations  3 files  <t> ms'];

/** Every file under generated/ with its content. */
async function snapshot(directory: string): Promise<Record<string, string>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(directory.length + 1), await readFile(file, 'utf8')] as const)));
}

describe('specsmith generate --watch', () => {
  let project: { path: string; remove: () => Promise<void> };
  let watcher: WatchProcess | undefined;
  let good: string;
  const spec = () => join(project.path, 'specs/sink/openapi.yaml');
  const generated = () => join(project.path, 'generated');
  const running = (): WatchProcess => {
    if (!watcher) throw new Error('the watch process did not start (beforeAll failed)');
    return watcher;
  };

  beforeAll(async () => {
    project = await makeTempDir('watch');
    await cp('test/fixtures/specs/kitchen-sink.yaml', spec());
    await writeFile(join(project.path, 'redocly.yaml'), 'apis:\n  sink:\n    root: specs/sink/openapi.yaml\n');
    good = await readFile(spec(), 'utf8');
    watcher = startWatch(project.path);
  });
  afterAll(async () => {
    await watcher?.stop('SIGKILL');
    await project.remove();
  });

  it('generates once, then names how many files it follows', async () => {
    expect(times(await running().next('stdout', /^watching /))).toEqual([
      'sink         written  6 operations  10 files  <t> ms',
      'docs         written  6 operations  5 files  <t> ms',
      'watching 2 files (Ctrl-C to stop)',
    ]);
    expect(running().drain('stderr')).toEqual(WARNING);
  }, 120_000);

  it('regenerates the saved vendor: its package, its docs page and the index', async () => {
    await writeFile(spec(), good.replace('title: Kitchen Sink', 'title: Kitchen Sink Edited'));
    expect(times(await running().next('stdout', /^docs /))).toEqual(REGENERATED);
    expect(running().drain('stderr')).toEqual(WARNING);
    expect(await readFile(join(generated(), 'sink/README.md'), 'utf8')).toContain('Kitchen Sink Edited');
    expect(await readFile(join(generated(), 'docs/index.html'), 'utf8')).toContain('Kitchen Sink Edited');
  }, 120_000);

  it('reports a spec broken mid-edit with file:line, writes nothing, and recovers on the next good save', async () => {
    const before = await snapshot(generated());
    await writeFile(spec(), good.replace('operationId: getPet', 'operationId: listPets'));
    expect(await running().next('stdout', /changed/)).toEqual(['specs/sink/openapi.yaml changed (sink)']);
    expect(await running().next('stderr', /nothing was written/)).toEqual([
      'specs/sink/openapi.yaml:68:7 at #/paths/~1pets~1{petId}/get/listPets error [operation-operationId-unique] Every operation must have a unique `operationId`.',
      '  fix: Give each operation its own operationId.',
      'specsmith: generation failed with 1 error; nothing was written.',
    ]);
    expect(await snapshot(generated())).toEqual(before);
    await writeFile(spec(), good);
    expect(times(await running().next('stdout', /^docs /))).toEqual(REGENERATED);
    expect(running().drain('stderr')).toEqual(WARNING);
    expect(await readFile(join(generated(), 'docs/index.html'), 'utf8')).not.toContain('Kitchen Sink Edited');
  }, 120_000);

  it('reports a deleted spec, writes nothing, and regenerates when it is back', async () => {
    const before = await snapshot(generated());
    await rm(spec());
    expect(await running().next('stdout', /changed/)).toEqual(['specs/sink/openapi.yaml changed (sink)']);
    expect(await running().next('stderr', /nothing was written/)).toEqual([
      'specs/sink/openapi.yaml error [read] The spec file does not exist.',
      '  fix: Check the path (and the `apis:` entry in redocly.yaml).',
      'specsmith: generation failed with 1 error; nothing was written.',
    ]);
    expect(await snapshot(generated())).toEqual(before);
    await writeFile(spec(), good.replace('title: Kitchen Sink', 'title: Kitchen Sink Again'));
    expect(times(await running().next('stdout', /^docs /))).toEqual(REGENERATED);
    expect(running().drain('stderr')).toEqual(WARNING);
  }, 120_000);

  it('regenerates once for a burst of writes, from the last of them', async () => {
    // An editor's save: the file truncated to a half-written state, then the whole text.
    await writeFile(spec(), good.slice(0, good.indexOf('paths:')).concat('paths:\n  /pets:\n    get: [\n'));
    await writeFile(spec(), good);
    // On a busy machine the two writes may reach the watcher as two events (two "changed" lines);
    // either way one regeneration runs, from the whole text.
    const lines = times(await running().next('stdout', /^docs /));
    const changed = 'specs/sink/openapi.yaml changed (sink)';
    expect(lines.filter((line) => line !== changed)).toEqual(REGENERATED.filter((line) => line !== changed));
    expect(lines.filter((line) => line === changed).length).toBeLessThanOrEqual(2);
    expect(running().drain('stderr')).toEqual(WARNING);
  }, 120_000);

  it('stops on SIGINT with exit code 0', async () => {
    const code = running().stop('SIGINT');
    // A late event of the burst above may still report "nothing to regenerate" first; nothing is written.
    const lines = await running().next('stdout', /^stopped watching$/, 20_000);
    expect(lines.at(-1)).toBe('stopped watching');
    expect(lines.filter((line) => / written /.test(line))).toEqual([]);
    expect(await code).toBe(0);
  }, 30_000);
});

describe('specsmith generate --watch: what it refuses', () => {
  it.each([
    [['generate', '--watch', 'nope'], 'specsmith: Unknown vendor "nope". Valid vendors (redocly.yaml apis:): xtremepush, xurrent, altcraft, xtrakit, journeyapps.\n'],
    [['generate', '--watch', '--check'], 'specsmith: --watch goes with generate, and not with --check.\n'],
    [['docs', '--watch'], 'specsmith: --watch goes with generate, and not with --check.\n'],
    [['generate', '--watch', '--spec', 'x.yaml', '--name', 'x', '--out', 'o'], 'specsmith: --watch follows the specs in redocly.yaml apis:; drop --spec, --name and --out.\n'],
  ])('%j', async (args, stderr) => {
    expect(await runSpecsmith(args)).toEqual({ exitCode: 2, stdout: '', stderr });
  });
});
