/** What replaces a secret. */
export const REDACTED = '[REDACTED]';

/** Headers whose values are credentials (compared lower-case). */
export const sensitiveHeaders: readonly string[] = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'x-auth-token', 'x-access-token', 'x-amz-security-token'];

/** Body fields whose values are credentials (compared lower-case), e.g. Xtremepush `apptoken`, Altcraft `token`. */
const sensitiveFields: readonly string[] = ['apptoken', 'token', 'access_token', 'refresh_token', 'id_token', 'client_secret', 'assertion', 'password', 'api_key', 'apikey', 'secret'];

/** Secrets shorter than this are only redacted by header or field name, never by value. */
const minSecretLength = 4;
const maxTextLength = 16_384;
const maxDepth = 32;

export interface RedactOptions {
  /** Values to scrub wherever they appear (tokens, passwords, client secrets). */
  readonly secrets?: readonly string[];
  /** Extra sensitive header names. */
  readonly headers?: readonly string[];
  /** Extra sensitive body field names. */
  readonly fields?: readonly string[];
}

/** Scrubs credentials from headers, bodies and free text before they reach an error, a log or a journal. */
export interface Redactor {
  text(value: string): string;
  headers(headers: Headers | Readonly<Record<string, string>> | undefined): Record<string, string>;
  /** Deep copy of a JSON-like value with sensitive fields and secret strings replaced. */
  value(value: unknown): unknown;
  /** A serialized request or response body, as something safe to print. */
  body(body: unknown, contentType?: string | null): unknown;
  /** Registers a secret learnt at run time (an OAuth access token, a signed assertion). */
  addSecret(secret: string): void;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spellings a secret takes in transit: raw, URL-encoded, form-encoded, JSON-escaped. */
function spellings(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
  return [...forms];
}

export function createRedactor(options: RedactOptions = {}): Redactor {
  const headerNames = new Set([...sensitiveHeaders, ...(options.headers ?? [])].map((name) => name.toLowerCase()));
  const fieldNames = new Set([...sensitiveFields, ...(options.fields ?? [])].map((name) => name.toLowerCase()));
  const secrets = new Set<string>();
  let secretPattern: RegExp | undefined;

  const fieldAlternatives = [...fieldNames].map(escapeRegExp).join('|');
  // `"apptoken": "…"` (JSON) or `token=…` (form) inside text that is not parsed: an HTML error page,
  // a truncated body. Prose such as "access token: expired" is left alone.
  const jsonFieldPattern = new RegExp(`("(?:${fieldAlternatives})"\\s*:\\s*")([^"]*)`, 'gi');
  const formFieldPattern = new RegExp(`(^|[^A-Za-z0-9_])((?:${fieldAlternatives})=)([^&\\s"',;<]+)`, 'gi');
  // A credential after an auth scheme in free text ("Bearer eyJ…"). It must look like one (8+ characters
  // with a digit or symbol), so prose such as "Basic information" survives; known secrets are caught by value.
  const schemePattern = /\b(Bearer|Basic)\s+(?=[A-Za-z0-9\-._~+/:=]{8,})(?=[A-Za-z]*[0-9\-._~+/:=])[A-Za-z0-9\-._~+/:=]+/g;

  function rebuild() {
    const all = [...secrets].flatMap(spellings).filter((form) => form.length >= minSecretLength);
    all.sort((a, b) => b.length - a.length);
    secretPattern = all.length ? new RegExp(all.map(escapeRegExp).join('|'), 'g') : undefined;
  }

  function addSecret(secret: string) {
    if (!secret || secret.length < minSecretLength || secrets.has(secret)) return;
    secrets.add(secret);
    rebuild();
  }
  for (const secret of options.secrets ?? []) addSecret(secret);

  function text(value: string): string {
    let out = secretPattern ? value.replace(secretPattern, REDACTED) : value;
    out = out.replace(schemePattern, (_match, scheme: string) => `${scheme} ${REDACTED}`);
    out = out.replace(jsonFieldPattern, (_match, key: string) => `${key}${REDACTED}`);
    out = out.replace(formFieldPattern, (_match, before: string, key: string) => `${before}${key}${REDACTED}`);
    return out.length > maxTextLength ? `${out.slice(0, maxTextLength)}…[truncated ${out.length - maxTextLength} chars]` : out;
  }

  function isSensitiveField(name: string): boolean {
    // Form keys nest with brackets: `client[password]` is sensitive because of `password`.
    const last = /\[([^\]]*)\]$/.exec(name)?.[1] ?? name;
    return fieldNames.has(last.toLowerCase());
  }

  function value(input: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof input === 'string') return text(input);
    if (input === null || typeof input !== 'object') return input;
    if (depth > maxDepth || seen.has(input)) return '[…]';
    seen.add(input);
    if (Array.isArray(input)) return input.map((item) => value(item, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input)) {
      out[key] = isSensitiveField(key) && item !== null && item !== undefined && item !== '' ? REDACTED : value(item, depth + 1, seen);
    }
    return out;
  }

  function headers(input: Headers | Readonly<Record<string, string>> | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (!input) return out;
    const entries = input instanceof Headers ? input.entries() : Object.entries(input);
    for (const [rawName, rawValue] of entries) {
      const name = rawName.toLowerCase();
      if (headerNames.has(name)) {
        // Keep the scheme: "Bearer [REDACTED]" still tells which auth was used.
        const scheme = /^(Bearer|Basic|Token|Digest)\s/i.exec(rawValue)?.[1];
        out[name] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
      } else {
        out[name] = text(rawValue);
      }
    }
    return out;
  }

  function form(encoded: string): string {
    return encoded
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return text(pair);
        const key = pair.slice(0, eq);
        let name = key;
        try {
          name = decodeURIComponent(key.replace(/\+/g, ' '));
        } catch {
          // Keep the raw key.
        }
        return isSensitiveField(name) ? `${key}=${REDACTED}` : `${key}=${pair.slice(eq + 1)}`;
      })
      .map(text)
      .join('&');
  }

  function body(input: unknown, contentType?: string | null): unknown {
    if (input === undefined || input === null) return undefined;
    if (typeof input === 'string') {
      const type = contentType?.toLowerCase() ?? '';
      if (type.includes('x-www-form-urlencoded')) return form(input);
      if (type.includes('json') || /^\s*[[{]/.test(input)) {
        try {
          return value(JSON.parse(input));
        } catch {
          return text(input);
        }
      }
      return text(input);
    }
    if (input instanceof URLSearchParams) return form(input.toString());
    if (typeof FormData !== 'undefined' && input instanceof FormData) {
      return `[FormData: ${[...new Set([...input.keys()])].map((key) => (isSensitiveField(key) ? `${key}=${REDACTED}` : key)).join(', ')}]`;
    }
    if (typeof Blob !== 'undefined' && input instanceof Blob) return `[binary ${input.size} bytes]`;
    if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return `[binary ${input.byteLength} bytes]`;
    if (typeof ReadableStream !== 'undefined' && input instanceof ReadableStream) return '[stream]';
    return value(input);
  }

  return { text, headers, value, body, addSecret };
}
