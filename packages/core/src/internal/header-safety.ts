import { InvalidRequestError } from '../errors/base.js';

// RFC 9110 §5.6.2 token: the only characters a field name may have.
const fieldName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 §5.5: a field value is visible characters, obs-text, SP and HTAB; a CR or LF would
// end the header and start another, a NUL truncates it in some servers. So any character below
// 0x20 except HTAB (0x09), and DEL (0x7F), is refused.
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}
// fetch sends header values as bytes (ISO-8859-1) and throws on anything above U+00FF.
const beyondLatin1 = /[^\0-\xFF]/;

/** True for a value fetch can send as one header unchanged: no control character, nothing above U+00FF. */
export function isValidHeaderValue(value: string): boolean {
  return !hasControlCharacter(value) && !beyondLatin1.test(value);
}

/** Why a header cannot be sent, or undefined. Names the header and never quotes its value (a secret, often). */
function headerProblem(name: string, value: string): string | undefined {
  if (!fieldName.test(name)) return `header name ${JSON.stringify(name)} is not a valid HTTP field name; use only letters, digits and !#$%&'*+-.^_\`|~`;
  if (hasControlCharacter(value)) {
    return (
      `header ${JSON.stringify(name)} has a value with a control character (CR, LF, NUL, another character below 0x20 except tab, or DEL), ` +
      'which HTTP does not allow; remove it (a trailing newline from a file or an environment variable is the usual cause)'
    );
  }
  if (beyondLatin1.test(value)) return `header ${JSON.stringify(name)} has a value with a character above U+00FF, which fetch cannot send; percent-encode it first`;
  return undefined;
}

function check(name: string, value: unknown, context: string | undefined): void {
  // null and undefined remove or skip a header in openapi-fetch; nothing is sent for them.
  if (value === undefined || value === null) return;
  for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
    const problem = headerProblem(name, String(one));
    if (problem) throw new InvalidRequestError(context ? `${context}: ${problem}.` : `${problem[0]?.toUpperCase()}${problem.slice(1)}.`, 'header', name);
  }
}

/**
 * Refuses headers that are not valid HTTP before anything is sent: a record (values may be
 * arrays, numbers, null), a `Headers` or `[name, value]` pairs. `context` prefixes the message
 * (the operation, for per-call headers); without it the message is about the client's setup.
 */
export function assertValidHeaders(headers: unknown, context?: string): void {
  if (!headers || typeof headers !== 'object') return;
  if (headers instanceof Headers) {
    for (const [name, value] of headers) check(name, value, context);
  } else if (Array.isArray(headers)) {
    for (const pair of headers as unknown[]) {
      if (Array.isArray(pair)) check(String(pair[0]), pair[1], context);
    }
  } else {
    for (const [name, value] of Object.entries(headers)) check(name, value, context);
  }
}
