// The diff as JSON for CI (`specsmith diff --format json`); the shape is DiffJson below and
// is described in this folder's README.md. A location's file is relative to the working
// directory, and its pointer is into that file (for a split spec, the file that holds it).
import { relative } from 'node:path';
import type { SpecLocation } from '../problems.js';
import type { ChangeClass, ChangeKind, SurfaceDiff } from './change.js';
import type { ReportSources } from './report-text.js';

const DIFF_JSON_FORMAT = 'specsmith-diff/1';

export interface DiffJson {
  readonly format: typeof DIFF_JSON_FORMAT;
  readonly old: string;
  readonly new: string;
  /** The largest kind of change: what a release of the new client must announce. */
  readonly impact: ChangeKind | 'none';
  readonly breaking: number;
  readonly additive: number;
  readonly changes: readonly {
    readonly kind: ChangeKind;
    readonly class: ChangeClass;
    readonly operations: readonly string[];
    readonly schema: string | null;
    readonly message: string;
    readonly location: { readonly side: 'old' | 'new'; readonly file: string | null; readonly pointer: string; readonly line?: number; readonly column?: number };
  }[];
}

const fileName = (location: SpecLocation, cwd: string): string => relative(cwd, location.file) || location.file;

export function jsonReport(diff: SurfaceDiff, sources: ReportSources): DiffJson {
  return {
    format: DIFF_JSON_FORMAT,
    old: sources.oldName,
    new: sources.newName,
    impact: diff.breaking > 0 ? 'breaking' : diff.additive > 0 ? 'additive' : 'none',
    breaking: diff.breaking,
    additive: diff.additive,
    changes: diff.changes.map((change) => {
      const where = sources.locate(change.location);
      const lineColumn = where?.line === undefined ? {} : { line: where.line, column: where.column ?? 1 };
      return {
        kind: change.kind,
        class: change.class,
        operations: change.operations,
        schema: change.schema,
        message: change.message,
        location: { side: change.location.side, file: where ? fileName(where, sources.cwd) : null, pointer: where?.pointer ?? change.location.pointer, ...lineColumn },
      };
    }),
  };
}
