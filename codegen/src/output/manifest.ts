// The manifest each generated package carries (.specsmith.json): which generator and which
// input files produced it, and the hash of every file it wrote. It is the generation cache
// (inputs and generator unchanged and outputs untouched on disk = nothing to do) and the
// list of files a later run must delete when it stops emitting them.
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from './generated-file.js';
import { sha256 } from './hash.js';

export const MANIFEST_FILE = '.specsmith.json';

export interface Manifest {
  readonly generator: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, string>>;
}

const toPosix = (path: string) => path.split(sep).join('/');

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let generatorHash: Promise<string> | undefined;

/**
 * A hash of everything that decides the output: the generator's sources (not dist/, which
 * can hold stale files a fresh clone would not have), templates, lint rules and the extension
 * schemas they validate against, its package.json
 * (the @specsmith/core version generated packages depend on) and the versions of the libraries
 * that emit code.
 */
export function currentGeneratorHash(): Promise<string> {
  generatorHash ??= (async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const require = createRequire(import.meta.url);
    const files = [
      ...(await listFiles(join(root, 'src'))),
      ...(await listFiles(join(root, 'templates'))),
      ...(await listFiles(join(root, 'lint'))),
      ...(await listFiles(join(root, 'contract'))),
      join(root, 'package.json'),
    ];
    const parts = await Promise.all(files.map(async (file) => `${toPosix(relative(root, file))}:${sha256(await readFile(file))}`));
    return sha256(parts.join('\n'));
  })();
  return generatorHash;
}

/** A file the spec refers to that is not there (a dropped discriminator mapping entry's): its appearing changes the inputs. */
const MISSING_INPUT = 'missing';

async function hashInput(file: string): Promise<string> {
  try {
    return sha256(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return MISSING_INPUT;
    throw error;
  }
}

export async function hashInputs(inputFiles: readonly string[], packageDirectory: string): Promise<Record<string, string>> {
  const entries = await Promise.all(inputFiles.map(async (file) => [toPosix(relative(packageDirectory, file)), await hashInput(file)] as const));
  return Object.fromEntries(entries);
}

export function buildManifest(generator: string, inputs: Record<string, string>, files: readonly GeneratedFile[], notice: string): GeneratedFile {
  const outputs = Object.fromEntries(files.map((file) => [file.path, sha256(file.content)]));
  const manifest = { '//': notice, generator, inputs, outputs };
  return { path: MANIFEST_FILE, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export async function readManifest(packageDirectory: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(packageDirectory, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (typeof parsed.generator !== 'string' || typeof parsed.inputs !== 'object' || typeof parsed.outputs !== 'object') return null;
    return parsed as Manifest;
  } catch {
    return null;
  }
}

/** True when the manifest says this exact generator already produced the package from these inputs, and the files are as it left them. */
export async function isFresh(manifest: Manifest | null, generator: string, packageDirectory: string, specFile: string): Promise<boolean> {
  if (!manifest || manifest.generator !== generator) return false;
  const inputFiles = Object.keys(manifest.inputs).map((path) => resolve(packageDirectory, path));
  if (!inputFiles.includes(resolve(specFile))) return false;
  const inputs = await hashInputs(inputFiles, packageDirectory).catch(() => null);
  if (!inputs || !sameRecord(inputs, manifest.inputs)) return false;
  for (const [path, hash] of Object.entries(manifest.outputs)) {
    const content = await readFile(join(packageDirectory, path)).catch(() => null);
    if (!content || sha256(content) !== hash) return false;
  }
  const manifestContent = await readFile(join(packageDirectory, MANIFEST_FILE)).catch(() => null);
  return manifestContent !== null;
}

function sameRecord(left: Readonly<Record<string, string>>, right: Readonly<Record<string, string>>): boolean {
  const leftKeys = Object.keys(left);
  return leftKeys.length === Object.keys(right).length && leftKeys.every((key) => left[key] === right[key]);
}
