/**
 * The one expansion every parameter style is made of: a value (scalar, array or object) laid out
 * by a style's prefix, separators and naming, as OpenAPI 3.1.1's "Style Examples" table shows
 * (RFC 6570 for matrix, label, simple and form; OpenAPI's own rules for the other query styles).
 * Written here rather than borrowed because core depends on no third-party package at run time
 * (openapi-fetch, whose serializers core used, is frozen), and because openapi-fetch differs from
 * the table in places (label with explode false, an empty matrix value, unencoded names).
 */
import type { ParameterLocation, ParameterStyleName } from '../contract/index.js';
import { ConfigurationError, InvalidRequestError } from '../errors/base.js';

/** How one style lays a value out. */
export interface Layout {
  readonly style: ParameterStyleName;
  /** Before everything: `;` (matrix), `.` (label) or nothing. */
  readonly prefix: string;
  /** `name=` precedes the value (matrix, form and the other query styles). */
  readonly named: boolean;
  /** An empty value is `;name` rather than `name=` (matrix, after RFC 6570). */
  readonly bareEmpty: boolean;
  /** Between the items of an array, or the keys and values of an object, when not exploded. */
  readonly join: string;
  /** Between the items or `key=value` pairs when exploded. */
  readonly explodeJoin: string;
  /** deepObject: `name[key]=value` pairs, whatever `explode` says. */
  readonly deep: boolean;
}

const form: Layout = { style: 'form', prefix: '', named: true, bareEmpty: false, join: ',', explodeJoin: '&', deep: false };

/**
 * Each style's layout in a URL. The delimiters of spaceDelimited, pipeDelimited and deepObject
 * are percent-encoded (`%20`, `%7C`, `%5B`/`%5D`): OpenAPI 3.1.1 (Appendix E) says they MUST be
 * to comply with RFC 3986, and its table shows them so.
 */
export const layouts: Readonly<Record<ParameterStyleName, Layout>> = {
  matrix: { style: 'matrix', prefix: ';', named: true, bareEmpty: true, join: ',', explodeJoin: ';', deep: false },
  label: { style: 'label', prefix: '.', named: false, bareEmpty: false, join: ',', explodeJoin: '.', deep: false },
  simple: { style: 'simple', prefix: '', named: false, bareEmpty: false, join: ',', explodeJoin: ',', deep: false },
  form,
  spaceDelimited: { ...form, style: 'spaceDelimited', join: '%20' },
  pipeDelimited: { ...form, style: 'pipeDelimited', join: '%7C' },
  deepObject: { ...form, style: 'deepObject', deep: true },
};

/** Form style in a Cookie header: pairs are delimited by `; ` (RFC 6265), not `&`. */
export const cookieLayout: Layout = { ...form, explodeJoin: '; ' };

export type Encode = (text: string) => string;

/** Whether encodeURIComponent would return `text` unchanged (letters, digits, `-_.!~*'()`). */
function isUnreserved(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) continue;
    // - . _ ~ ! ' ( ) *
    if (code === 0x2d || code === 0x2e || code === 0x5f || code === 0x7e || code === 0x21 || (code >= 0x27 && code <= 0x2a)) continue;
    return false;
  }
  return true;
}

/** encodeURIComponent, without building a new string for text it would not change (most names and values). */
export const encodeText: Encode = (text) => (isUnreserved(text) ? text : encodeURIComponent(text));

/** Header values are sent as they are (OpenAPI 3.1.1, Appendix D); header-safety refuses CR and LF. */
export const keepText: Encode = (text) => text;

// What encodeURIComponent escapes but allowReserved keeps: RFC 3986's reserved set except `[`,
// `]` and `#`, which a query may not hold (a `#` would end it), and `%` when it starts an escape.
const reservedEscape = /%(?:3A|2F|3F|40|24|26|2B|2C|3B|3D)|%25(?=[0-9A-Fa-f]{2})/g;

/** `allowReserved: true`: reserved characters and existing percent-escapes pass unchanged. */
export const encodeReserved: Encode = (text) => encodeURIComponent(text).replace(reservedEscape, (sequence) => decodeURIComponent(sequence));

/** Who a value belongs to, for the message when it cannot be serialized. */
export interface Owner {
  readonly location: ParameterLocation;
  readonly name: string;
  /** The operation, as messages name it (`Acme getThing`), when known. */
  readonly label?: string | undefined;
}

/**
 * A value's text when it is a scalar. A Date is its ISO 8601 text, as in a JSON body; openapi-fetch
 * sends nothing for a Date (it walks its keys and finds none), which silently drops a filter.
 */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'object':
      return value instanceof Date ? value.toISOString() : undefined;
    default:
      return String(value);
  }
}

function nested(owner: Owner, layout: Layout, where: string): never {
  const message =
    `${owner.label ? `${owner.label}: ` : ''}${owner.location} parameter ${JSON.stringify(owner.name)} has a nested object or array ${where}, ` +
    `which the ${layout.style} style does not define; send scalar values only, or serialize it yourself (JSON.stringify) into a string.`;
  if (owner.location === 'path' || owner.location === 'header') throw new InvalidRequestError(message, owner.location, owner.name);
  throw new ConfigurationError(message);
}

function pair(name: string, text: string, layout: Layout): string {
  if (text !== '') return `${name}=${text}`;
  return layout.bareEmpty ? name : `${name}=`;
}

/**
 * `value` (not undefined or null) laid out by `layout`; `name` is already encoded. Undefined when
 * nothing is to be sent: an array or object with no items (RFC 6570 calls them undefined, and
 * openapi-fetch leaves out an empty array). Null and undefined items and properties are left out
 * too (openapi-fetch writes "null" or a stray separator for them). A nested object or array throws:
 * the styles do not define one, and openapi-fetch throws as well.
 */
export function expand(value: unknown, name: string, layout: Layout, explode: boolean, encode: Encode, owner: Owner): string | undefined {
  const text = scalarText(value);
  if (text !== undefined) return layout.prefix + (layout.named ? pair(name, encode(text), layout) : encode(text));
  // deepObject is defined for objects only; an array goes as form with explode (as openapi-fetch's default for arrays).
  const spread = explode || layout.deep;
  let out = '';
  let count = 0;
  if (Array.isArray(value)) {
    const separator = spread ? layout.explodeJoin : layout.join;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === undefined || item === null) continue;
      const itemText = scalarText(item);
      if (itemText === undefined) nested(owner, layout, `at item ${index}`);
      const encoded = encode(itemText);
      out += (count++ === 0 ? '' : separator) + (spread && layout.named ? pair(name, encoded, layout) : encoded);
    }
    if (count === 0) return undefined;
    return layout.prefix + (!spread && layout.named ? `${name}=${out}` : out);
  }
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const property = record[key];
    if (property === undefined || property === null) continue;
    const propertyText = scalarText(property);
    if (propertyText === undefined) nested(owner, layout, `at ${JSON.stringify(key)}`);
    const encodedKey = encode(key);
    const encoded = encode(propertyText);
    if (layout.deep) out += `${count++ === 0 ? '' : '&'}${name}%5B${encodedKey}%5D=${encoded}`;
    else if (explode) out += (count++ === 0 ? '' : layout.explodeJoin) + pair(encodedKey, encoded, layout.named ? layout : form);
    else out += `${count++ === 0 ? '' : layout.join}${encodedKey}${layout.join}${encoded}`;
  }
  if (count === 0) return undefined;
  return layout.prefix + (!spread && layout.named ? `${name}=${out}` : out);
}
