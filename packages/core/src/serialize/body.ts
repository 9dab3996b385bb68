/**
 * A request body as fetch sends it, chosen by the request's Content-Type: JSON by default, form
 * encoding with bracket nesting, multipart from a plain object, binary and prepared bodies as
 * they are. Hand-written so core has no third-party runtime dependency.
 */
import { ConfigurationError } from '../errors/base.js';
import { encodeForm } from './form.js';
import { toFormData } from './multipart.js';

export interface EncodedBody {
  readonly body: BodyInit | null | undefined;
  /**
   * The Content-Type to send: the one given, `application/json` for the JSON default, or
   * undefined when fetch writes it itself (a FormData, with the boundary it chose; a Blob's own
   * type) or there is no body.
   */
  readonly contentType: string | undefined;
}

const hasBlob = typeof Blob !== 'undefined';
const hasFormData = typeof FormData !== 'undefined';
const hasStream = typeof ReadableStream !== 'undefined';

/** Bodies fetch takes as they are: binary, streams and prepared forms. */
function isPrepared(body: unknown): body is BodyInit {
  return body instanceof URLSearchParams || (hasBlob && body instanceof Blob) || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || (hasStream && body instanceof ReadableStream);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** `Application/JSON; charset=utf-8` → `application/json`. */
function essenceOf(contentType: string): string {
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
}

/**
 * `body` encoded for `contentType` (the request's Content-Type, if any):
 * - undefined: no body;
 * - FormData: as it is, and no Content-Type, so fetch writes the boundary;
 * - Blob, ArrayBuffer, a typed array or DataView, ReadableStream, URLSearchParams: as they are;
 * - a string under a Content-Type that is not JSON (XML, text, a hand-built multipart): as it is;
 * - `application/x-www-form-urlencoded`: bracket-nested form encoding (see encodeForm);
 * - `multipart/form-data` and a plain object: a FormData (see toFormData), no Content-Type;
 * - anything else: JSON (a string under JSON, or without a Content-Type, is a JSON string).
 */
export function encodeBody(body: unknown, contentType: string | undefined): EncodedBody {
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (hasFormData && body instanceof FormData) return { body, contentType: undefined };
  if (isPrepared(body)) return { body, contentType };
  const essence = contentType === undefined ? '' : essenceOf(contentType);
  const json = essence === '' || essence.endsWith('/json') || essence.endsWith('+json');
  if (typeof body === 'string' && !json) return { body, contentType };
  if (essence === 'application/x-www-form-urlencoded') return { body: encodeForm(body), contentType };
  if (essence === 'multipart/form-data') {
    if (isPlainObject(body)) return { body: toFormData(body), contentType: undefined };
    throw new ConfigurationError(
      `A multipart/form-data body must be a plain object (one part per property), a FormData or a string; got ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}.`,
    );
  }
  return { body: JSON.stringify(body), contentType: contentType ?? 'application/json' };
}

/** Whether an encoded body can be sent a second time (a retry, a redirect). A stream is read once. */
export function isReplayable(body: unknown): boolean {
  return !(hasStream && body instanceof ReadableStream);
}
