// A temporary workspace that is this repository plus one new vendor: every top-level file and
// folder of the repository is linked (the few small files a vendor might be tempted to edit are
// copied instead, so a change to them shows), and the new vendor's own files are added the way
// the README's "Adding a vendor" says. node_modules is rebuilt from links with the two new
// workspace packages added, as `npm install` would.
import { cpSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { repositoryRoot } from './vendors.js';

/** Copied, not linked: the shared files adding a vendor must leave as they are. */
const COPIED = ['package.json', 'package-lock.json', 'redocly.yaml', 'tsconfig.json', 'tsconfig.build.json'];
/** Folders a vendor adds a subfolder to: real folders of links, so the new subfolder stays in the workspace. */
const PER_VENDOR = ['specs', 'packages', 'generated'];
/** Never linked: git's data, and the generator's cache (a run in the workspace keeps its own). */
const LEFT_OUT = new Set(['.git', 'node_modules', 'test-results', 'bench-results']);

/** A fixture's files, relative, with the trailing `.fixture` dropped (how TypeScript sources are kept out of the repository's type check). */
export function fixtureFiles(fixture: string): { from: string; to: string }[] {
  return readdirSync(fixture, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const from = relative(fixture, join(entry.parentPath, entry.name));
      return { from, to: from.replace(/\.fixture$/, '') };
    })
    .sort((a, b) => (a.to < b.to ? -1 : 1));
}

function linkChildren(from: string, to: string, except: ReadonlySet<string> = new Set()): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (!except.has(name)) symlinkSync(realpathSync(join(from, name)), join(to, name));
}

/** Links the repository into `workspace` (see the opening comment). */
export function linkRepository(workspace: string): void {
  for (const name of readdirSync(repositoryRoot)) {
    if (LEFT_OUT.has(name)) continue;
    const source = join(repositoryRoot, name);
    if (COPIED.includes(name)) cpSync(source, join(workspace, name));
    else if (PER_VENDOR.includes(name)) linkChildren(source, join(workspace, name));
    else symlinkSync(source, join(workspace, name));
  }
  const modules = join(repositoryRoot, 'node_modules');
  linkChildren(modules, join(workspace, 'node_modules'), new Set(['@specsmith', '.cache']));
  linkChildren(join(modules, '@specsmith'), join(workspace, 'node_modules', '@specsmith'));
}

/** Adds a vendor's own files: the fixture's spec and wrapper folder, and its entry under `apis:` in redocly.yaml. */
export function addVendor(workspace: string, fixture: string, key: string): void {
  for (const { from, to } of fixtureFiles(fixture)) {
    mkdirSync(dirname(join(workspace, to)), { recursive: true });
    cpSync(join(fixture, from), join(workspace, to));
  }
  const config = join(workspace, 'redocly.yaml');
  const text = readFileSync(config, 'utf8');
  if (!/^apis:\n/m.test(text)) throw new Error(`${config} has no apis: block`);
  writeFileSync(config, text.replace(/^apis:\n/m, `apis:\n  ${key}:\n    root: specs/${key}/openapi.yaml\n`));
  // What `npm install` does for the two new workspaces (the root's workspaces are globs).
  symlinkSync(join(workspace, 'packages', key), join(workspace, 'node_modules', '@specsmith', key));
  symlinkSync(join(workspace, 'generated', key), join(workspace, 'node_modules', '@specsmith', `${key}-api`));
}

/**
 * Compiles a package's src/ into dist/ as its tsc build would lay it out. esbuild, not tsc:
 * only transpiling is needed to load the package, and type checking is `npm run build`'s job.
 */
export async function transpile(packageFolder: string): Promise<void> {
  const source = join(packageFolder, 'src');
  const entryPoints = readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  await build({ entryPoints, outdir: join(packageFolder, 'dist'), outbase: source, format: 'esm', platform: 'neutral', logLevel: 'silent' });
}

/**
 * The workspace's own files (not links) that are new or differ from the repository's, relative
 * and sorted, build output (`dist/`) left out.
 */
export function changedFiles(workspace: string): string[] {
  const changed: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink() || entry.name === 'dist' || path === join(workspace, 'node_modules')) continue;
      if (entry.isDirectory()) walk(path);
      else {
        const name = relative(workspace, path);
        let original: string | undefined;
        try {
          original = readFileSync(join(repositoryRoot, name), 'utf8');
        } catch {
          original = undefined;
        }
        if (original !== readFileSync(path, 'utf8')) changed.push(name);
      }
    }
  };
  walk(workspace);
  return changed.sort();
}
