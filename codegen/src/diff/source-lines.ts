// Where a JSON pointer of the bundled document is in the spec's own files: the file, the
// pointer inside it, line and column. The walk starts in the root file and follows the
// `$ref`s into other files a multi-file spec is split by (`paths/<resource>.yaml#/~1things`);
// a component the bundler hoisted into the root's `components` is looked for in the other
// files the spec was read from (`components/<resource>.yaml#/schemas/X`, or their own
// `components`). What is found nowhere keeps the bundled pointer alone.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

interface SourcePlace {
  readonly file: string;
  /** The pointer inside `file`. */
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

export type LineLocator = (pointer: string) => SourcePlace | undefined;

const segmentsOf = (pointer: string): string[] =>
  pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));

const escapeSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

interface ParsedFile {
  readonly document: Document.Parsed;
  readonly lines: LineCounter;
}

/**
 * A locator for the spec whose root is `file`, read from `otherFiles` besides (LoadedSpec's
 * inputFiles); files that cannot be read or parsed locate nothing.
 */
export async function lineLocator(file: string, otherFiles: readonly string[] = []): Promise<LineLocator> {
  const parsed = new Map<string, ParsedFile | null>();
  const open = (path: string): ParsedFile | null => {
    if (!parsed.has(path)) {
      try {
        const lines = new LineCounter();
        parsed.set(path, { document: parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: false }), lines });
      } catch {
        parsed.set(path, null);
      }
    }
    return parsed.get(path) ?? null;
  };
  const child = (node: unknown, segment: string): unknown => {
    if (isMap(node)) return node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === segment)?.value;
    if (isSeq(node)) return node.items[Number(segment)];
    return undefined;
  };
  /** Walks `segments` from `path`'s root, following `$ref`s into other files. */
  const walk = (path: string, segments: readonly string[]): SourcePlace | undefined => {
    let current = { path, parsed: open(path) };
    if (!current.parsed) return undefined;
    let node: unknown = current.parsed.document.contents;
    let inFile: string[] = [];
    for (const segment of segments) {
      // A `$ref` to another file stands for what it points at: continue there.
      const ref = child(node, '$ref');
      if (isScalar(ref) && typeof ref.value === 'string' && !ref.value.startsWith('#')) {
        const [target = '', targetPointer = ''] = ref.value.split('#');
        const next = resolve(dirname(current.path), target);
        const opened = open(next);
        if (!opened) return undefined;
        current = { path: next, parsed: opened };
        inFile = segmentsOf(targetPointer);
        node = inFile.reduce<unknown>((found, part) => child(found, part), opened.document.contents);
      }
      node = child(node, segment);
      inFile.push(segment);
    }
    if (!isNode(node) || !node.range || !current.parsed) return undefined;
    const { line, col } = current.parsed.lines.linePos(node.range[0]);
    return { file: current.path, pointer: `#/${inFile.map(escapeSegment).join('/')}`, line, column: col };
  };
  return (pointer) => {
    const segments = segmentsOf(pointer);
    const found = walk(file, segments);
    if (found || segments[0] !== 'components') return found;
    // `components/schemas/X/...`: at `schemas/X` of a component file, or in its own components.
    for (const other of otherFiles) {
      const place = walk(other, segments.slice(1)) ?? walk(other, segments);
      if (place) return place;
    }
    return undefined;
  };
}
