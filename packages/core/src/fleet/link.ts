/**
 * The fleet's line to Redis, and whether it is up. Every operation has a short timeout (and
 * ends by the call's deadline); the first one that fails or times out marks the store down and
 * tells each client once, after which operations answer `undefined` at once (the clients pace
 * and fetch tokens on their own) while a PING every `probeMs` waits for Redis to come back.
 * Its first answer marks the store up again, told once too.
 */
import { createHash } from 'node:crypto';
import type { Log } from '../logger.js';

/** What the fleet uses of a node-redis client (`createClient()` from `redis` or `@redis/client`). */
export interface RedisLike {
  readonly isReady: boolean;
  readonly isOpen: boolean;
  connect(): Promise<unknown>;
  sendCommand<T = unknown>(args: readonly string[]): Promise<T>;
  on(event: 'error' | 'ready', listener: (error?: unknown) => void): unknown;
  destroy(): void;
}

/** A client bound to the store, told when it goes down or comes back. */
export interface LinkMember {
  readonly vendor: string;
  readonly log: Log;
}

export interface LinkOptions {
  readonly client: RedisLike;
  /** `host:port`, for messages (never a password). */
  readonly where: string;
  readonly timeoutMs: number;
  readonly probeMs: number;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Why an operation failed, in a few words: Node's own message (`connect ECONNREFUSED 127.0.0.1:6390`). */
const reasonOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : String(error));

export class RedisLink {
  private state: 'starting' | 'up' | 'down' = 'starting';
  private lastError: string | undefined;
  private probe: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly members = new Set<LinkMember>();
  private readonly ready: Promise<void>;
  /** Rejects with the first connection error: a refused connection ends the first operations' wait at once. */
  private readonly refused: Promise<never>;
  private readonly shas = new Map<string, string>();

  constructor(private readonly options: LinkOptions) {
    const { client } = options;
    // node-redis emits connection errors as events; without a listener they would crash the process.
    let refuse: (error: unknown) => void = () => {};
    this.refused = new Promise<never>((_resolve, reject) => (refuse = reject));
    this.refused.catch(() => {});
    client.on('error', (error) => {
      this.lastError = reasonOf(error);
      refuse(error);
    });
    this.ready = new Promise((resolve) =>
      client.on('ready', () => {
        this.lastError = undefined;
        resolve();
      }),
    );
  }

  join(member: LinkMember): void {
    this.members.add(member);
  }

  /**
   * Runs a hot script by its SHA1 (not resending its text), loading it on NOSCRIPT (a restarted
   * Redis has forgotten it). The reload makes it run after commands sent later, so scripts whose
   * order matters use `eval`.
   */
  async evalSha<T>(source: string, keys: readonly string[], args: readonly (string | number)[], latestAt = Number.POSITIVE_INFINITY): Promise<T | undefined> {
    let sha = this.shas.get(source);
    if (!sha) {
      sha = sha1(source);
      this.shas.set(source, sha);
    }
    const rest = [String(keys.length), ...keys, ...args.map(String)];
    return this.run(async (client) => {
      try {
        return await client.sendCommand<T>(['EVALSHA', sha, ...rest]);
      } catch (error) {
        if (!reasonOf(error).startsWith('NOSCRIPT')) throw error;
        return client.sendCommand<T>(['EVAL', source, ...rest]);
      }
    }, latestAt);
  }

  /** Runs a script sent whole, in order with the commands around it. */
  eval<T>(source: string, keys: readonly string[], args: readonly (string | number)[]): Promise<T | undefined> {
    return this.command<T>(['EVAL', source, String(keys.length), ...keys, ...args.map(String)]);
  }

  command<T>(args: readonly string[], latestAt = Number.POSITIVE_INFINITY): Promise<T | undefined> {
    return this.run((client) => client.sendCommand<T>(args), latestAt);
  }

  private async run<T>(operation: (client: RedisLike) => Promise<T>, latestAt: number): Promise<T | undefined> {
    if (this.state === 'down') return undefined;
    const { client, timeoutMs } = this.options;
    // Still connecting after a refusal: Redis is not there, no need to wait for it.
    if (!client.isReady && this.lastError !== undefined) {
      this.markDown(this.lastError);
      return undefined;
    }
    const budgetMs = Math.min(timeoutMs, latestAt - Date.now());
    if (budgetMs <= 0) return undefined;
    let expired = false;
    try {
      // The first operations wait for the connection (or its refusal), within the same budget; one that timed out is not sent late.
      const connected = () => this.ready.then(() => (expired ? Promise.reject(timedOut) : operation(client)));
      const work = client.isReady ? operation(client) : this.state === 'starting' ? Promise.race([this.refused, connected()]) : connected();
      const value = await within(work, budgetMs);
      if (this.state === 'starting') this.state = 'up';
      return value;
    } catch (error) {
      expired = true;
      // Out of the call's time rather than the store's: the call's problem, not the store's.
      if (error === timedOut && budgetMs < timeoutMs) return undefined;
      this.markDown(error === timedOut ? (this.lastError ?? `no answer within ${timeoutMs} ms`) : reasonOf(error));
      return undefined;
    }
  }

  private markDown(reason: string): void {
    if (this.state === 'down') return;
    this.state = 'down';
    for (const { vendor, log } of this.members) {
      log('warn', `${vendor}: the fleet store at ${this.options.where} is unavailable (${reason}); pacing and OAuth tokens are per process until it is back`);
    }
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    if (this.closed) return;
    this.probe = setTimeout(() => void this.ping(), this.options.probeMs);
    // The probe must not keep a process alive that has nothing else to do.
    this.probe.unref?.();
  }

  private async ping(): Promise<void> {
    const { client, timeoutMs, where } = this.options;
    try {
      if (!client.isReady) throw new Error('not connected');
      await within(client.sendCommand(['PING']), timeoutMs);
    } catch {
      this.scheduleProbe();
      return;
    }
    this.state = 'up';
    this.lastError = undefined;
    for (const { vendor, log } of this.members) log('info', `${vendor}: the fleet store at ${where} is back; pacing and OAuth tokens are shared again`);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.probe);
  }
}

const timedOut = Symbol('timed out');

/** `work`, or a rejection with `timedOut` after `ms` (the work itself is left to finish or fail). */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
