// What a schema node accepts, in words: the lint messages say "x-pagination.maxLimit must be
// an integer >= 1" and the tables in specs/README.md say "integer ≥ 1" from the same node, so
// the two cannot describe a value differently. Plain JavaScript (ESM): the lint plugin, which
// Redocly loads without a TypeScript step, and codegen/scripts/extension-tables.mjs share it.

const quoted = (value) => JSON.stringify(value);

/** `a`, `a or b`, `a, b or c`. */
function either(parts) {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

function range(node, markdown) {
  const { minimum, maximum } = node;
  if (minimum !== undefined && maximum !== undefined) return ` ${minimum}${markdown ? '–' : '-'}${maximum}`;
  if (minimum !== undefined) return ` ${markdown ? '≥' : '>='} ${minimum}`;
  if (maximum !== undefined) return ` ${markdown ? '≤' : '<='} ${maximum}`;
  return '';
}

/** One JSON type of `node`: prose ("an integer >= 1") or a table cell ("integer ≥ 1"). */
function typeWords(type, node, markdown) {
  const nonEmpty = node.minLength === 1;
  switch (type) {
    case 'boolean':
      return markdown ? 'boolean' : 'true or false';
    case 'integer':
      return `${markdown ? 'integer' : 'an integer'}${range(node, markdown)}`;
    case 'number':
      return `${markdown ? 'number' : 'a number'}${range(node, markdown)}`;
    case 'string': {
      const pattern = node.pattern === undefined ? '' : markdown ? ` matching \`${node.pattern}\`` : ` matching /${node.pattern}/`;
      if (markdown) return `${nonEmpty ? 'non-empty ' : ''}string${pattern}`;
      return `${nonEmpty ? 'a non-empty string' : 'a string'}${pattern}`;
    }
    case 'array': {
      if (!markdown) return node.minItems ? 'a non-empty array' : 'an array';
      const items = node.items && node.items.type !== 'object' ? describeValue(node.items, { markdown }) : '';
      const base = items === '' ? 'array' : items.includes(' ') ? `array of ${items}` : `${items}[]`;
      return node.minItems ? `${base}, ≥ ${node.minItems} ${node.minItems === 1 ? 'entry' : 'entries'}` : base;
    }
    case 'object': {
      if (!markdown || !node.properties) return markdown ? 'object' : 'an object';
      const fields = Object.entries(node.properties).map(([key, value]) => `${key}: ${describeValue(value, { markdown })}`);
      return `{ ${fields.join(', ')} }`;
    }
    default:
      return type;
  }
}

/**
 * What `node` accepts. `markdown`: a table cell (code spans, `|` escaped, `≥`), else prose for
 * a sentence ("must be …"). A `title` names the kind of value (PascalCase, an HTTP status).
 */
export function describeValue(node, { markdown = false } = {}) {
  let words;
  if (node.const !== undefined) words = markdown ? `\`${quoted(node.const)}\`` : quoted(node.const);
  else if (Array.isArray(node.enum)) words = markdown ? node.enum.map((value) => `\`${quoted(value)}\``).join(' \\| ') : either(node.enum.map(quoted));
  else {
    const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
    words = markdown ? types.map((type) => typeWords(type, node, true)).join(' \\| ') : either(types.map((type) => typeWords(type, node, false)));
  }
  if (!node.title) return words;
  return markdown ? `${words} (${node.title})` : `${node.title} (${words})`;
}

/** The value as a message shows what was found: strings and numbers as written, others by kind. */
export function describeFound(value) {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return quoted(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
