// The generate-time report: what a regenerated package changes for its callers, from the
// surface recorded beside its manifest (surface-file.ts) and the surface of the new spec.
import type { SurfaceDiff } from './change.js';
import { compareSurfaces } from './compare-surfaces.js';
import { changeLine, type ReportSources } from './report-text.js';
import type { LineLocator } from './source-lines.js';
import type { ClientSurface } from './surface-model.js';

export type Impact = 'breaking' | 'additive' | 'none';

export interface PackageChanges {
  readonly name: string;
  /** Null when no previous surface was recorded: a first run has nothing to compare with. */
  readonly diff: SurfaceDiff | null;
  readonly impact: Impact | 'unknown';
}

export const impactOf = (diff: SurfaceDiff): Impact => (diff.breaking > 0 ? 'breaking' : diff.additive > 0 ? 'additive' : 'none');

export function packageChanges(name: string, previous: ClientSurface | null, next: ClientSurface): PackageChanges {
  if (!previous) return { name, diff: null, impact: 'unknown' };
  const diff = compareSurfaces(previous, next);
  return { name, diff, impact: impactOf(diff) };
}

export interface PackageReportSources {
  /** The spec file the new surface comes from, for locations. */
  readonly specFile: string;
  readonly cwd: string;
  /** Where a pointer of the bundled spec is in its files (source-lines.ts), when known. */
  readonly lineOf?: LineLocator;
}

/** Lines to print under the package's progress line: a summary, then one line per change. */
export function packageChangeLines(changes: PackageChanges, sources: PackageReportSources): string[] {
  if (!changes.diff) return [`  ${changes.name}: no previous surface recorded; this run records the baseline`];
  const report: ReportSources = {
    oldName: 'the previous package',
    newName: changes.name,
    cwd: sources.cwd,
    // Only the new side has a file; the previous side is a recorded surface.
    locate: (location) => (location.side === 'new' ? { file: sources.specFile, pointer: location.pointer, ...sources.lineOf?.(location.pointer) } : null),
  };
  const { breaking, additive } = changes.diff;
  const summary = breaking + additive === 0 ? 'no change to the client surface' : `${breaking} breaking, ${additive} additive since the previous package`;
  return [`  ${changes.name}: ${summary}`, ...changes.diff.changes.map((change) => `    ${changeLine(change, report)}`)];
}
