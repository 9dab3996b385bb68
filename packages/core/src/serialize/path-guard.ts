/**
 * The rule that keeps a request on its operation's path: every path parameter fills its own
 * segment, which is never empty, never `.` or `..`, and holds no unencoded `/`, `?`, `#` or `%`.
 * The same rule and messages as core's guard around openapi-fetch's path serializer.
 */
import { InvalidRequestError } from '../errors/base.js';

// WHATWG URL parsing removes `.` and folds `..` (also spelt `%2e`) with the segment before it,
// so `/things/{id}` with id `..` would reach the API root.
const dotSegment = /^(?:\.|%2e){1,2}$/i;
// RFC 3986 pchar: nothing that ends a segment, the path (`?`, `#`) or a percent escape.
const segmentText = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+$/;
/** Text that stays valid pchar whatever encoded values are put next to it (no `%`). */
export const plainSegmentText = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]*$/;
function described(names: readonly string[]): string {
  return `path parameter${names.length === 1 ? '' : 's'} ${names.map((name) => JSON.stringify(name)).join(', ')}`;
}

function refuse(label: string, names: readonly string[], problem: string): never {
  throw new InvalidRequestError(`${label}: ${described(names)} ${problem}.`, 'path', names.join(', '));
}

/** A path parameter without a value: openapi-fetch would leave `{id}` in the URL. */
export function refuseMissing(label: string, template: string, names: readonly string[]): never {
  const verb = names.length === 1 ? 'is' : 'are';
  throw new InvalidRequestError(`${label}: ${described(names)} ${verb} missing (undefined or null); ${template} needs a value for each of its parameters.`, 'path', names.join(', '));
}

const empty = 'must not be empty: an empty segment would send the request to another path';
const dots = 'must not be "." or "..": as a whole segment it would send the request to another path';
const unfit = 'does not fit in one path segment; "/", "?", "#" and "%" must be percent-encoded';

/**
 * Refuses a filled segment that is empty or a dot segment. Enough on its own when the segment is
 * encoded values around plain text: encodeURIComponent leaves no `/`, `?`, `#` or bare `%`.
 */
export function checkEncodedSegment(label: string, names: readonly string[], segment: string): void {
  if (segment === '') refuse(label, names, empty);
  if (segment === '.' || segment === '..') refuse(label, names, dots);
}

/** Refuses a filled segment that breaks any part of the rule. */
export function checkSegment(label: string, names: readonly string[], segment: string): void {
  if (segment === '') refuse(label, names, empty);
  if (dotSegment.test(segment)) refuse(label, names, dots);
  if (!segmentText.test(segment)) refuse(label, names, unfit);
}
