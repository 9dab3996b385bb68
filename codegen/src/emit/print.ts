// One in-memory ts-morph project for the whole run: each emitter hands it structures and
// gets back the printed file, header first.
import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from 'ts-morph';

let project: Project | undefined;

function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipFileDependencyResolution: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project;
}

export function printSourceFile(name: string, header: string, statements: (string | StatementStructures)[]): string {
  const file = sharedProject().createSourceFile(`/${name}`, { statements }, { overwrite: true });
  const text = file.getFullText();
  file.forget();
  return `${header}\n${text.endsWith('\n') ? text : `${text}\n`}`;
}
