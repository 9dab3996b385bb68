/**
 * The query string of a call, by OpenAPI 3.1's query styles (form, spaceDelimited,
 * pipeDelimited, deepObject; explode; allowReserved). Hand-written so core has no third-party
 * runtime dependency. Unlike openapi-fetch, whose default for an object is deepObject
 * (`color[R]=100`), an object without a style row goes as OpenAPI's default, form with explode
 * (`R=100&G=200&B=150`).
 */
import type { ParameterStyle } from '../contract/index.js';
import { encodeReserved, encodeText, expand, layouts } from './expand.js';
import type { Layout } from './expand.js';
import { styleFor } from './style-for.js';

/** Matrix, label and simple are path styles; a query row naming one is read as form. */
function queryLayout(style: ParameterStyle): Layout {
  switch (style.style) {
    case 'spaceDelimited':
    case 'pipeDelimited':
    case 'deepObject':
      return layouts[style.style];
    default:
      return layouts.form;
  }
}

/**
 * `query` as `a=1&b=2` (no leading `?`; '' when nothing is sent), each parameter by its row in
 * `styles` or, without one, as form with explode. As openapi-fetch does: undefined and null
 * parameters and empty arrays are left out, a boolean is `true`/`false`, an empty string is
 * `name=`, names and values are percent-encoded with encodeURIComponent. Names are encoded too,
 * which openapi-fetch does not do (a name with `&` would split the pair).
 */
export function serializeQuery(query: Readonly<Record<string, unknown>> | undefined | null, styles?: readonly ParameterStyle[]): string {
  if (query === undefined || query === null) return '';
  let out = '';
  for (const name in query) {
    if (!Object.hasOwn(query, name)) continue;
    const value = query[name];
    if (value === undefined || value === null) continue;
    const style = styleFor(styles, 'query', name);
    const kind = typeof value;
    if (style === undefined && (kind === 'string' || kind === 'number' || kind === 'boolean')) {
      // The common case: one scalar, no style row; nothing is built but the output.
      out += `${out === '' ? '' : '&'}${encodeText(name)}=${encodeText(kind === 'string' ? (value as string) : String(value))}`;
      continue;
    }
    const layout = style === undefined ? layouts.form : queryLayout(style);
    const explode = style === undefined ? true : style.explode;
    const encode = style?.allowReserved ? encodeReserved : encodeText;
    const part = expand(value, encodeText(name), layout, explode, encode, { location: 'query', name });
    if (part !== undefined) out += `${out === '' ? '' : '&'}${part}`;
  }
  return out;
}
