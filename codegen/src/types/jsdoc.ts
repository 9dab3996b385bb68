// The JSDoc items of a schema, parameter, operation, response or header, in the order and
// wording openapi-typescript uses (title, summary, `Format:`, `@deprecated`, `@description`,
// `@default`, `@example`, `@constant`, `@enum {type}`), so editors show what they showed before.
import { isObject } from './json.js';

function serialise(value: unknown): string {
  return (typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : String(value)).trim();
}

/** The doc items for `node`, or undefined when it has none. */
export function docItems(node: unknown): string[] | undefined {
  if (!isObject(node)) return undefined;
  const items: string[] = [];
  const { title, summary, format, deprecated, description } = node;
  if (typeof title === 'string' && title.trim()) items.push(title.trim());
  if (typeof summary === 'string' && summary.trim()) items.push(summary.trim());
  if (typeof format === 'string' && format) items.push(`Format: ${format}`);
  if (deprecated) items.push('@deprecated');
  if (description !== undefined && description !== '') items.push(`@description ${serialise(description)}`);
  if (node['default'] !== undefined) items.push(`@default ${serialise(node['default'])}`);
  if (node['example'] !== undefined) items.push(`@example ${serialise(node['example'])}`);
  const examples = node['examples'];
  if (Array.isArray(examples)) for (const example of examples) items.push(`@example ${serialise(example)}`);
  if ('const' in node) items.push('@constant');
  if (node['enum']) {
    const type = node['type'];
    const name = Array.isArray(type) ? type.join('|') : typeof type === 'string' ? type : 'unknown';
    items.push(`@enum {${name}${node['nullable'] ? '|null' : ''}}`);
  }
  return items.length > 0 ? items : undefined;
}
