/**
 * One attempt's request as plain data. fetch copies whatever Request it is given into a new
 * one, so building our own would pay for every Request twice; this is turned into fetch's
 * arguments only at the moment of sending (and into a Request only for a custom fetch).
 */
export interface Outgoing {
  /** Upper-case. */
  readonly method: string;
  readonly url: string;
  /** Lower-case names; the call's token is set here before each attempt. */
  readonly headers: Record<string, string>;
  /** The serialized body, reused as is by a retry (a stream only once). */
  readonly body: BodyInit | null | undefined;
  /** The caller's other RequestInit fields (`duplex`, `credentials`, `redirect` …). */
  readonly init: RequestInit;
}

type HeaderValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];
export type HeaderSource = Headers | readonly (readonly [string, string])[] | Readonly<Record<string, HeaderValue>> | undefined | null;

/**
 * Merges headers into a lower-case record: later
 * sources win, `null` removes a header, an array sends every value, `undefined` is skipped.
 */
export function mergeHeaders(target: Record<string, string>, source: HeaderSource): Record<string, string> {
  if (!source) return target;
  if (source instanceof Headers) {
    source.forEach((value, name) => {
      target[name] = value;
    });
    return target;
  }
  if (Array.isArray(source)) {
    for (const [name, value] of source as readonly (readonly [string, string])[]) append(target, name.toLowerCase(), value);
    return target;
  }
  for (const name in source) {
    const value = (source as Readonly<Record<string, HeaderValue>>)[name];
    if (value === undefined) continue;
    const key = name.toLowerCase();
    if (value === null) delete target[key];
    else if (Array.isArray(value)) {
      delete target[key];
      for (const item of value) append(target, key, String(item));
    } else target[key] = String(value);
  }
  return target;
}

function append(target: Record<string, string>, name: string, value: string) {
  const before = target[name];
  target[name] = before === undefined ? value : `${before}, ${value}`;
}
