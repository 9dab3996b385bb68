// A memoised drop-in for openapi-typescript's `createRef(parts)`. The transforms call it for
// every node with the parent's full pointer as the first part, and the library re-parses that
// pointer each time (split, decodeURIComponent per segment, re-escape): ~0.7 s of the types
// worker on GitHub's spec. The text one part contributes depends only on the part, so it is
// computed once by the library's own createRef and then reused: the same output, by design.
type CreateRef = (parts: (number | string | undefined | null)[]) => string;

export function memoisedCreateRef(original: CreateRef): CreateRef {
  // Numbers and strings apart: the library escapes a string part but not a number part.
  const segments = new Map<string | number, string>();
  const segmentOf = (part: string | number): string => {
    let segment = segments.get(part);
    if (segment === undefined) {
      // createRef of one part is '#' followed by exactly what that part appends.
      segment = original([part]).slice(1);
      segments.set(part, segment);
    }
    return segment;
  };
  return (parts) => {
    let pointer = '#';
    for (const part of parts) {
      if (part === undefined || part === null || part === '') continue;
      pointer += segmentOf(part);
    }
    return pointer;
  };
}
