// Loads TypeScript (which openapi-typescript's transform needs for its node factory) through a
// V8 code cache, so a run does not compile its 9 MB of JavaScript again: 140 ms -> 55 ms per
// load here, on every generation and in the types worker. Node 22 does this for every module
// with `module.enableCompileCache()` (the bin turns that on where it exists); Node 20 has no
// such switch, so this module does it for TypeScript alone: compile the file as Node's
// CommonJS loader would (same wrapper, filename, require, module object) with the cached
// data, and put the module in require's cache, where every later `require('typescript')`
// finds it. The cache is an optimisation only: a missing, stale or corrupt file (V8 checks
// its version, flags and the source's hash and rejects what does not match) means a normal
// compile and a fresh cache, and a cache that cannot be written is skipped silently.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

interface LoadedModule {
  readonly exports: unknown;
  /** The cache file that was (or will be) used, and whether V8 accepted what was in it. */
  readonly cacheFile: string;
  readonly cacheAccepted: boolean;
  /** Writes the code cache when it was missing or rejected; call it after the module did its work, so the functions that work compiled are in it. */
  saveCache(): void;
}

type ModuleInternals = typeof Module & {
  wrap(source: string): string;
  _nodeModulePaths(directory: string): string[];
};

/** Loads the CommonJS file `filename` with a V8 code cache kept in `cacheFile`, and registers it in `require.cache`. */
export function loadWithCodeCache(filename: string, cacheFile: string): LoadedModule {
  const source = readFileSync(filename, 'utf8');
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
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(loaded.exports, loaded.exports, createRequire(filename), loaded, filename, dirname(filename));
  loaded.loaded = true;
  createRequire(filename).cache[filename] = loaded as unknown as NodeJS.Module;
  let saved = cacheAccepted;
  return {
    exports: loaded.exports,
    cacheFile,
    cacheAccepted,
    saveCache() {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        // Written whole under another name, then renamed: a concurrent run never reads half a file.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only node_modules (or a full disk) only costs the next run the compile.
      }
    },
  };
}

let typescript: LoadedModule | undefined;

/**
 * Loads TypeScript through the code cache (once per thread), unless it is loaded already or
 * Node caches compiled code by itself. The cache sits with the other tools' caches, in
 * node_modules/.cache/specsmith/, one file per TypeScript version, Node version and CPU.
 */
export function preloadTypeScript(): void {
  const require = createRequire(import.meta.url);
  const filename = require.resolve('typescript');
  if (typescript || require.cache[filename] || (Module as { getCompileCacheDir?: () => string | undefined }).getCompileCacheDir?.()) return;
  const version = (JSON.parse(readFileSync(join(dirname(filename), '..', 'package.json'), 'utf8')) as { version: string }).version;
  const nodeModules = join(dirname(filename), '..', '..');
  const cacheFile = join(nodeModules, '.cache', 'specsmith', `typescript-${version}-node-${process.version}-${process.arch}.v8-cache`);
  typescript = loadWithCodeCache(filename, cacheFile);
}

/** Writes TypeScript's code cache if this run had to compile it; a no-op otherwise. */
export function saveTypeScriptCache(): void {
  typescript?.saveCache();
}
