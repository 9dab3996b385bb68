// Fleet store overhead: the same GET /requests/{id} through @specsmith/xurrent pacing on its own
// (the local Pacer) and through `fleet: redisFleet({ url })` on a loopback redis-server (one Lua
// take per call), against the runtime benchmark's loopback server; sequential calls,
// interleaved and shuffled as in runtime.mjs. Also the take alone (the store's Lua round trip)
// and a PING through the same node-redis client (the round trip's floor).
// Needs Debian's redis-server; without it the row says so.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import { redisFleet } from '@specsmith/core/fleet';
import { createXurrentClient } from '@specsmith/xurrent';
import { median } from './measure.mjs';
import { latency, percentile, startServer } from './runtime.mjs';

const REDIS = '/usr/bin/redis-server';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ping = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => resolve(chunk.toString().startsWith('+PONG')) || socket.end());
    socket.on('error', () => resolve(false));
  });

/** redis-server on a free loopback port, nothing persisted; stopped by `stop()`. */
async function startRedis() {
  const port = await freePort();
  const child = spawn(REDIS, ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'], { stdio: 'ignore' });
  const stop = () => child.kill('SIGKILL');
  process.on('exit', stop);
  for (let tries = 0; !(await ping(port)); tries += 1) {
    if (tries > 200) throw new Error(`redis-server did not answer PING on port ${port}`);
    await sleep(25);
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

const summary = (values) => ({ p50Us: Math.round(median(values)), p99Us: Math.round(percentile(values, 0.99)) });

export async function benchFleet({ count = 3000 } = {}) {
  if (!existsSync(REDIS)) return { skipped: `${REDIS} is not installed (apt-get install -y redis-server)` };
  const [redis, server] = [await startRedis(), await startServer()];
  const client = await createClient({ url: redis.url, disableOfflineQueue: true }).connect();
  const fleet = redisFleet({ client });
  try {
    const options = { token: 'bench-token', account: 'widget', baseUrl: server.url, pacing: { burst: null } };
    const local = createXurrentClient(options);
    const shared = createXurrentClient({ ...options, fleet });
    const init = { params: { path: { id: 70453 } } };
    const member = fleet.bind({ vendor: 'bench', credential: 'bench-token', burst: null, log: () => {} });
    const calls = {
      'local pacer': () => local.requests.get(init),
      'fleet store (loopback Redis)': () => shared.requests.get(init),
      'the take alone': () => member.budget.take(Number.POSITIVE_INFINITY),
      'PING (node-redis)': () => client.ping(),
    };
    for (const name of ['local pacer', 'fleet store (loopback Redis)']) {
      const check = await calls[name]();
      if (check.error) throw new Error(`${name} returned ${check.error.name}`);
    }
    const names = Object.keys(calls);
    await latency(calls, 300, Object.fromEntries(names.map((name) => [name, []])));
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    await latency(calls, count, samples);
    const rows = names.map((name) => ({ client: name, ...summary(samples[name]) }));
    const [ours, theirs] = [rows[1], rows[0]];
    return { rows, addedP50Us: ours.p50Us - theirs.p50Us, addedP99Us: ours.p99Us - theirs.p99Us };
  } finally {
    await fleet.close();
    client.destroy();
    server.stop();
    redis.stop();
  }
}
