// Turns whatever names a spec uses (operationIds like "repos/get-content", tags like
// "code-scanning", odd enum names) into stable, valid TypeScript identifiers.

/** Property names that would change an object's behaviour when used as keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);

/** Splits "listOpenRequests", "repos/get-content", "HTTPError_2" into lower-case words. */
export function splitWords(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function camelCase(words: readonly string[]): string {
  return words.map((word, index) => (index === 0 ? word : capitalize(word))).join('');
}

/**
 * A camelCase name usable as an unquoted property name (`client.profiles.import`): reserved
 * words are fine there, keys that would reach Object.prototype are not. `fallback` when
 * nothing is left.
 */
export function toIdentifier(input: string, fallback: string): string {
  let name = camelCase(splitWords(input));
  if (name.length === 0) name = fallback;
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (UNSAFE_KEYS.has(name)) name = `${name}_`;
  return name;
}

/**
 * The singular forms a plural tag word may take in an operationId: "requests" → request,
 * "people" → person, "categories" → category, "addresses" → address, "expenses" → expense.
 * English is irregular, so this returns candidates rather than one answer.
 */
export function singulars(word: string): string[] {
  if (word === 'people') return ['person'];
  const candidates: string[] = [];
  if (word.endsWith('ies') && word.length > 4) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) candidates.push(word.slice(0, -1));
  if (/(ses|xes|ches|shes)$/.test(word)) candidates.push(word.slice(0, -2));
  return candidates;
}

/**
 * The method name of an operation inside its tag's resource: the operationId without the
 * words of the tag ("listRequestNotes" under "requests" → "listNotes"; "repos/get-content"
 * under "repos" → "getContent"). Falls back to the whole operationId when removing the tag
 * would leave nothing.
 */
export function methodNameWithinTag(operationId: string, tag: string): string {
  const words = splitWords(operationId);
  const tagWords = splitWords(tag);
  if (tagWords.length === 0) return toIdentifier(operationId, 'call');
  const variants = [tagWords, ...singulars(tagWords.at(-1) ?? '').map((last) => [...tagWords.slice(0, -1), last])];
  for (const variant of variants) {
    for (let start = 0; start + variant.length <= words.length; start += 1) {
      const matches = variant.every((word, offset) => words[start + offset] === word);
      if (!matches) continue;
      const rest = [...words.slice(0, start), ...words.slice(start + variant.length)];
      if (rest.length > 0) return toIdentifier(camelCase(rest), 'call');
    }
  }
  return toIdentifier(operationId, 'call');
}
