/**
 * `multipart/form-data` bodies from a plain object, by OpenAPI 3.1's defaults for each property
 * (section "Special Considerations for multipart Content"). Hand-written so core has no
 * third-party runtime dependency; openapi-fetch sends only a FormData the caller built.
 */
import { scalarText } from './expand.js';

function appendPart(form: FormData, name: string, value: unknown, inArray: boolean): void {
  if (value === undefined) return;
  // An empty field, as an HTML form sends an empty input (the form encoder's `key=` for null).
  if (value === null) {
    form.append(name, '');
    return;
  }
  // A File keeps its name; FormData names a bare Blob "blob".
  if (value instanceof Blob) {
    form.append(name, value);
    return;
  }
  if (Array.isArray(value) && !inArray) {
    for (const item of value) appendPart(form, name, item, true);
    return;
  }
  const text = scalarText(value);
  if (text !== undefined) {
    form.append(name, text);
    return;
  }
  // A complex value's default Content-Type is application/json. FormData cannot give a part a
  // Content-Type without a filename, so the part also carries FormData's "blob".
  form.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }));
}

/**
 * One part per property: a string, number or boolean (or a Date, as ISO 8601) is a text part;
 * a Blob or File is a file part; an array is one part per item, all under the property's name
 * (so an array of files is several file parts); any other object is a JSON part.
 */
export function toFormData(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  for (const name in body) if (Object.hasOwn(body, name)) appendPart(form, name, body[name], false);
  return form;
}
