// A file that a `$ref` leads to and that does not parse (a split spec's `paths/<resource>.yaml`
// with broken YAML): Redocly reports "Failed to parse" at the file and "Can't resolve $ref"
// at every ref into it. Users need the one located syntax error, said as the root file's
// would be; the refs that fail only because of it add nothing.
import type { SpecProblem } from '../problems.js';

const FAILED_TO_PARSE = /^Failed to parse: ([\s\S]*?)(?: in "[^"]*")?(?: \(\d+:\d+\))?$/;

function parseReason(problem: SpecProblem): string | undefined {
  if (problem.rule !== 'no-unresolved-refs') return undefined;
  return FAILED_TO_PARSE.exec(problem.message.split('\n')[0] ?? '')?.[1];
}

/** The problems with each unparseable referenced file said once, as a parse error at its line and column. */
export function collapseReferencedParseErrors(problems: readonly SpecProblem[]): SpecProblem[] {
  const failed = new Map<string, string>(); // the full Redocly message → the reason
  const reported = new Set<string>();
  const out: SpecProblem[] = [];
  for (const problem of problems) {
    const reason = parseReason(problem);
    if (reason === undefined) continue;
    failed.set(problem.message.replace(/^Failed to parse: /, ''), reason);
    const { file, line, column } = problem.location;
    const key = `${file}:${line}:${column}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const syntax = /\.json$/i.test(file) ? 'JSON' : 'YAML';
    out.push({
      severity: 'error',
      rule: 'parse',
      message: `Invalid ${syntax}: ${reason}.`,
      location: { file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) },
      hint: `Fix the ${syntax} syntax (indentation, quotes, colons) at that position.`,
    });
  }
  if (failed.size === 0) return [...problems];
  const becauseUnparsed = (problem: SpecProblem) => problem.rule === 'no-unresolved-refs' && [...failed.keys()].some((cause) => problem.message.endsWith(`: ${cause}`));
  return [...out, ...problems.filter((problem) => parseReason(problem) === undefined && !becauseUnparsed(problem))];
}
