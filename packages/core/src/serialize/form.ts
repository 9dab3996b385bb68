/**
 * `application/x-www-form-urlencoded` bodies with bracket nesting, as JourneyApps documents them
 * (`client[address]=123%20South`). Hand-written because URLSearchParams (and openapi-fetch's
 * default, which uses it) flattens a nested object to `[object Object]`.
 */

function appendForm(pairs: string[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null) {
    // An empty value clears a field (JourneyApps PATCH semantics for null).
    pairs.push(`${key}=`);
    return;
  }
  if (value instanceof Date) {
    pairs.push(`${key}=${encodeURIComponent(value.toISOString())}`);
    return;
  }
  if (Array.isArray(value)) {
    const scalars = value.every((item) => item === null || typeof item !== 'object');
    for (const [index, item] of value.entries()) appendForm(pairs, scalars ? `${key}[]` : `${key}[${index}]`, item);
    return;
  }
  if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) appendForm(pairs, key ? `${key}[${encodeURIComponent(name)}]` : encodeURIComponent(name), item);
    return;
  }
  pairs.push(`${key}=${encodeURIComponent(String(value))}`);
}

/**
 * Encodes a JSON-like value with bracket nesting: `{task: {name: "My Task", tags: ["a"]}}` →
 * `task[name]=My%20Task&task[tags][]=a`. Brackets stay literal, as the JourneyApps docs print
 * them; an array of scalars is `key[]=…`, an array of objects `key[0][name]=…`; null is `key=`
 * (it clears the field); undefined is left out.
 */
export function encodeForm(value: unknown): string {
  if (value instanceof URLSearchParams) return value.toString();
  const pairs: string[] = [];
  appendForm(pairs, '', value);
  return pairs.join('&');
}
