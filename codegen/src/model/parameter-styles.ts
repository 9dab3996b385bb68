// The parameters of one operation the runtime must serialise other than by their location's
// default (OpenAPI 3.1 §4.8.12.4): a deepObject filter, a pipe-delimited list, a label path
// segment. Only those go into the operation table, so a row stays as small as the spec allows.
import type { ParameterLocation, ParameterStyle, ParameterStyleName } from '@specsmith/core/contract';
import type { Json } from './json-ref.js';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const STYLES: readonly ParameterStyleName[] = ['matrix', 'label', 'simple', 'form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/** Path and header: `simple`; query and cookie: `form`. */
const DEFAULT_STYLE: Readonly<Record<ParameterLocation, ParameterStyleName>> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

/**
 * The operation's parameters as they apply: path-level ones first, each replaced by an
 * operation-level one of the same name and location (OpenAPI's override rule).
 */
export function effectiveParameters(shared: readonly Json[], own: readonly Json[]): Json[] {
  const byKey = new Map<string, Json>();
  for (const parameter of [...shared, ...own]) byKey.set(`${String(parameter['in'])} ${String(parameter['name'])}`, parameter);
  return [...byKey.values()];
}

/** How `parameter` is serialised, or null when that is its location's default (or it has `content`, not a style). */
function styleOf(parameter: Json): ParameterStyle | null {
  const location = parameter['in'];
  const name = parameter['name'];
  if (typeof name !== 'string' || !LOCATIONS.includes(location as ParameterLocation) || parameter['content'] !== undefined) return null;
  const where = location as ParameterLocation;
  const written = parameter['style'];
  const style = STYLES.includes(written as ParameterStyleName) ? (written as ParameterStyleName) : DEFAULT_STYLE[where];
  const explode = typeof parameter['explode'] === 'boolean' ? parameter['explode'] : style === 'form';
  // allowReserved applies to query parameters only; elsewhere the spec ignores it.
  const allowReserved = where === 'query' && parameter['allowReserved'] === true;
  const isDefault = style === DEFAULT_STYLE[where] && explode === (style === 'form') && !allowReserved;
  if (isDefault) return null;
  return { name, in: where, style, explode, ...(allowReserved ? { allowReserved: true } : {}) };
}

/** The parameters of `parameters` that are not serialised by their location's default, in order. */
export function parameterStyles(parameters: readonly Json[]): ParameterStyle[] {
  return parameters.map(styleOf).filter((style): style is ParameterStyle => style !== null);
}
