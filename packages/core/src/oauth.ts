import type { TokenProvider } from './auth.js';
import type { TokenLease } from './token-lease.js';
import { systemClock } from './clock.js';
import { ConfigurationError, SpecsmithError } from './errors/base.js';
import type { Clock } from './types.js';
import { withSignal } from './internal/with-signal.js';

/** The OAuth 2.0 grants a client can use to get its access token. */
export type OAuthGrant =
  | {
      readonly type: 'client_credentials';
      readonly clientId: string;
      readonly clientSecret: string;
      readonly scope?: string;
    }
  | {
      /** RFC 7523 `urn:ietf:params:oauth:grant-type:jwt-bearer`. */
      readonly type: 'jwt_bearer';
      /**
       * A signed JWT, or a function returning a fresh one (`jwtAssertionFactory` signs with a
       * key; kept out of this module so clients without the JWT grant do not ship the signer).
       */
      readonly assertion: string | ((nowMs: number) => string | Promise<string>);
      readonly scope?: string;
    };

/** Sends the grant's form fields to the token endpoint and resolves to its JSON body. */
export type TokenSender = (form: Readonly<Record<string, string>>, signal?: AbortSignal) => Promise<unknown>;

export interface OAuthOptions {
  readonly grant: OAuthGrant;
  readonly send: TokenSender;
  /**
   * Refresh the token this long before it expires, so no request goes out with a token about
   * to lapse.
   * @default 60000
   */
  readonly refreshBeforeMs?: number;
  /**
   * Lifetime assumed when the token response has no `expires_in`.
   * @default 3600000
   */
  readonly defaultLifetimeMs?: number;
  readonly clock?: Clock;
  /** Told about every secret the grant produces (signed assertions) and every token received. */
  readonly onSecret?: (secret: string) => void;
}

/** The secrets of a grant known up front, for redaction. */
export function grantSecrets(grant: OAuthGrant): string[] {
  if (grant.type === 'client_credentials') return [grant.clientSecret];
  return typeof grant.assertion === 'string' ? [grant.assertion] : [];
}

/**
 * Fetches an access token with the grant, caches it, refreshes it `refreshBeforeMs` before it
 * expires, and makes concurrent callers share one refresh.
 */
export class OAuthTokenCache implements TokenProvider {
  private current: TokenLease | undefined;
  private pending: Promise<string> | undefined;
  private readonly clock: Clock;
  private readonly assertion: ((nowMs: number) => Promise<string>) | undefined;

  constructor(private readonly options: OAuthOptions) {
    this.clock = options.clock ?? systemClock;
    const { grant } = options;
    if (grant.type === 'client_credentials') {
      if (!grant.clientId || !grant.clientSecret) throw new ConfigurationError('OAuth client credentials need both clientId and clientSecret.');
    } else if (typeof grant.assertion === 'function') {
      const make = grant.assertion;
      this.assertion = async (nowMs) => make(nowMs);
    }
  }

  get(signal?: AbortSignal): Promise<string> {
    const current = this.current;
    if (current && this.clock.now() < current.refreshAt) return Promise.resolve(current.token);
    this.pending ??= this.lease()
      .then(({ token }) => token)
      .finally(() => {
        this.pending = undefined;
      });
    // Raced against `signal`, so one caller giving up does not cancel a refresh others share.
    return withSignal(this.pending, signal);
  }

  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private async form(): Promise<Record<string, string>> {
    const { grant } = this.options;
    const scope = grant.scope ? { scope: grant.scope } : {};
    if (grant.type === 'client_credentials') {
      return { grant_type: 'client_credentials', client_id: grant.clientId, client_secret: grant.clientSecret, ...scope };
    }
    const assertion = typeof grant.assertion === 'string' ? grant.assertion : await this.assertion?.(this.clock.now());
    if (!assertion) throw new ConfigurationError('The JWT bearer grant produced no assertion.');
    this.options.onSecret?.(assertion);
    return { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion, ...scope };
  }

  /** A token fetched now, whatever is cached (a fleet store calls this under its lock); it becomes the cached one. */
  async lease(): Promise<TokenLease> {
    const started = this.clock.now();
    const body = await this.options.send(await this.form());
    const record = (body ?? {}) as { access_token?: unknown; expires_in?: unknown };
    if (typeof record.access_token !== 'string' || !record.access_token) {
      throw new SpecsmithError('The OAuth token endpoint answered without an access_token.');
    }
    const token = record.access_token;
    this.options.onSecret?.(token);
    const lifetime = typeof record.expires_in === 'number' && record.expires_in > 0 ? record.expires_in * 1000 : (this.options.defaultLifetimeMs ?? 3_600_000);
    // Never refresh sooner than halfway through a short-lived token.
    const margin = Math.min(this.options.refreshBeforeMs ?? 60_000, lifetime / 2);
    this.current = { token, refreshAt: started + lifetime - margin };
    return this.current;
  }
}
