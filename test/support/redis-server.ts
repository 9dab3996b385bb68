// A real redis-server for the fleet tests: Debian's binary on a free 127.0.0.1 port, nothing
// persisted (--save '' --appendonly no), ready once it answers PING, and always stopped (by the
// suite's afterAll, and on process exit should that never run). `stop()` then `start()` restarts
// it on the same port, empty, as a crashed Redis comes back; `freeze()` makes it hang.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe } from 'vitest';
import { freePort } from './prism.js';

const REDIS_BINARY = '/usr/bin/redis-server';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Sends one command (inline protocol) and resolves to the raw reply. */
  command(...args: string[]): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open and nothing is answered, as a Redis stuck in a long command. */
  freeze(): void;
  /** Lets a frozen server go on (SIGCONT). */
  thaw(): void;
}

/** One command over a fresh connection, in RESP, reply read until it has come in whole (good enough for the tests' short replies). */
function redisCommand(port: number, args: readonly string[], timeoutMs = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const timer = setTimeout(() => socket.destroy(new Error(`redis ${args[0]} got no reply in ${timeoutMs} ms`)), timeoutMs);
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (complete(reply)) {
        clearTimeout(timer);
        socket.end();
        resolve(reply);
      }
    });
    socket.write(`*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`);
  });
}

/** Whether a RESP reply has arrived in full (simple strings, errors, integers, bulk strings, flat arrays). */
function complete(reply: string): boolean {
  const read = (at: number): number => {
    const end = reply.indexOf('\r\n', at);
    if (end < 0) return -1;
    const head = reply.slice(at + 1, end);
    const kind = reply[at];
    if (kind === '$') return Number(head) < 0 ? end + 2 : end + 2 + Number(head) + 2 <= reply.length ? end + 2 + Number(head) + 2 : -1;
    if (kind === '*' || kind === '%') {
      let next = end + 2;
      const count = Number(head) * (kind === '%' ? 2 : 1);
      for (let i = 0; i < count && next >= 0; i++) next = next <= reply.length ? read(next) : -1;
      return next;
    }
    return end + 2;
  };
  return read(0) === reply.length;
}

/** Waits until the server answers PING, and checks it is this child answering (not another test's Redis on a reused port). */
async function waitForPing(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${output()}`);
    const reply = await redisCommand(port, ['PING'], 500).catch(() => '');
    if (reply.startsWith('+PONG')) {
      const info = await redisCommand(port, ['INFO', 'server'], 500).catch(() => '');
      if (info.includes(`process_id:${child.pid}\r\n`)) return;
      throw new Error(`port ${port} is answered by another redis-server`);
    }
    await sleep(20);
  }
  throw new Error(`redis-server did not answer PING on port ${port} within 10 s:\n${output()}`);
}

/** A redis-server on a free port; a port another server took meanwhile is given up for the next free one. */
async function startRedis(): Promise<RedisServer> {
  for (let tries = 1; ; tries++) {
    const server = redisOn(await freePort());
    try {
      await server.start();
      return server;
    } catch (error) {
      await server.stop();
      if (tries === 5) throw error;
    }
  }
}

function redisOn(port: number): RedisServer {
  let child: ChildProcess | undefined;
  let output = '';
  const kill = () => child?.kill('SIGKILL');
  process.on('exit', kill);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    command: (...args) => redisCommand(port, args),
    async start() {
      output = '';
      child = spawn(REDIS_BINARY, ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitForPing(port, child, () => output);
    },
    freeze: () => void child?.kill('SIGSTOP'),
    thaw: () => void child?.kill('SIGCONT'),
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * `describe` for a suite that needs Redis, with the server started before it and stopped after.
 * Without the binary the suite is skipped with a message, except in CI, where that is a failure.
 */
export function describeWithRedis(name: string, body: (redis: () => RedisServer) => void): void {
  if (!existsSync(REDIS_BINARY)) {
    if (process.env.CI) throw new Error(`${REDIS_BINARY} is missing; .ci/run installs Debian's redis-server before npm test.`);
    describe.skip(`${name} (skipped: ${REDIS_BINARY} is not installed; apt-get install -y redis-server)`, () => body(() => undefined as never));
    return;
  }
  let server: RedisServer | undefined;
  describe(name, () => {
    // Registered before the body's own hooks, so it runs first.
    beforeAll(async () => {
      server = await startRedis();
    });
    afterAll(async () => {
      await server?.stop();
    });
    body(() => {
      if (!server) throw new Error('redis-server is not started yet: use it in a hook or a test');
      return server;
    });
  });
}
