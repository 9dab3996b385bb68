// Everything a fleet left in Redis, as text: each key with its type, value and time to live
// (strings by GET, hashes by HGETALL, sorted sets by ZRANGE), for the canary and TTL checks.
import type { RedisServer } from '../support/redis-server.js';

export interface DumpedKey {
  readonly key: string;
  readonly type: string;
  readonly value: string;
  readonly ttlMs: number;
}

/** The elements of a RESP reply that are bulk strings or integers, in order. */
const elements = (reply: string): string[] => [...reply.matchAll(/^(?:\$\d+\r\n([^\r\n]*)|:(-?\d+))$/gm)].map((match) => match[1] ?? match[2] ?? '');

export async function dumpRedis(redis: RedisServer): Promise<DumpedKey[]> {
  const keys = elements(await redis.command('KEYS', '*'));
  const dumped: DumpedKey[] = [];
  for (const key of keys.sort()) {
    const type = (await redis.command('TYPE', key)).slice(1).trim();
    const read = type === 'string' ? ['GET', key] : type === 'hash' ? ['HGETALL', key] : type === 'zset' ? ['ZRANGE', key, '0', '-1', 'WITHSCORES'] : ['TYPE', key];
    const value = elements(await redis.command(...read)).join(' ');
    const ttlMs = Number((await redis.command('PTTL', key)).slice(1));
    dumped.push({ key, type, value, ttlMs });
  }
  return dumped;
}
