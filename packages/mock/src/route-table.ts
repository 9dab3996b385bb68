// Finds the path template a request path belongs to (`/requests/70453` → `/requests/{id}`),
// preferring the most specific one, so `/requests/open` is not taken for `/requests/{id}`.

/** A template with its parameter names dropped: `/requests/{id}` and `/requests/{requestId}` are one path. */
export const templateKey = (template: string): string => template.replace(/\{[^}]*\}/g, '{}');

interface CompiledTemplate {
  readonly template: string;
  readonly pattern: RegExp;
  readonly parameters: number;
  readonly literalLength: number;
}

function compile(template: string): CompiledTemplate {
  const parts = template.split(/\{[^}]*\}/);
  const source = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+');
  return { template, pattern: new RegExp(`^${source}/?$`), parameters: parts.length - 1, literalLength: parts.join('').length };
}

export interface RouteTable {
  /** The template `path` (no query) matches, or undefined. */
  templateOf(path: string): string | undefined;
  /** Whether the table has this template (parameter names aside). */
  has(template: string): boolean;
}

export function createRouteTable(templates: readonly string[]): RouteTable {
  const byKey = new Map(templates.map((template) => [templateKey(template), template]));
  const compiled = [...byKey.values()].map(compile).sort((a, b) => a.parameters - b.parameters || b.literalLength - a.literalLength);
  return {
    templateOf: (path) => compiled.find((entry) => entry.pattern.test(path))?.template,
    has: (template) => byKey.has(templateKey(template)),
  };
}
