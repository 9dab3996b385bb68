// The V8 code cache the generator loads TypeScript through (Node 20 has no compile cache of
// its own): a module loaded through it behaves as `require` would load it, the cache is
// written once and then accepted, and a corrupt or unwritable cache never breaks a run.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWithCodeCache } from '../../../codegen/src/emit/typescript-code-cache.js';
import { makeTempDir } from '../../support/temp-dir.js';

let temp: { path: string; remove: () => Promise<void> };
let counter = 0;

/** A fresh CommonJS module (its own path, so require's cache never already holds it) that requires a sibling. */
async function fixtureModule(): Promise<string> {
  counter += 1;
  const directory = join(temp.path, `module-${counter}`);
  await mkdir(directory);
  await writeFile(join(directory, 'dependency.js'), 'exports.twice = (value) => value * 2;\n');
  await writeFile(join(directory, 'main.js'), "const { twice } = require('./dependency.js');\nexports.where = { file: __filename, directory: __dirname };\nexports.answer = twice(21);\nmodule.exports.selfIsModule = module.exports === exports;\n");
  return join(directory, 'main.js');
}

beforeAll(async () => {
  temp = await makeTempDir('code-cache');
});
afterAll(async () => temp.remove());

describe('loadWithCodeCache', () => {
  it('runs the module as require would, and registers it in require’s cache', async () => {
    const file = await fixtureModule();
    const loaded = loadWithCodeCache(file, join(temp.path, 'caches', 'a.v8-cache'));
    expect(loaded.exports).toEqual({ where: { file, directory: join(file, '..') }, answer: 42, selfIsModule: true });
    expect(createRequire(import.meta.url)(file)).toBe(loaded.exports);
  });

  it('compiles without a cache the first time, writes it, and has V8 accept it the next time', async () => {
    const file = await fixtureModule();
    const cacheFile = join(temp.path, 'caches', 'b.v8-cache');
    const first = loadWithCodeCache(file, cacheFile);
    expect(first.cacheAccepted).toBe(false);
    first.saveCache();
    expect((await stat(cacheFile)).size).toBeGreaterThan(0);
    const second = loadWithCodeCache(file, cacheFile);
    expect(second.cacheAccepted).toBe(true);
    expect((second.exports as { answer: number }).answer).toBe(42);
  });

  it('ignores a corrupt cache file, compiles normally and replaces it', async () => {
    const file = await fixtureModule();
    const cacheFile = join(temp.path, 'caches', 'c.v8-cache');
    await mkdir(join(temp.path, 'caches'), { recursive: true });
    await writeFile(cacheFile, Buffer.from('not a V8 code cache at all'));
    const loaded = loadWithCodeCache(file, cacheFile);
    expect(loaded.cacheAccepted).toBe(false);
    expect((loaded.exports as { answer: number }).answer).toBe(42);
    loaded.saveCache();
    expect((await readFile(cacheFile)).toString()).not.toBe('not a V8 code cache at all');
    expect(loadWithCodeCache(file, cacheFile).cacheAccepted).toBe(true);
  });

  it('does not fail when the cache cannot be written', async () => {
    const file = await fixtureModule();
    const blocker = join(temp.path, 'a-file');
    await writeFile(blocker, 'in the way of a directory');
    const loaded = loadWithCodeCache(file, join(blocker, 'cache', 'd.v8-cache'));
    expect(() => loaded.saveCache()).not.toThrow();
    expect((loaded.exports as { answer: number }).answer).toBe(42);
  });
});
