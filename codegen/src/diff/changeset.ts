// A changeset (`.changeset/<name>.md`, the @changesets/cli convention) for a regenerated
// package and the packages that re-export it, with the bump its surface changes imply:
//
//   change to the surface   version >= 1.0.0   version 0.x
//   breaking                major              minor
//   additive only           minor              patch
//   none, files changed     patch              patch
//   nothing regenerated     (no changeset)
//   no previous surface     (no changeset: the run records the baseline)
//
// While a package is 0.x, npm's caret range treats the minor digit as the major one
// (`^0.1.0` never installs 0.2.0), so the whole table shifts one place: a breaking change
// still stops at the caret, and 1.0.0 stays a decision someone makes, not a side effect.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurfaceDiff } from './change.js';
import { impactOf, type Impact } from './package-changes.js';

export type Bump = 'major' | 'minor' | 'patch';

export interface ReleasedPackage {
  readonly name: string;
  readonly version: string;
}

export interface ChangesetInput {
  /** The generated package first, then the wrappers that re-export its surface. */
  readonly packages: readonly ReleasedPackage[];
  /** The surface diff; null when there was no previous surface to compare with (no changeset then). */
  readonly diff: SurfaceDiff | null;
  /** Whether the regenerated package's files changed at all. */
  readonly filesChanged: boolean;
  /** The spec the package was generated from, as the summary names it. */
  readonly specFile: string;
}

export interface Changeset {
  readonly fileName: string;
  readonly bumps: Readonly<Record<string, Bump>>;
  readonly content: string;
}

const BUMPS: Readonly<Record<Impact, readonly [Bump, Bump]>> = {
  // [from 1.0.0 on, while 0.x]
  breaking: ['major', 'minor'],
  additive: ['minor', 'patch'],
  none: ['patch', 'patch'],
};

export function bumpFor(impact: Impact, version: string): Bump {
  const [stable, initial] = BUMPS[impact];
  return /^0\./.test(version) ? initial : stable;
}

function summary(input: ChangesetInput, impact: Impact): string {
  const diff = input.diff;
  if (!diff || impact === 'none') return `Regenerated from ${input.specFile} with no change to the client surface.`;
  const list = (kind: 'breaking' | 'additive') =>
    diff.changes.filter((change) => change.kind === kind).map((change) => `- ${change.message}${change.schema ? ` (used by ${change.operations.join(', ')})` : ''}`);
  const breaking = list('breaking');
  const additive = list('additive');
  return [
    `${breaking.length > 0 ? 'Breaking changes' : 'Additions'} to the client generated from ${input.specFile}: ${diff.breaking} breaking, ${diff.additive} additive.`,
    ...(breaking.length > 0 ? ['', 'Breaking:', '', ...breaking] : []),
    ...(additive.length > 0 ? ['', 'Added:', '', ...additive] : []),
  ].join('\n');
}

/** The changeset a regenerated package needs, or null when nothing about it changed. */
export function changesetFor(input: ChangesetInput): Changeset | null {
  // Without a previous surface (a first run records the baseline) there is nothing to announce.
  if (!input.diff) return null;
  const impact = impactOf(input.diff);
  if (!input.filesChanged && impact === 'none') return null;
  const bumps = Object.fromEntries(input.packages.map((released) => [released.name, bumpFor(impact, released.version)]));
  const frontmatter = Object.entries(bumps).map(([name, bump]) => `${JSON.stringify(name)}: ${bump}`);
  const content = `---\n${frontmatter.join('\n')}\n---\n\n${summary(input, impact)}\n`;
  // Named by content: regenerating the same change again rewrites the same file.
  const slug = (input.packages[0]?.name ?? 'package').replace(/^@/, '').replace(/[^a-z0-9]+/gi, '-');
  const fileName = `${slug}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}.md`;
  return { fileName, bumps, content };
}

/** Writes the changeset into `changesetDirectory` (the repository's `.changeset/`); returns its path, or null. */
export async function writeChangeset(changesetDirectory: string, input: ChangesetInput): Promise<string | null> {
  const changeset = changesetFor(input);
  if (!changeset) return null;
  await mkdir(changesetDirectory, { recursive: true });
  const file = join(changesetDirectory, changeset.fileName);
  await writeFile(file, changeset.content);
  return file;
}
