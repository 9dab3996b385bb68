// The text of a spec file as the parsers should see it. Editors on Windows save UTF-8 with a
// byte-order mark; JSON.parse rejects it, and Redocly's YAML parser drops it while its
// Source keeps it, which moves every column it reports by one. Removing it before anything
// parses or locates keeps both right.

const BYTE_ORDER_MARK = '\uFEFF';

export function withoutByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
}

/** JSON by name, or a document whose first character is `{` (JSON saved as .yaml). */
export function isJsonText(file: string, text: string): boolean {
  return file.endsWith('.json') || text.trimStart().startsWith('{');
}
