import type { Auth } from '../auth.js';
import type { CallerOptions, FetchFunction } from '../caller-options.js';
import { defaultMaxResponseBytes } from '../caller-options.js';
import { systemClock } from '../clock.js';
import { ConfigurationError } from '../errors/base.js';
import type { FleetMember, FleetStore, SharedBudget } from '../fleet-store.js';
import { assertValidHeaders } from './header-safety.js';
import type { JournalSink } from '../journal.js';
import { createLog } from '../logger.js';
import type { Log } from '../logger.js';
import type { ErrorConfig } from '../normalise-error.js';
import { mergeHeaders } from './outgoing.js';
import { defaultPacing, Pacer } from '../pacing.js';
import type { PacingState } from '../pacing.js';
import { createRedactor, sensitiveHeaders } from '../redact.js';
import type { Redactor } from '../redact.js';
import { resolveRetry } from '../retry.js';
import type { RetryState } from '../retry.js';
import { assertSecureBaseUrl } from '../transport-safety.js';
import type { Clock, OperationInfo } from '../types.js';

/** What a client resolves once, when it is created, and every call of it shares. Frozen. */
export interface ClientContext {
  readonly vendor: string;
  /** Undefined: the global fetch, called with (url, init) so no Request is built for it. */
  readonly fetch: FetchFunction | undefined;
  readonly retry: RetryState;
  readonly timeoutMs: number;
  readonly deadlineMs: number;
  readonly journal: JournalSink | undefined;
  readonly errors: ErrorConfig;
  readonly requestIdHeaders: readonly string[];
  readonly throwOnError: boolean;
  readonly clock: Clock;
  readonly auth: Auth;
  readonly pacer: Pacer | undefined;
  /** The fleet's shared budget, when the client has a store and paces. */
  readonly budget: SharedBudget | undefined;
  /** The rate-limit header family the spec declares (pacing's `headers`): the only one a 429's reset is read from. */
  readonly rateLimitHeaders: PacingState['headers'];
  readonly redactor: Redactor;
  readonly log: Log;
  /** `host[:port]` of the base URL, for messages. */
  readonly host: string;
  /** The base URL without a trailing slash. */
  readonly baseUrl: string;
  /** Longest body read into memory, in bytes; 0 = no limit. */
  readonly maxResponseBytes: number;
  /** Headers dropped when a redirect leaves the origin (lower-case). */
  readonly credentialHeaders: readonly string[];
  /** The configured headers and the credential headers, merged once (lower-case names). */
  readonly baseHeaders: Readonly<Record<string, string>>;
  readonly requestContentType: ((operation: OperationInfo) => string | undefined) | undefined;
  readonly requestHeaders: ((operation: OperationInfo) => Readonly<Record<string, string>> | undefined) | undefined;
}

/** What identifies a credential to a fleet store (which keys by its hash): every secret of the auth. */
const credentialOf = (auth: Auth): string => [...new Set(auth.secrets)].sort().join('\n');

/** Joins the fleet when the client has a store and something to share (a budget to pace, a token to fetch). */
function joinFleet(fleet: FleetStore | undefined, vendor: string, auth: Auth, pacing: PacingState | undefined, log: Log): FleetMember | undefined {
  if (!fleet || (!pacing && !auth.tokens?.lease)) return undefined;
  return fleet.bind({ vendor, credential: credentialOf(auth), burst: pacing?.burst ?? null, log });
}

/** The auth with its token provider's token shared by the fleet (a provider that can lease one). */
function sharedAuth(auth: Auth, member: FleetMember | undefined, clock: Clock): Auth {
  const { tokens } = auth;
  const lease = tokens?.lease;
  if (!member || !tokens || !lease) return auth;
  return { ...auth, tokens: member.tokens.share(tokens, () => lease.call(tokens), clock) };
}

/** Checks a client's options and resolves them into its context. */
export function createClientContext(options: CallerOptions): ClientContext {
  const base = assertSecureBaseUrl(options.baseUrl);
  const given = options.auth ?? { secrets: [] };
  if (given.tokens && !given.applyToken) throw new ConfigurationError('auth.tokens must come from tokenAuth(provider) (or combineAuth of it), which sends the token.');
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 0) {
    throw new ConfigurationError(`maxResponseBytes must be a whole number of bytes, 0 or more (0 = no limit); got ${maxResponseBytes}.`);
  }
  // Once per client: configured headers and credentials never change afterwards.
  assertValidHeaders(options.headers);
  assertValidHeaders(given.headers);
  const redactor = createRedactor({ secrets: given.secrets, ...options.redact });
  const clock = options.clock ?? systemClock;
  const vendor = options.vendor ?? 'API';
  const log = createLog(options.logger, options.logLevel ?? 'info', redactor);
  const pacing = options.pacing === false ? undefined : { ...defaultPacing, ...options.pacing };
  const member = joinFleet(options.fleet, vendor, given, pacing, log);
  const auth = sharedAuth(given, member, clock);
  return Object.freeze({
    vendor,
    fetch: options.fetch,
    retry: resolveRetry(options.retry),
    timeoutMs: options.timeoutMs ?? 60_000,
    deadlineMs: options.deadlineMs ?? 120_000,
    journal: options.journal,
    errors: options.errors ?? { catalogue: null, codes: {} },
    requestIdHeaders: (options.requestIdHeaders ?? ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid']).map((name) => name.toLowerCase()),
    throwOnError: options.throwOnError ?? false,
    clock,
    auth,
    pacer: pacing ? new Pacer(pacing, clock) : undefined,
    budget: pacing ? member?.budget : undefined,
    rateLimitHeaders: pacing?.headers ?? defaultPacing.headers,
    redactor,
    log,
    host: base.host,
    baseUrl: base.href.replace(/\/$/, ''),
    maxResponseBytes,
    credentialHeaders: [...new Set([...sensitiveHeaders, ...Object.keys(auth.headers ?? {}), ...(options.redact?.headers ?? [])].map((name) => name.toLowerCase()))],
    baseHeaders: Object.freeze(mergeHeaders(mergeHeaders({}, options.headers), auth.headers)),
    requestContentType: options.requestContentType,
    requestHeaders: options.requestHeaders,
  });
}
