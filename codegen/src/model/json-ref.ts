// Reading a parsed OpenAPI document: JSON pointers and local `$ref`s (`#/components/...`).
// The bundled document has only local refs left, so nothing here touches the file system.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a JSON pointer (`#/a/b~1c`) of a parsed document, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Json)[key] : undefined), root);
}

/** Follows local refs until a non-ref object; an external ref, a dead end or a long cycle gives undefined. */
export function deref(document: Json, node: unknown): Json | undefined {
  let current = node;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current['$ref'] === 'string'; hops += 1) {
    const ref = current['$ref'];
    if (!ref.startsWith('#/')) return undefined;
    current = valueAt(document, ref);
  }
  return isObject(current) ? current : undefined;
}
