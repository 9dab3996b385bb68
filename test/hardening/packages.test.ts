// Every package meant to be published (each workspace package not marked private) passes the
// ecosystem's package checks: publint (strict) on what `npm pack` would ship, and
// arethetypeswrong on the packed tarball under the ESM-only profile (the packages are ESM only and
// need Node ≥ 20.19, whose `require()` loads ES modules; node10 resolution and CommonJS
// resolving to ESM are therefore not problems here), plus the fields a consumer relies on.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/vendors.js';

const run = promisify(execFile);

interface PackageManifest {
  readonly name: string;
  readonly private?: boolean;
  readonly type?: string;
  readonly sideEffects?: unknown;
  readonly files?: readonly string[];
  readonly engines?: { readonly node?: string };
  readonly exports?: Record<string, { readonly types?: string; readonly default?: string }>;
}

/** The workspace folders the root package.json names (`dir/*` globs and plain folders). */
function workspaceFolders(): string[] {
  const { workspaces } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { workspaces: string[] };
  return workspaces.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(repositoryRoot, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
}

const published = workspaceFolders()
  .filter((folder) => existsSync(join(repositoryRoot, folder, 'package.json')))
  .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(repositoryRoot, folder, 'package.json'), 'utf8')) as PackageManifest }))
  .filter(({ manifest }) => manifest.private !== true);

/** Resolution kinds the ESM-only profile of arethetypeswrong does not judge. */
const ESM_ONLY_IGNORED = new Set(['node10', 'node16-cjs']);

interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
}

describe('published packages', () => {
  it('are every vendor wrapper, every generated package and core', () => {
    const names = published.map(({ manifest }) => manifest.name);
    expect(names).toContain('@specsmith/core');
    for (const folder of readdirSync(join(repositoryRoot, 'specs'))) {
      if (!existsSync(join(repositoryRoot, 'specs', folder, 'openapi.yaml'))) continue;
      expect(names).toContain(`@specsmith/${folder}`);
      expect(names).toContain(`@specsmith/${folder}-api`);
    }
  });

  describe.each(published.map(({ folder, manifest }) => [manifest.name, folder, manifest] as const))('%s', (_name, folder, manifest) => {
    const directory = join(repositoryRoot, folder);

    it('declares what a consumer relies on: ESM, exports with types, files, sideEffects, engines, a README', () => {
      expect(manifest.type).toBe('module');
      expect(manifest.sideEffects).toBe(false);
      expect(manifest.engines?.node).toBe('>=20.19');
      expect(manifest.files).toContain('dist');
      expect(existsSync(join(directory, 'README.md'))).toBe(true);
      const entries = Object.entries(manifest.exports ?? {});
      expect(entries.length).toBeGreaterThan(0);
      for (const [subpath, target] of entries) {
        expect({ subpath, types: target.types?.endsWith('.d.ts'), default: target.default?.endsWith('.js') }).toEqual({ subpath, types: true, default: true });
      }
    });

    it('passes publint (strict) on what npm pack ships', async () => {
      const { messages, pkg } = await publint({ pkgDir: directory, strict: true, pack: 'npm' });
      expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([]);
    });

    it('passes arethetypeswrong on the packed tarball (ESM-only profile)', async () => {
      const attw = join(repositoryRoot, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
      // It exits 1 when it finds problems; the JSON report says which either way.
      const { stdout } = await run(process.execPath, [attw, '--pack', '.', '--format', 'json'], { cwd: directory, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({
        stdout: error.stdout ?? '',
      }));
      const report = JSON.parse(stdout) as { problems?: Record<string, readonly AttwProblem[]> };
      const judged = Object.values(report.problems ?? {})
        .flat()
        .filter((problem) => problem.resolutionKind === undefined || !ESM_ONLY_IGNORED.has(problem.resolutionKind))
        .map((problem) => `${problem.kind} ${problem.entrypoint ?? ''} ${problem.resolutionKind ?? ''}`.trim());
      expect(judged).toEqual([]);
    });
  });
});
