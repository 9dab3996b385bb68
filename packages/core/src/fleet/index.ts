/**
 * `@specsmith/core/fleet`: fleet mode on Redis. `fleet: redisFleet({ url })` in a client's options
 * makes every process that uses the same vendor credential share one rate budget, burst limit,
 * 429 cool-down and OAuth token. Its own entry point, so a client without it bundles none of it,
 * nor node-redis (`@redis/client`, an optional peer dependency that only this entry imports).
 */
import { createClient } from '@redis/client';
import { ConfigurationError } from '../errors/base.js';
import type { FleetMember, FleetScope, FleetStore } from '../fleet-store.js';
import { RedisBudget } from './budget.js';
import { fleetKeys } from './keys.js';
import { RedisLink } from './link.js';
import type { RedisLike } from './link.js';
import { sealKey } from './seal.js';
import { RedisTokens } from './tokens.js';

export { credentialHash, fleetKeys } from './keys.js';
export type { FleetKeys } from './keys.js';
export type { RedisLike } from './link.js';

export interface RedisFleetOptions {
  /** `redis://[[user]:password@]host[:port][/db]` (or `rediss://`); Specsmith makes and closes the client. */
  readonly url?: string;
  /**
   * A node-redis client you made (`createClient()` from `redis` or `@redis/client`); connected if
   * it is not, never closed. Make it with `disableOfflineQueue: true`, or commands sent while it
   * reconnects wait in its queue and run late (the fleet has gone on without them by then).
   */
  readonly client?: RedisLike;
  /**
   * Longest wait for one store operation before the client goes on without the fleet.
   * @default 100
   */
  readonly timeoutMs?: number;
  /**
   * Longest a process holds the token lock while it fetches a token; past it, another may.
   * @default 5000
   */
  readonly lockMs?: number;
  /**
   * How often a store that went away is asked whether it is back.
   * @default 250
   */
  readonly probeMs?: number;
}

export interface RedisFleet extends FleetStore {
  /** Closes the Redis client if Specsmith made it (from `url`); call it when the process is done. */
  close(): Promise<void>;
}

/** Where the store is, for messages: host and port only, so a password in the URL never shows. */
function whereOf(options: RedisFleetOptions): string {
  if (options.url) {
    const url = new URL(options.url);
    return url.port ? `${url.hostname}:${url.port}` : url.hostname;
  }
  return 'the given Redis client';
}

/** Reconnects quickly at first, then once a second: a restarted Redis is rejoined within about a second. */
const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 1000);

function clientFor(url: string): RedisLike {
  // Commands fail at once while disconnected instead of queueing: a call never waits for a reconnect.
  const client = createClient({ url, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 2000 } }) as unknown as RedisLike;
  client.connect().catch(() => {});
  return client;
}

/**
 * A Redis fleet store: `createXurrentClient({ ..., fleet: redisFleet({ url: process.env.REDIS_URL }) })`.
 * One store serves any number of clients, vendors and credentials in a process; each client's
 * share is keyed `specsmith:<vendor>:<sha256(credential), 16 hex digits>:…`.
 */
export function redisFleet(options: RedisFleetOptions): RedisFleet {
  if (!options.url === !options.client) throw new ConfigurationError('redisFleet takes either `url` (e.g. process.env.REDIS_URL, here empty or missing) or `client` (a node-redis client), not both.');
  let link: RedisLink | undefined;
  let owned: RedisLike | undefined;
  // Connected on the first bind, so a store made but never given to a client opens nothing.
  const linkOf = (): RedisLink => {
    if (link) return link;
    let client = options.client;
    if (options.url) client = owned = clientFor(options.url);
    else if (client && !client.isOpen) client.connect().catch(() => {});
    link = new RedisLink({ client: client as RedisLike, where: whereOf(options), timeoutMs: options.timeoutMs ?? 100, probeMs: options.probeMs ?? 250 });
    return link;
  };
  return {
    bind(scope: FleetScope): FleetMember {
      const shared = linkOf();
      shared.join({ vendor: scope.vendor, log: scope.log });
      const keys = fleetKeys(scope.vendor, scope.credential);
      return {
        budget: new RedisBudget({ link: shared, keys, burst: scope.burst }),
        tokens: new RedisTokens({ link: shared, keys, key: sealKey(scope.credential), lockMs: options.lockMs ?? 5000, pollMs: 20 }),
      };
    },
    async close() {
      link?.close();
      owned?.destroy();
    },
  };
}
