const formType = 'application/x-www-form-urlencoded';

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
    value.forEach((item, index) => appendForm(pairs, scalars ? `${key}[]` : `${key}[${index}]`, item));
    return;
  }
  if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) appendForm(pairs, key ? `${key}[${encodeURIComponent(name)}]` : encodeURIComponent(name), item);
    return;
  }
  pairs.push(`${key}=${encodeURIComponent(String(value))}`);
}

/**
 * Encodes a JSON-like value as `application/x-www-form-urlencoded` with bracket nesting:
 * `{task: {name: "My Task", tags: ["a"]}}` → `task[name]=My%20Task&task[tags][]=a`. Brackets stay
 * literal, as the JourneyApps docs print them. (openapi-fetch's default flattens nested objects
 * to `[object Object]`.)
 */
export function encodeForm(value: unknown): string {
  if (value instanceof URLSearchParams) return value.toString();
  const pairs: string[] = [];
  appendForm(pairs, '', value);
  return pairs.join('&');
}

function contentTypeOf(headers: Headers | Record<string, unknown> | undefined): string {
  if (!headers) return '';
  const value = headers instanceof Headers ? headers.get('content-type') : (headers['Content-Type'] ?? headers['content-type']);
  return typeof value === 'string' ? value.toLowerCase() : '';
}

/**
 * The body serializer every Specsmith client uses: FormData, Blob, binary and streams pass
 * through; a form Content-Type gets bracket-nested form encoding; anything else becomes JSON.
 */
export function serializeBody(body: unknown, headers?: Headers | Record<string, unknown>): unknown {
  const type = contentTypeOf(headers);
  // A string is sent as is under a non-JSON Content-Type (XML, text); under JSON it is a JSON string.
  if (typeof body === 'string' && type && !type.includes('json')) return body;
  if (
    body instanceof URLSearchParams ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  ) {
    return body instanceof URLSearchParams ? body.toString() : body;
  }
  if (type.startsWith(formType)) return encodeForm(body);
  return JSON.stringify(body);
}

/** Whether a serialized body can be sent a second time. A stream is consumed by the first send. */
export function isReplayable(body: unknown): boolean {
  return !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream);
}
