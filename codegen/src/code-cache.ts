// Loads a CommonJS file through a V8 code cache, so a run does not compile the same
// JavaScript again: the generator's own bundle (dist/bundle/cli.cjs, with Redocly inside) is
// otherwise compiled afresh on every generation. Node 22 has `module.enableCompileCache()` for
// this; Node 20, which the project runs on, has no such switch.
//
// The file is compiled as Node's CommonJS loader would compile it (the same wrapper,
// filename, require and module object) and put in require's cache, where every later
// `require()` of it finds it. Cache files live in node_modules/.cache/specsmith/ and are
// named by a checksum of the source (V8 itself only checks the source's length), the Node
// version and the CPU. The cache is an optimisation only: a missing or corrupt file (V8
// rejects data whose version, flags or shape do not match) means a normal compile and a
// fresh cache, and a cache that cannot be written is skipped silently.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';

export interface CachedModule {
  readonly exports: unknown;
  /** The cache file used (or to be written), and whether V8 accepted what was in it. */
  readonly cacheFile: string;
  readonly cacheAccepted: boolean;
  /**
   * Writes the code cache when it was missing or rejected, and removes the caches of older
   * versions of the same file. Call it after the module did its work, so the functions that
   * work compiled are in the cache too.
   */
  saveCache(): void;
}

type ModuleInternals = typeof Module & {
  wrap(source: string): string;
  _nodeModulePaths(directory: string): string[];
};

/** Loads the CommonJS file `filename` with a V8 code cache kept in `cacheDirectory`, and registers it in `require.cache`. */
export function loadWithCodeCache(filename: string, cacheDirectory: string): CachedModule {
  const source = readFileSync(filename, 'utf8');
  const name = basename(filename).replace(/[^\w.-]/g, '_');
  const cacheFile = join(cacheDirectory, `${name}-${crc32(source).toString(16)}-${source.length}-node-${process.version}-${process.arch}.v8-cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const internals = Module as ModuleInternals;
  const script = new vm.Script(internals.wrap(source), {
    filename,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cacheAccepted = cachedData !== undefined && script.cachedDataRejected === false;
  const loaded = new Module(filename) as Module & { filename: string; paths: string[]; loaded: boolean };
  loaded.filename = filename;
  loaded.paths = internals._nodeModulePaths(dirname(filename));
  const require = createRequire(filename);
  // In require's cache before it runs, as Node's loader does, so a require cycle back to it finds it.
  require.cache[filename] = loaded as unknown as NodeJS.Module;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  try {
    run.call(loaded.exports, loaded.exports, require, loaded, filename, dirname(filename));
  } catch (error) {
    delete require.cache[filename];
    throw error;
  }
  loaded.loaded = true;
  let saved = cacheAccepted;
  return {
    get exports() {
      return loaded.exports;
    },
    cacheFile,
    cacheAccepted,
    saveCache() {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(cacheDirectory, { recursive: true });
        // Written whole under another name, then renamed: a concurrent run never reads half a file.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        for (const entry of readdirSync(cacheDirectory)) {
          if (entry.startsWith(`${name}-`) && entry.endsWith('.v8-cache') && entry !== basename(cacheFile)) rmSync(join(cacheDirectory, entry), { force: true });
        }
      } catch {
        // A read-only node_modules (or a full disk) only costs the next run the compile.
      }
    },
  };
}

/** node_modules/.cache/specsmith of the node_modules `from` resolves the generator's dependencies in. */
export function specsmithCacheDirectory(from: string): string {
  // yaml: a dependency of the generator's own, so it sits in that node_modules.
  const packageJson = createRequire(from).resolve('yaml/package.json');
  return join(dirname(packageJson), '..', '.cache', 'specsmith');
}
