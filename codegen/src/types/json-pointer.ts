// JSON pointers for the emitter: a cheap linked path while walking (a string is built only
// when a warning needs one), and the parsing of local `#/...` refs (RFC 6901 escapes and the
// percent-encoding URI fragments allow).

/** Where a node sits in the document: its key and its parent's path; `undefined` is the root. */
export interface Path {
  readonly up: Path | undefined;
  readonly key: string | number;
}

export function child(path: Path | undefined, key: string | number): Path {
  return { up: path, key };
}

/** `#/paths/~1pets/get` for a path. */
export function pointerOf(path: Path | undefined): string {
  const keys: string[] = [];
  for (let at = path; at; at = at.up) keys.push(escapeSegment(String(at.key)));
  return keys.length === 0 ? '#' : `#/${keys.reverse().join('/')}`;
}

export function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replaceAll('~', '~0').replaceAll('/', '~1') : segment;
}

function unescapeSegment(segment: string): string {
  let text = segment;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not percent-encoding after all: the segment is taken as written.
    }
  }
  return text.includes('~') ? text.replaceAll('~1', '/').replaceAll('~0', '~') : text;
}

/** The segments of a local ref (`#/components/schemas/Pet` → components, schemas, Pet); undefined for any other ref. */
export function refSegments(ref: string): string[] | undefined {
  if (ref === '#') return [];
  if (!ref.startsWith('#/')) return undefined;
  return ref.slice(2).split('/').map(unescapeSegment);
}

/** The value at `segments` inside `root`, or undefined. */
export function valueAtSegments(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
