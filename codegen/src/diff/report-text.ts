// The diff as text for people: a summary line, then one line per change, breaking ones first:
// `BREAKING  removed operation getRequest (GET /requests/{id})  (old.yaml:12:5 at #/paths/...)`.
import { formatLocation, type SpecLocation } from '../problems.js';
import type { ChangeLocation, SurfaceChange, SurfaceDiff } from './change.js';

export interface ReportSources {
  /** Names for the two sides in the summary line. */
  readonly oldName: string;
  readonly newName: string;
  /** A change's place in a file, or null when that side has no file (a recorded surface). */
  readonly locate: (location: ChangeLocation) => SpecLocation | null;
  readonly cwd: string;
}

const TAG: Readonly<Record<SurfaceChange['kind'], string>> = { breaking: 'BREAKING', additive: 'additive' };

export function changeLine(change: SurfaceChange, sources: ReportSources): string {
  const where = sources.locate(change.location);
  const place = where ? formatLocation(where, sources.cwd) : `${change.location.side === 'old' ? sources.oldName : sources.newName} at ${change.location.pointer}`;
  const users = change.schema ? ` (used by ${change.operations.join(', ')})` : '';
  return `${TAG[change.kind]}  ${change.message}${users}  (${place})`;
}

function summaryLine(diff: SurfaceDiff, sources: Pick<ReportSources, 'oldName' | 'newName'>): string {
  const counts = diff.changes.length === 0 ? 'no change to the client surface' : `${diff.breaking} breaking, ${diff.additive} additive`;
  return `${sources.oldName} -> ${sources.newName}: ${counts}`;
}

export function textReport(diff: SurfaceDiff, sources: ReportSources): string {
  return `${[summaryLine(diff, sources), ...diff.changes.map((change) => changeLine(change, sources))].join('\n')}\n`;
}
