// The `specsmith` bin runs the esbuild bundle of the generator (codegen/dist/bundle/cli.cjs, see
// codegen/scripts/bundle.mjs) while the other codegen suites run its sources in-process: the
// bundle must write exactly what the sources write, for a large spec too, and report a broken
// spec the same way.
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot, runSpecsmith, withoutTimes } from '../support/run-specsmith.js';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const bin = join(repositoryRoot, 'codegen/bin/specsmith.js');
const githubSpec = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

async function runBin(args: readonly string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repositoryRoot, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { exitCode: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function filesIn(directory: string): Promise<Record<string, string>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(directory.length + 1), await readFile(file, 'utf8')] as const)));
}

let temp: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  temp = await makeTempDir('bundle');
});
afterAll(async () => temp.remove());

describe('the specsmith bin (bundled generator)', () => {
  it.each([
    ['a small spec (types on the main thread)', 'test/fixtures/specs/kitchen-sink.yaml', 'kitchen'],
    ['GitHub’s description', githubSpec, 'github'],
  ])('writes the same files as the generator’s sources for %s', async (_label, spec, name) => {
    const fromBin = join(temp.path, `${name}-bin`);
    const fromSources = join(temp.path, `${name}-src`);
    const bundled = await runBin(['generate', '--spec', spec, '--name', name, '--out', fromBin]);
    expect(bundled.exitCode).toBe(0);
    const sources = await runSpecsmith(['generate', '--spec', spec, '--name', name, '--out', fromSources]);
    expect(bundled.stderr).toBe(sources.stderr.replaceAll('<root>', repositoryRoot));
    expect(withoutTimes(bundled.stdout)).toBe(withoutTimes(sources.stdout));
    expect(bundled.stdout).toMatch(new RegExp(`^${name} +written  `));
    const [binFiles, sourceFiles] = await Promise.all([filesIn(fromBin), filesIn(fromSources)]);
    expect(Object.keys(binFiles).sort()).toEqual([
      '.specsmith.json',
      'README.md',
      'package.json',
      'src/api.gen.ts',
      'src/client.gen.ts',
      'src/errors.gen.ts',
      'src/index.ts',
      'src/schema.gen.ts',
      'surface.json',
      'tsconfig.json',
    ]);
    for (const [path, content] of Object.entries(sourceFiles)) expect(binFiles[path], path).toBe(content);
  });

  it('leaves a V8 code cache of the bundle in node_modules/.cache/specsmith for the next run, and none of TypeScript, which generation no longer loads', async () => {
    const started = Date.now();
    const result = await runBin(['generate', '--spec', 'test/fixtures/specs/kitchen-sink.yaml', '--name', 'cached', '--out', join(temp.path, 'cached')]);
    expect(result.exitCode).toBe(0);
    const directory = join(repositoryRoot, 'node_modules/.cache/specsmith');
    const caches = (await readdir(directory)).filter((name) => name.endsWith(`-node-${process.version}-${process.arch}.v8-cache`));
    const named = (prefix: string) => caches.filter((name) => name.startsWith(`${prefix}-`));
    expect(named('cli.cjs')).toHaveLength(1);
    for (const name of named('cli.cjs')) expect((await stat(join(directory, name))).size).toBeGreaterThan(500_000);
    // A checkout used before the emitter replaced openapi-typescript may still hold an old one; this run wrote none.
    for (const name of named('typescript.js')) expect((await stat(join(directory, name))).mtimeMs).toBeLessThan(started);
  });

  it('reports a malformed spec with its location, exit code 1 and nothing written', async () => {
    const out = join(temp.path, 'broken');
    const result = await runBin(['generate', '--spec', 'test/fixtures/malformed/bad-pagination.yaml', '--name', 'broken', '--out', out]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'test/fixtures/malformed/bad-pagination.yaml:7:30 at #/paths/~1a/get/x-pagination/style error [specsmith/pagination] x-pagination.style must be "link", "offset", "cursor" or "skip", found "pages".\n' +
        'test/fixtures/malformed/bad-pagination.yaml:7:49 at #/paths/~1a/get/x-pagination/limitParam error [specsmith/pagination] x-pagination.limitParam names "size", but the operation has no query parameter of that name.\n' +
        'specsmith: generation failed with 2 errors; nothing was written.\n',
    );
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});
