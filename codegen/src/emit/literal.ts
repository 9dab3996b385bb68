// Prints JSON-like values as TypeScript literals: single-quoted strings, unquoted keys when
// they are identifiers. Deterministic, so the same spec always gives the same bytes.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function stringLiteral(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) || /^(0|[1-9][0-9]*)$/.test(key) ? key : stringLiteral(key);
}

/** A literal for `value`; objects and arrays print on one line (they are short table rows). */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${literal(item)}`).join(', ')} }`;
  }
  throw new TypeError(`cannot print ${typeof value} as a literal`);
}

/** Text safe inside a JSDoc block: no comment terminator, one line per line. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r/g, '').trim();
}

/** `{}` or a multi-line object literal from ready-made `key: value,` lines (and comment lines). */
export function objectBlock(lines: readonly string[]): string {
  return lines.length === 0 ? '{}' : `{\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
}

/** An exported const with its one-line JSDoc. */
export function exportedConst(doc: string, name: string, initializer: string): string {
  return `/** ${docText(doc)} */\nexport const ${name} = ${initializer};`;
}
