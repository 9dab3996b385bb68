// What a failed run prints: every problem with file:line, then that nothing was written.
import { formatProblem, type SpecError } from '../problems.js';

export function failureReport(error: SpecError, cwd: string): string {
  const count = error.problems.length;
  const lines = error.problems.map((problem) => formatProblem(problem, cwd));
  return `${lines.join('\n')}\nspecsmith: generation failed with ${count} error${count === 1 ? '' : 's'}; nothing was written.\n`;
}
