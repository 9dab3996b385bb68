/**
 * How long the server asked to wait, in ms: `retry-after-ms` first (a float of milliseconds),
 * then `Retry-After` as delta-seconds (`"120"`, `"0.5"`) or an HTTP date. Undefined when
 * neither header is present or parseable; never negative.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\s*\d+(?:\.\d+)?\s*$/.test(ms)) return Number(ms);

  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  // An HTTP date names its day and month; anything else ("-3") is not one.
  if (!/[A-Za-z]{3}/.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
