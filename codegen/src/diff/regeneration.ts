// The breaking-change report of one regenerated package, as `specsmith generate` (and
// `--check`) gives it: the lines to print under the package's progress line and, when the
// run writes, the changeset for the package and the wrappers that re-export it.
import { join, relative } from 'node:path';
import { writeChangeset } from './changeset.js';
import { packageChangeLines, packageChanges } from './package-changes.js';
import { releasedPackages } from './released-packages.js';
import { lineLocator } from './source-lines.js';
import type { ClientSurface } from './surface-model.js';

export interface Regeneration {
  /** The name progress lines use (the vendor). */
  readonly name: string;
  /** The repository root: `.changeset/` and `packages/` are found there. */
  readonly root: string;
  readonly packageDirectory: string;
  readonly specFile: string;
  /** Every file the spec was read from (LoadedSpec's inputFiles), to locate changes in. */
  readonly inputFiles?: readonly string[];
  /** The surface recorded beside the manifest before this run (readRecordedSurface), or null. */
  readonly previous: ClientSurface | null;
  /** surfaceOf the spec just loaded; the run records it as the package's surface.json. */
  readonly next: ClientSurface;
  /** True when the run writes (not `--check`): only then is a changeset written. */
  readonly writes: boolean;
  /** Whether any of the package's files changed in this run. */
  readonly filesChanged: boolean;
  readonly cwd: string;
}

export interface RegenerationReport {
  readonly lines: readonly string[];
  /** The changeset file written, or null. */
  readonly changeset: string | null;
}

export async function reportRegeneration(run: Regeneration): Promise<RegenerationReport> {
  const changes = packageChanges(run.name, run.previous, run.next);
  const lines = packageChangeLines(changes, { specFile: run.specFile, cwd: run.cwd, lineOf: await lineLocator(run.specFile, run.inputFiles) });
  if (!run.writes) return { lines, changeset: null };
  const packages = await releasedPackages(run.root, run.packageDirectory);
  if (packages.length === 0) return { lines, changeset: null };
  const changeset = await writeChangeset(join(run.root, '.changeset'), { packages, diff: changes.diff, filesChanged: run.filesChanged, specFile: relative(run.root, run.specFile) });
  return { lines: changeset ? [...lines, `  changeset: ${relative(run.cwd, changeset)}`] : lines, changeset };
}
