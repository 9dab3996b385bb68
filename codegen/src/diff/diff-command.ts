// `specsmith diff <old-spec> <new-spec> [--format text|json]`: compares the clients the two
// specs generate. Exit 1 when a change is breaking, 0 otherwise, 2 when the command cannot
// compare (bad arguments, a spec that does not load).
import { access } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec } from '../load/load-spec.js';
import { formatProblem, SpecError, specError, type SpecProblem } from '../problems.js';
import { compareSurfaces } from './compare-surfaces.js';
import { jsonReport } from './report-json.js';
import { textReport, type ReportSources } from './report-text.js';
import { lineLocator } from './source-lines.js';
import { surfaceOf } from './surface.js';
import type { ClientSurface } from './surface-model.js';

export interface DiffCommandIo {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export const DIFF_USAGE = `Usage: specsmith diff <old-spec> <new-spec> [--format text|json]

Compares the clients two OpenAPI documents generate and classes each change breaking or
additive. Exit status: 1 when a change is breaking, 0 otherwise, 2 when the specs cannot be
compared.

Options:
  --format text|json   one line per change (default), or one JSON document for CI
  --help               show this help
`;

const OPTIONS = { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

class DiffUsageError extends Error {
  override readonly name = 'DiffUsageError';
}

function parseArgv(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DiffUsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}. Valid options: --format, --help.`);
  }
}

function parse(argv: readonly string[]) {
  const { values, positionals } = parseArgv(argv);
  if (values.help) return { help: true as const };
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new DiffUsageError(`--format "${format}" is not a format. Valid formats: text, json.`);
  if (positionals.length !== 2) throw new DiffUsageError(`diff takes two spec files, got ${positionals.length}: specsmith diff <old-spec> <new-spec> [--format text|json].`);
  const [oldSpec, newSpec] = positionals as [string, string];
  return { help: false as const, format, oldSpec, newSpec };
}

/** Loads one side; a missing file gets a hint about this command rather than about redocly.yaml. */
async function loadSurface(file: string): Promise<{ surface: ClientSurface; inputFiles: readonly string[] }> {
  try {
    await access(file);
  } catch {
    throw specError('read', 'The spec file does not exist.', { file }, 'Check the path: specsmith diff <old-spec> <new-spec>.');
  }
  const loaded = await loadSpec(file, { requireErrorCatalogue: false });
  return { surface: surfaceOf(loaded), inputFiles: loaded.inputFiles };
}

export async function runDiffCommand(argv: readonly string[], io: DiffCommandIo): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    if (!(error instanceof DiffUsageError)) throw error;
    io.stderr.write(`specsmith diff: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(DIFF_USAGE);
    return 0;
  }
  const files = { old: resolve(io.cwd, options.oldSpec), new: resolve(io.cwd, options.newSpec) };
  const loaded = await Promise.allSettled([loadSurface(files.old), loadSurface(files.new)]);
  const problems: SpecProblem[] = loaded.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    if (result.reason instanceof SpecError) return [...result.reason.problems];
    throw result.reason;
  });
  if (problems.length > 0 || loaded[0].status !== 'fulfilled' || loaded[1].status !== 'fulfilled') {
    for (const problem of problems) io.stderr.write(`${formatProblem(problem, io.cwd)}\n`);
    return 2;
  }
  const [before, after] = [loaded[0].value, loaded[1].value];
  const diff = compareSurfaces(before.surface, after.surface);
  const locators = { old: await lineLocator(files.old, before.inputFiles), new: await lineLocator(files.new, after.inputFiles) };
  const sources: ReportSources = {
    oldName: relative(io.cwd, files.old) || files.old,
    newName: relative(io.cwd, files.new) || files.new,
    cwd: io.cwd,
    locate: (location) => ({ file: files[location.side], pointer: location.pointer, ...locators[location.side](location.pointer) }),
  };
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(jsonReport(diff, sources), null, 2)}\n` : textReport(diff, sources));
  return diff.breaking > 0 ? 1 : 0;
}
