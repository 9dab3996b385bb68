// The manifest each generated folder carries (.specsmith.json): which generator produced it
// and, per cache part (a package is one part; the docs are one per page, the index and the
// assets), which input files it was made from and the hash of every file it wrote. It is the
// generation cache (generator and a part's inputs unchanged and its outputs untouched on disk
// = nothing to do for that part) and the list of files a later run must delete when it stops
// emitting them.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from './generated-file.js';
import { sha256 } from './hash.js';

export const MANIFEST_FILE = '.specsmith.json';

/** What the manifest records of one part: input and output hashes, and what the part told the parts that read it. */
export interface PartRecord {
  /** Input file (relative to the folder) -> sha256, or `missing`. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Output file (relative to the folder) -> sha256. */
  readonly outputs: Readonly<Record<string, string>>;
  /** Data another part of the same folder renders from (a docs page's index entry). */
  readonly summary?: unknown;
}

export interface Manifest {
  readonly generator: string;
  readonly parts: Readonly<Record<string, PartRecord>>;
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

/** A file's sha256, or `missing` when it is not there. */
export async function hashInputFile(file: string): Promise<string> {
  try {
    return sha256(await readFile(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return MISSING_INPUT;
    throw error;
  }
}

/** The record of a part: its inputs hashed by `hash` (the run's memoised hasher), its outputs by content. */
export async function partRecord(inputFiles: readonly string[], files: readonly GeneratedFile[], directory: string, hash: (file: string) => Promise<string>, summary?: unknown): Promise<PartRecord> {
  const inputs = await Promise.all([...new Set(inputFiles)].map(async (file) => [toPosix(relative(directory, file)), await hash(file)] as const));
  return {
    inputs: Object.fromEntries(inputs),
    outputs: Object.fromEntries(files.map((file) => [file.path, sha256(file.content)])),
    ...(summary === undefined ? {} : { summary }),
  };
}

export function buildManifest(generator: string, parts: Readonly<Record<string, PartRecord>>, notice: string): GeneratedFile {
  const manifest = { '//': notice, generator, parts };
  return { path: MANIFEST_FILE, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export async function readManifest(directory: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(directory, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (typeof parsed.generator !== 'string' || typeof parsed.parts !== 'object' || parsed.parts === null) return null;
    return parsed as Manifest;
  } catch {
    return null;
  }
}

/**
 * True when the manifest says this generator made the part from inputs that are unchanged
 * (`requiredInputs` among them), and its files are as it left them.
 */
export async function isPartFresh(record: PartRecord | undefined, requiredInputs: readonly string[], directory: string, hash: (file: string) => Promise<string>): Promise<boolean> {
  if (!record) return false;
  const inputFiles = Object.keys(record.inputs).map((path) => resolve(directory, path));
  if (!requiredInputs.every((file) => inputFiles.includes(resolve(file)))) return false;
  for (const [path, recorded] of Object.entries(record.inputs)) {
    if ((await hash(resolve(directory, path)).catch(() => null)) !== recorded) return false;
  }
  for (const [path, recorded] of Object.entries(record.outputs)) {
    const content = await readFile(join(directory, path)).catch(() => null);
    if (!content || sha256(content) !== recorded) return false;
  }
  return true;
}
