import { defaultPathSerializer } from 'openapi-fetch';
import type { PathSerializer } from 'openapi-fetch';
import { InvalidRequestError } from './errors/base.js';

// WHATWG URL parsing removes `.` and folds `..` (also spelt `%2e`) with the segment before it,
// so `/things/{id}` with id `..` would reach the API root.
const dotSegment = /^(?:\.|%2e){1,2}$/i;
// RFC 3986 pchar: nothing that ends a segment, the path (`?`, `#`) or a percent escape.
const segmentText = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/;
const templateName = /\{([^{}]+)\}/g;

/** `{id}`, `{.id}`, `{;id*}` → `id`. */
function namesIn(segment: string): string[] {
  return [...segment.matchAll(templateName)].map((match) => (match[1] ?? '').replace(/^[.;]|\*$/g, ''));
}

function described(names: readonly string[]): string {
  return `path parameter${names.length === 1 ? '' : 's'} ${names.map((name) => JSON.stringify(name)).join(', ')}`;
}

/**
 * Wraps a path serializer (openapi-fetch's, which percent-encodes each value with
 * encodeURIComponent) so the URL keeps the shape of the operation's template: every
 * parameter fills its own segment, never `.` or `..`, never empty, never a `/`, `?` or `#`.
 * Runs only for calls with path parameters, on the serialized URL (base URL included).
 */
export function guardedPathSerializer(label: string, template: string, serialize: PathSerializer = defaultPathSerializer): PathSerializer {
  return (pathname, params) => {
    const result = serialize(pathname, params);
    const before = pathname.split('/');
    const after = result.split('/');
    if (after.length !== before.length) {
      const names = namesIn(template);
      throw new InvalidRequestError(`${label}: the path has a different number of segments than ${template}; each path parameter must fill one segment, with "/" percent-encoded.`, 'path', names.join(', '));
    }
    for (let index = 0; index < before.length; index++) {
      const was = before[index] ?? '';
      const now = after[index] ?? '';
      if (now === was || !was.includes('{')) continue;
      let problem: string | undefined;
      if (now === '') problem = 'must not be empty: an empty segment would send the request to another path';
      else if (dotSegment.test(now)) problem = 'must not be "." or "..": as a whole segment it would send the request to another path';
      else if (!segmentText.test(now)) problem = 'does not fit in one path segment; "/", "?", "#" and "%" must be percent-encoded';
      if (problem) {
        const names = namesIn(was);
        throw new InvalidRequestError(`${label}: ${described(names)} ${problem}.`, 'path', names.join(', '));
      }
    }
    return result;
  };
}

const simpleTemplate = /^[^{}]*(?:\{[A-Za-z0-9_-]+\}[^{}]*)*$/;

/**
 * The default path serializer for an operation, compiled once. A template whose parameters are
 * all simple `{name}` (every path of the five vendors) is filled by splitting it once and
 * encoding each value: the same result as openapi-fetch's serializer plus the guard above, at
 * a fraction of the cost per call. Other templates (label, matrix, explode) use those two.
 */
export function compiledPathSerializer(label: string, template: string): PathSerializer {
  const guarded = guardedPathSerializer(label, template);
  if (!simpleTemplate.test(template)) return guarded;
  // ['/requests/', 'id', '/notes'] : text, name, text, …
  const parts = template.split(/\{([^{}]+)\}/);
  return (pathname, params) => {
    if (pathname !== template) return guarded(pathname, params);
    let result = parts[0] ?? '';
    for (let index = 1; index < parts.length; index += 2) {
      const name = parts[index] as string;
      const value = (params as Record<string, unknown>)[name];
      // Missing, or not a plain value: leave it to the general path (and its messages).
      if (value === undefined || value === null || typeof value === 'object') return guarded(pathname, params);
      const encoded = encodeURIComponent(String(value));
      if (encoded === '' || encoded === '.' || encoded === '..') return guarded(pathname, params);
      result += encoded + (parts[index + 1] ?? '');
    }
    return result;
  };
}
