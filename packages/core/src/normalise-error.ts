import { kindForStatus } from './errors/api-error.js';
import { isRetryableStatus } from './internal/retryable-status.js';
import type { ErrorKind, FieldError } from './errors/api-error.js';
import type { ErrorCatalogue, ErrorCodeInfo } from './types.js';

/** How to read a vendor's failures: its catalogue from the generated errors.gen.ts, plus overrides. */
export interface ErrorConfig {
  /** `errorCatalogue` from the generated package (null: status only). */
  readonly catalogue: ErrorCatalogue | null;
  /** `errorCodeInfo` from the generated package. */
  readonly codes: Readonly<Record<string | number, ErrorCodeInfo>>;
  /** Error class for vendor codes whose HTTP status does not say it (Altcraft answers 200 for everything). */
  readonly kinds?: Readonly<Record<string | number, ErrorKind>>;
  /** A body field that mirrors the HTTP status (Xtremepush `code`), read for failures inside a 2xx. */
  readonly bodyStatusField?: string;
}

export interface NormalisedFailure {
  readonly code: string | number | undefined;
  /** The code as found, even when the catalogue does not know it. */
  readonly rawCode: string | number | undefined;
  readonly codeName: string | undefined;
  readonly vendorMessage: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly kind: ErrorKind;
  readonly retryable: boolean;
}

/** Reads a dotted path (`data.items`) from a JSON value. */
export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** True when a 2xx body reports a failure (Altcraft `error != 0`, Xtremepush `success: false`). */
export function isFailureInside2xx(catalogue: ErrorCatalogue | null, body: unknown): boolean {
  const success = catalogue?.success;
  if (!success || body === null || typeof body !== 'object') return false;
  const value = getPath(body, success.field);
  return value !== undefined && value !== success.equals;
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** The vendor's human-readable message: the catalogue's field, then the usual suspects. */
export function readMessage(catalogue: ErrorCatalogue | null, body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() ? body.trim().slice(0, 500) : undefined;
  if (body === null || typeof body !== 'object') return undefined;
  if (catalogue?.message) {
    const own = stringOf(getPath(body, catalogue.message));
    if (own) return own;
  }
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'detail', 'error_text', 'error_description', 'title', 'error']) {
    const found = stringOf(record[key]);
    if (found && !(key === 'error' && catalogue?.field === 'error')) return found;
  }
  return undefined;
}

const fieldKeys = ['field', 'name', 'param', 'path', 'attribute', 'property'];
const messageKeys = ['message', 'msg', 'detail', 'description', 'error'];

function fromEntry(entry: unknown): FieldError | undefined {
  if (typeof entry === 'string') return { field: '', message: entry };
  if (Array.isArray(entry)) {
    // Xurrent: ["subject", "Subject can't be blank"].
    const [field, message] = entry;
    if (typeof field === 'string' && message !== undefined) return { field, message: String(message) };
    return undefined;
  }
  if (entry !== null && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    const field = fieldKeys.map((key) => record[key]).find((value) => typeof value === 'string' || Array.isArray(value));
    const message = messageKeys.map((key) => stringOf(record[key])).find(Boolean);
    if (message === undefined) return undefined;
    return { field: Array.isArray(field) ? field.join('.') : typeof field === 'string' ? field : '', message };
  }
  return undefined;
}

/**
 * Field errors in one shape, from each vendor's own:
 * Xtremepush `errors: {field: [msg]}`, Xurrent `errors: [[field, msg]]`, lists of
 * `{field, message}` objects or plain strings, and Prism's `validation: [{location, message}]`.
 */
export function readFieldErrors(body: unknown): FieldError[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const record = body as Record<string, unknown>;
  const out: FieldError[] = [];
  const errors = record['errors'];
  if (Array.isArray(errors)) {
    for (const entry of errors) {
      const found = fromEntry(entry);
      if (found) out.push(found);
    }
  } else if (errors !== null && typeof errors === 'object') {
    for (const [field, messages] of Object.entries(errors)) {
      for (const message of Array.isArray(messages) ? messages : [messages]) {
        const text = stringOf(message) ?? (message !== null && typeof message === 'object' ? fromEntry(message)?.message : undefined);
        if (text !== undefined) out.push({ field, message: text });
      }
    }
  }
  const validation = record['validation'];
  if (Array.isArray(validation)) {
    for (const entry of validation) {
      if (entry === null || typeof entry !== 'object') continue;
      const { location, message } = entry as { location?: unknown; message?: unknown };
      if (typeof message !== 'string') continue;
      // Prism: location ["body", "subject"] or ["query", "per_page"]; the first segment is the part.
      const field = Array.isArray(location) ? location.slice(1).join('.') : '';
      out.push({ field, message });
    }
  }
  return out;
}

/** `status: 7 is not a valid option` → field `status` (JourneyApps INVALID_VALUE detail). */
function fieldFromMessage(message: string | undefined): FieldError | undefined {
  const match = message === undefined ? null : /^([A-Za-z_][\w.[\]-]*):\s+(.+)$/s.exec(message);
  return match?.[1] && match[2] ? { field: match[1], message: match[2] } : undefined;
}

/** Code, message, field errors, class and retryability of one failed response. */
export function normaliseFailure(config: ErrorConfig, status: number, body: unknown, inside2xx: boolean): NormalisedFailure {
  const { catalogue, codes } = config;
  let raw: unknown;
  if (catalogue?.in === 'body' && catalogue.field) raw = getPath(body, catalogue.field);
  else if (!inside2xx) raw = status;
  else if (config.bodyStatusField) raw = getPath(body, config.bodyStatusField);

  const known = (typeof raw === 'string' || typeof raw === 'number') && Object.hasOwn(codes, raw);
  const code = known ? (raw as string | number) : undefined;
  const info = code === undefined ? undefined : codes[code];

  // The status that decides the class: the HTTP one, unless the failure came inside a 2xx.
  let effective = status;
  if (inside2xx) {
    if (info && info.status >= 400) effective = info.status;
    else if (typeof raw === 'number' && raw >= 400 && raw <= 599) effective = raw;
  }
  const kind = (code !== undefined ? config.kinds?.[code] : undefined) ?? kindForStatus(effective);

  const vendorMessage = readMessage(catalogue, body) ?? info?.description;
  const fieldErrors = readFieldErrors(body);
  if (!fieldErrors.length && kind === 'validation') {
    const guessed = fieldFromMessage(vendorMessage);
    if (guessed) fieldErrors.push(guessed);
  }
  // Inside a 2xx only the catalogue can say a code is worth repeating: a status-like number
  // there (Altcraft 413, "database not available in the selected resource") is not an HTTP status.
  const retryable = info ? info.retryable : !inside2xx && isRetryableStatus(effective);
  const rawCode = typeof raw === 'string' || typeof raw === 'number' ? raw : undefined;
  return { code, rawCode, codeName: info?.name, vendorMessage, fieldErrors, kind, retryable };
}
