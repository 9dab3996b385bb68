import type { ApiError, ApiErrorDetails } from './errors/api-error.js';
import type { TokenLease } from './token-lease.js';
import type { Outgoing } from './internal/outgoing.js';

/** A source of short-lived bearer tokens (OAuth), cached and refreshed by its implementation. */
export interface TokenProvider {
  /** A token valid for at least the next request; fetches or refreshes it when needed. */
  get(signal?: AbortSignal): Promise<string>;
  /** Forgets `token` after the server refused it, so the next `get` fetches a new one. */
  invalidate(token: string): void;
  /** A token fetched now, whatever is cached, with its refresh time; a fleet store shares it (`OAuthTokenCache` has it). */
  lease?(): Promise<TokenLease>;
}

/** What putting a fetched token on one attempt needs of the call it belongs to. */
export interface TokenAttempt {
  /** Ends the wait for a token when the call is aborted or its deadline passes. */
  readonly signal: AbortSignal;
  /** The attempt the token goes on. */
  readonly request: Outgoing;
  /** `Vendor operationId`, for messages. */
  readonly label: string;
  /** Tells the call's redactor about the token. */
  addSecret(secret: string): void;
  /** The call's own error when it was aborted or ran out of time while waiting; else undefined. */
  interrupted(error: unknown): ApiError | undefined;
  /** The facts every error of this call carries, with `message` redacted. */
  details(message: string): Pick<ApiErrorDetails<never>, 'message' | 'operationId' | 'method' | 'url' | 'attempts'>;
}

/**
 * How a client authenticates. Static parts are applied once per client; only `tokens` does
 * work per request. `secrets` lists every credential value so the redactor can scrub it.
 */
export interface Auth {
  /** Headers sent with every request (`Authorization`, `X-Xurrent-Account`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The value of the body token (`apptoken`, `token`) for operations that carry one. */
  readonly bodyToken?: string;
  /** A bearer token fetched at run time, sent as `Authorization: Bearer <token>`; from `tokenAuth`, which also sets `applyToken`. */
  readonly tokens?: TokenProvider;
  /** Puts a token of `tokens` on one attempt (set by `tokenAuth`; kept out of the call so clients without tokens do not bundle it). */
  readonly applyToken?: (tokens: TokenProvider, attempt: TokenAttempt) => Promise<string>;
  readonly secrets: readonly string[];
}

/** Base64 of UTF-8 text, in Node and browsers alike. */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface BearerOptions {
  /**
   * Text the credential starts with on the wire (the spec's `x-token-prefix`, JourneyApps `O:`),
   * added unless the token already carries it.
   * @default none
   */
  readonly prefix?: string | undefined;
}

/**
 * `Authorization: Bearer <prefix><token>`. The token with and without its prefix are both
 * secrets: a server may echo either.
 */
export function bearerAuth(token: string, options: BearerOptions = {}): Auth {
  const prefix = options.prefix ?? '';
  const bare = prefix && token.startsWith(prefix) ? token.slice(prefix.length) : token;
  const sent = `${prefix}${bare}`;
  return { headers: { Authorization: `Bearer ${sent}` }, secrets: [...new Set([sent, bare])] };
}

/**
 * `Authorization: Basic base64(username:password)`. The password, the `username:password` pair
 * and its base64 (padded or not) are secrets: a server may echo any of them.
 */
export function basicAuth(username: string, password: string): Auth {
  const pair = `${username}:${password}`;
  const encoded = base64(pair);
  return { headers: { Authorization: `Basic ${encoded}` }, secrets: [...new Set([password, pair, encoded, encoded.replace(/=+$/, '')])] };
}

/** A credential in a named header (an API key). */
export function headerAuth(name: string, value: string, options: { readonly secret?: boolean } = {}): Auth {
  return { headers: { [name]: value }, secrets: options.secret === false ? [] : [value] };
}

/** A secret carried in the JSON body of the operations whose `bodyToken` names a field. */
export function bodyTokenAuth(token: string): Auth {
  return { bodyToken: token, secrets: [token] };
}

/** Merges auth parts; later headers win. */
export function combineAuth(...parts: readonly Auth[]): Auth {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  let bodyToken: string | undefined;
  let tokens: Auth | undefined;
  for (const part of parts) {
    Object.assign(headers, part.headers);
    secrets.push(...part.secrets);
    bodyToken = part.bodyToken ?? bodyToken;
    if (part.tokens) tokens = part;
  }
  return {
    headers,
    secrets,
    ...(bodyToken === undefined ? {} : { bodyToken }),
    ...(tokens ? { tokens: tokens.tokens, ...(tokens.applyToken ? { applyToken: tokens.applyToken } : {}) } : {}),
  };
}
