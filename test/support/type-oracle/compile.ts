// Type-checks one spec's temp project (checks.ts, importing ours.ts and oracle-linked.ts) with
// the TypeScript compiler API under the repository's tsconfig.json options (strict,
// exactOptionalPropertyTypes, ...), and turns its diagnostics into failed checks: each
// diagnostic inside a check's lines fails that check; one in ours.ts, oracle-linked.ts, or
// outside every check fails a pseudo-check named after where it is, so nothing the compiler
// says is dropped.
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { repositoryRoot } from '../vendors.js';
import { meaningOfLine, type CheckFile } from './check-file.js';

export interface Failure {
  /** The check's name, or the file (`ours.ts`, `oracle-linked.ts`, `checks.ts`, `program`) of a diagnostic outside every check. */
  readonly check: string;
  /** Per diagnostic: what it means for the check, its code, and the end of the compiler's elaboration (where the two types part). */
  readonly messages: readonly string[];
  /** The part as each side types it, as the checker prints it (cut short), for a check. */
  readonly ours?: string;
  readonly oracle?: string;
}

const MAX_TYPE_TEXT = 400;
const MAX_LINE = 300;
/** The elaboration's last lines: the property path down to the two types that differ. */
const ELABORATION_LINES = 6;

/** The repository's compiler options, with nothing emitted and no ambient @types (the checks need none). */
function compilerOptions(): ts.CompilerOptions {
  const file = join(repositoryRoot, 'tsconfig.json');
  const read = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, repositoryRoot, undefined, file);
  return { ...parsed.options, noEmit: true, declaration: false, sourceMap: false, types: [] };
}

const options = compilerOptions();
const libDirectory = dirname(ts.getDefaultLibFilePath(options));
/** The default library's parsed files, shared by every spec's program (the same files each time). */
const libFiles = new Map<string, ts.SourceFile | undefined>();

function compilerHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, shouldCreate) => {
    if (!fileName.startsWith(libDirectory)) return read(fileName, language, onError, shouldCreate);
    if (!libFiles.has(fileName)) libFiles.set(fileName, read(fileName, language, onError, shouldCreate));
    return libFiles.get(fileName);
  };
  return host;
}

const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text);

/** `meaning: TSnnnn` and the last lines of the elaboration, indented by depth as tsc prints them. */
function messageOf(diagnostic: ts.Diagnostic, meaning: string): string {
  const lines = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n');
  const shown = lines.length > ELABORATION_LINES + 1 ? [lines[0] as string, '  …', ...lines.slice(-ELABORATION_LINES)] : lines;
  return [`${meaning}: TS${diagnostic.code}`, ...shown.map((line) => `  ${cut(line, MAX_LINE)}`)].join('\n');
}

/** The index of the check whose lines hold `line`, or -1. */
function checkAt(lines: CheckFile['lines'], line: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = lines[middle] as CheckFile['lines'][number];
    if (line < range.first) high = middle - 1;
    else if (line > range.last) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The two parameter types of check function `check_<position>`, as the checker prints them. */
function printedTypes(checker: ts.TypeChecker, source: ts.SourceFile, position: number): { ours?: string; oracle?: string } {
  const declaration = source.statements.find((statement): statement is ts.FunctionDeclaration => ts.isFunctionDeclaration(statement) && statement.name?.text === `check_${position}`);
  const [ours, oracle] = (declaration?.parameters ?? []).map((parameter) =>
    cut(checker.typeToString(checker.getTypeAtLocation(parameter), undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias), MAX_TYPE_TEXT),
  );
  return { ...(ours === undefined ? {} : { ours }), ...(oracle === undefined ? {} : { oracle }) };
}

/**
 * Where ours.ts says `any`: assignable both ways, it passes every check it is nested in (the
 * checks catch it only at the top), so each one is reported as a diagnostic of ours.ts.
 */
function anyKeywords(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`ours.ts:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: any (it passes every check it is nested in)`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The failed checks of the project in `directory`, sorted by name. */
export function failedChecks(directory: string, checkFile: CheckFile): Failure[] {
  const paths = ['checks.ts', 'ours.ts', 'oracle-linked.ts'].map((name) => join(directory, name));
  const program = ts.createProgram({ rootNames: paths, options, host: compilerHost() });
  const [checks, ...modules] = paths.map((path) => program.getSourceFile(path));
  if (!checks || modules.some((module) => !module)) throw new Error(`the program for ${directory} lacks one of ${paths.join(', ')}`);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...modules, checks].flatMap((source) => [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]),
  ];
  const byCheck = new Map<string, { position: number; messages: string[] }>();
  for (const diagnostic of diagnostics) {
    let check = diagnostic.file ? diagnostic.file.fileName.slice(directory.length + 1) : 'program';
    let position = -1;
    let meaning = check;
    if (diagnostic.file === checks && diagnostic.start !== undefined) {
      const line = checks.getLineAndCharacterOfPosition(diagnostic.start).line;
      position = checkAt(checkFile.lines, line);
      const range = checkFile.lines[position];
      if (range) {
        check = range.name;
        meaning = meaningOfLine(line - range.first);
      }
    } else if (diagnostic.file && diagnostic.start !== undefined) {
      meaning = `${check}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}`;
    }
    const entry = byCheck.get(check) ?? { position, messages: [] };
    entry.messages.push(messageOf(diagnostic, meaning));
    byCheck.set(check, entry);
  }
  const anys = anyKeywords(modules[0] as ts.SourceFile);
  if (anys.length > 0) byCheck.set('ours.ts', { position: -1, messages: [...(byCheck.get('ours.ts')?.messages ?? []), ...anys] });
  const checker = program.getTypeChecker();
  return [...byCheck.entries()]
    .map(([check, { position, messages }]) => ({ check, messages, ...(position === -1 ? {} : printedTypes(checker, checks, position)) }))
    .sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
}
