// Located problems: every error the generator reports names the file, the line and column
// (or the JSON pointer) and the rule, and says how to fix it.
import { relative } from 'node:path';

export interface SpecLocation {
  /** Absolute path of the file the problem is in. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** JSON pointer inside the file, e.g. `#/paths/~1things/get`. */
  readonly pointer?: string;
}

export interface SpecProblem {
  readonly severity: 'error' | 'warning';
  /** The lint rule or generator check that found it. */
  readonly rule: string;
  readonly message: string;
  readonly location: SpecLocation;
  readonly hint?: string;
}

/** Thrown when a spec cannot be generated; carries every problem found, not just the first. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  readonly problems: readonly SpecProblem[];

  constructor(problems: readonly SpecProblem[]) {
    const first = problems[0];
    super(first ? formatProblem(first) : 'the spec could not be generated');
    this.problems = problems;
  }
}

export function formatLocation(location: SpecLocation, cwd = process.cwd()): string {
  const file = relative(cwd, location.file) || location.file;
  const position = location.line === undefined ? '' : `:${location.line}:${location.column ?? 1}`;
  const pointer = location.pointer ? ` at ${location.pointer}` : '';
  return `${file}${position}${pointer}`;
}

/** `specs/x/openapi.yaml:12:5 at #/paths/... error [rule] message\n  fix: hint` */
export function formatProblem(problem: SpecProblem, cwd = process.cwd()): string {
  const head = `${formatLocation(problem.location, cwd)} ${problem.severity} [${problem.rule}] ${problem.message}`;
  return problem.hint ? `${head}\n  fix: ${problem.hint}` : head;
}

export function specError(rule: string, message: string, location: SpecLocation, hint?: string): SpecError {
  return new SpecError([{ severity: 'error', rule, message, location, ...(hint ? { hint } : {}) }]);
}
