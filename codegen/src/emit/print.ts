// Joins printed statements into a generated file, header first. Statements are separated by
// one line break, or by a blank line where a `{ blankBefore: true }` marker stands (the
// layout the files had when they were printed through ts-morph: blank lines around
// interfaces and functions), and the file ends with exactly one line break.

export type Statement = string | { readonly blankBefore: true };

export function printStatements(header: string, statements: readonly Statement[]): string {
  let text = header;
  let separator = '\n';
  for (const statement of statements) {
    if (typeof statement !== 'string') {
      separator = '\n\n';
      continue;
    }
    text += separator + statement;
    separator = '\n';
  }
  return `${text}\n`;
}
