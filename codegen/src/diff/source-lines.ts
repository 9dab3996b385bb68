// Line and column of a JSON pointer in a spec file, for the report's locations. Only pointers
// that exist in the file itself resolve (a multi-file spec's bundled pointer into a `$ref`'d
// file does not); those keep the pointer alone.
import { readFile } from 'node:fs/promises';
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export type LineLocator = (pointer: string) => { readonly line: number; readonly column: number } | undefined;

const segmentsOf = (pointer: string): string[] =>
  pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

/** A locator for `file`; one that finds nothing when the file cannot be read or parsed. */
export async function lineLocator(file: string): Promise<LineLocator> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return () => undefined;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  return (pointer) => {
    let node: unknown = document.contents;
    for (const segment of segmentsOf(pointer)) {
      if (isMap(node)) node = node.items.find((pair) => isNode(pair.key) && String((pair.key as Node & { value?: unknown }).value) === segment)?.value;
      else if (isSeq(node)) node = node.items[Number(segment)];
      else return undefined;
    }
    if (!isNode(node) || !node.range) return undefined;
    const { line, col } = lines.linePos(node.range[0]);
    return { line, column: col };
  };
}
