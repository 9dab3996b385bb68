// The V8 code cache the bin loads the generator's bundle through (Node 20 has
// no compile cache of its own): a module loaded through it behaves as `require` would load
// it, its cache is written once and then accepted, a changed source gets a cache of its own,
// and a corrupt or unwritable cache never breaks a run.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWithCodeCache } from '../../codegen/src/code-cache.js';
import { repositoryRoot } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

interface Load {
  readonly cacheFile: string;
  readonly cacheAccepted: boolean;
  readonly answer: number;
}

/**
 * Loads `file` in a fresh Node process, as the bin does, and saves the cache. In-process, V8's
 * own compilation cache would answer a second compile of the same source and never look at the
 * code cache, so acceptance is only observable across processes.
 */
function loadInFreshProcess(file: string, directory: string): Load {
  const loader = pathToFileURL(join(repositoryRoot, 'codegen/dist/code-cache.js')).href;
  const script = `const { loadWithCodeCache } = await import(${JSON.stringify(loader)});
const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(directory)});
loaded.saveCache();
process.stdout.write(JSON.stringify({ cacheFile: loaded.cacheFile, cacheAccepted: loaded.cacheAccepted, answer: loaded.exports.answer }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Load;
}

let temp: { path: string; remove: () => Promise<void> };
let counter = 0;

/** A fresh CommonJS module (its own path, so require's cache never already holds it) that requires a sibling. */
async function fixtureModule(body = 'exports.answer = twice(21);'): Promise<string> {
  counter += 1;
  const directory = join(temp.path, `module-${counter}`);
  await mkdir(directory);
  await writeFile(join(directory, 'dependency.js'), 'exports.twice = (value) => value * 2;\n');
  await writeFile(
    join(directory, 'main.js'),
    `const { twice } = require('./dependency.js');\nexports.where = { file: __filename, directory: __dirname };\n${body}\nmodule.exports.selfIsModule = module.exports === exports;\n`,
  );
  return join(directory, 'main.js');
}

const cacheFiles = async (directory: string) => (await readdir(directory)).filter((name) => name.endsWith('.v8-cache')).sort();

beforeAll(async () => {
  temp = await makeTempDir('code-cache');
});
afterAll(async () => temp.remove());

describe('loadWithCodeCache', () => {
  it('runs the module as require would, and registers it in require’s cache', async () => {
    const file = await fixtureModule();
    const loaded = loadWithCodeCache(file, join(temp.path, 'cache-a'));
    expect(loaded.exports).toEqual({ where: { file, directory: join(file, '..') }, answer: 42, selfIsModule: true });
    expect(createRequire(import.meta.url)(file)).toBe(loaded.exports);
  });

  it('compiles without a cache the first time, writes it, and has V8 accept it the next time', async () => {
    const file = await fixtureModule();
    const directory = join(temp.path, 'cache-b');
    const first = loadInFreshProcess(file, directory);
    expect(first).toMatchObject({ cacheAccepted: false, answer: 42 });
    expect(await cacheFiles(directory)).toEqual([basename(first.cacheFile)]);
    expect(basename(first.cacheFile)).toMatch(new RegExp(`^main\\.js-[0-9a-f]+-\\d+-node-${process.version.replaceAll('.', '\\.')}-${process.arch}\\.v8-cache$`));
    expect(loadInFreshProcess(file, directory)).toEqual({ ...first, cacheAccepted: true });
  });

  it('gives a changed source its own cache (V8 alone would accept one of the same length) and drops the old one', async () => {
    const file = await fixtureModule('exports.answer = twice(21);');
    const directory = join(temp.path, 'cache-c');
    const before = loadInFreshProcess(file, directory);
    await writeFile(file, (await readFile(file, 'utf8')).replace('twice(21)', 'twice(12)'));
    const after = loadInFreshProcess(file, directory);
    expect(after.cacheFile).not.toBe(before.cacheFile);
    expect(after).toMatchObject({ cacheAccepted: false, answer: 24 });
    expect(await cacheFiles(directory)).toEqual([basename(after.cacheFile)]);
  });

  it('ignores a corrupt cache file, compiles normally and replaces it', async () => {
    const file = await fixtureModule();
    const directory = join(temp.path, 'cache-d');
    const { cacheFile } = loadInFreshProcess(file, directory);
    await writeFile(cacheFile, 'not a V8 code cache at all');
    expect(loadInFreshProcess(file, directory)).toMatchObject({ cacheAccepted: false, answer: 42 });
    expect(await readFile(cacheFile, 'utf8')).not.toBe('not a V8 code cache at all');
    expect(loadInFreshProcess(file, directory)).toMatchObject({ cacheAccepted: true, answer: 42 });
  });

  it('does not fail when the cache cannot be written', async () => {
    const file = await fixtureModule();
    const blocker = join(temp.path, 'a-file');
    await writeFile(blocker, 'in the way of a directory');
    const loaded = loadWithCodeCache(file, join(blocker, 'cache'));
    expect(() => loaded.saveCache()).not.toThrow();
    expect((loaded.exports as { answer: number }).answer).toBe(42);
  });

  it('passes a module’s own exception on and leaves nothing in require’s cache', async () => {
    const file = await fixtureModule("throw new Error('broken module');");
    expect(() => loadWithCodeCache(file, join(temp.path, 'cache-e'))).toThrow('broken module');
    expect(createRequire(import.meta.url).cache[file]).toBeUndefined();
  });
});
