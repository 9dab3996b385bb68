// Runtime overhead: the same GET /requests/{id} through raw fetch (also with a per-call
// AbortSignal, the floor for any client with timeouts), plain openapi-fetch,
// Redocly generate-client's client and the full @specsmith/xurrent wrapper (auth, retry,
// pacing, typed errors on; no faults), against a loopback server in another process.
// Sequential calls give latency (median, p99); 16 concurrent callers give throughput. Many
// short rounds, in alternating order, so a noisy neighbour hits every client alike.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import createFetchClient from 'openapi-fetch';
import { createXurrentClient } from '@specsmith/xurrent';
import { median } from './measure.mjs';

const TOKEN = 'bench-token';
const ACCOUNT = 'widget';

/** The loopback server, answering with `body` (JSON text) or its default record. */
export async function startServer(body) {
  const child = spawn(process.execPath, [resolve('scripts/bench/runtime-server.mjs'), ...(body === undefined ? [] : [body])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = await once(child.stdout, 'data');
  return { url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') };
}

async function redoclyClient(baseUrl) {
  const directory = mkdtempSync(join(tmpdir(), 'bench-redocly-'));
  execFileSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'generate-client', 'specs/xurrent/openapi.yaml', '-o', join(directory, 'client.ts'), '--server-url', baseUrl], {
    stdio: 'ignore',
  });
  await build({ entryPoints: [join(directory, 'client.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(directory, 'client.mjs'), logLevel: 'silent' });
  const module = await import(pathToFileURL(join(directory, 'client.mjs')).href);
  rmSync(directory, { recursive: true, force: true });
  return module.createClient(module.OPERATIONS, { serverUrl: baseUrl, auth: { bearer: TOKEN, apiKey: { accountHeader: ACCOUNT } } });
}

export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** A small seeded generator (mulberry32), so every run shuffles the same way. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20261201);

/**
 * Sequential latency, one call of each client in turn, so every client's samples come from
 * the same moments of the run and a noisy neighbour hits them alike. The order is shuffled
 * each turn: a fixed cycle (even rotated) always puts a client after the same one, and a
 * client that leaves work behind (garbage, finalizers) would charge it to its successor.
 */
export async function latency(calls, count, samples) {
  const order = Object.keys(calls);
  for (let index = 0; index < count; index += 1) {
    for (let last = order.length - 1; last > 0; last -= 1) {
      const pick = Math.floor(random() * (last + 1));
      [order[last], order[pick]] = [order[pick], order[last]];
    }
    for (const name of order) {
      const started = process.hrtime.bigint();
      await calls[name]();
      samples[name].push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
}

async function throughput(call, total, concurrency) {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        await call();
      }
    }),
  );
  return total / (Number(process.hrtime.bigint() - started) / 1e9);
}

export async function benchRuntime({ rounds = 12, sequential = 500, total = 1000, concurrency = 16 } = {}) {
  const server = await startServer();
  try {
    const url = `${server.url}/requests/70453`;
    const headers = { authorization: `Bearer ${TOKEN}`, 'x-xurrent-account': ACCOUNT };
    const plain = createFetchClient({ baseUrl: server.url, headers });
    const redocly = await redoclyClient(server.url);
    // Header pacing, retries, auth and typed errors stay on; Xurrent's client-side burst limit
    // (20 requests per 2 s) is off, or it would measure the limit instead of the overhead.
    const ours = createXurrentClient({ token: TOKEN, account: ACCOUNT, baseUrl: server.url, pacing: { burst: null } });
    const calls = {
      'raw fetch': async () => (await fetch(url, { headers })).json(),
      // What any client that can time a request out pays: fetch with a fresh AbortSignal.
      'raw fetch + AbortSignal': async () => (await fetch(url, { headers, signal: new AbortController().signal })).json(),
      'openapi-fetch': () => plain.GET('/requests/{id}', { params: { path: { id: 70453 } } }),
      'redocly generate-client': () => redocly.getRequest({ path: { id: 70453 } }),
      '@specsmith/xurrent': () => ours.requests.get({ params: { path: { id: 70453 } } }),
    };
    const check = await calls['@specsmith/xurrent']();
    if (check.error || check.data?.id !== 70453) throw new Error(`@specsmith/xurrent returned ${JSON.stringify(check)}`);
    const names = Object.keys(calls);
    await latency(calls, 300, Object.fromEntries(names.map((name) => [name, []])));
    const samples = Object.fromEntries(names.map((name) => [name, []]));
    const rates = Object.fromEntries(names.map((name) => [name, []]));
    for (let round = 0; round < rounds; round += 1) {
      await latency(calls, sequential, samples);
      const order = round % 2 === 1 ? [...names].reverse() : names;
      for (const name of order) rates[name].push(await throughput(calls[name], total, concurrency));
    }
    return names.map((name) => ({
      client: name,
      medianUs: Math.round(median(samples[name])),
      p99Us: Math.round(percentile(samples[name], 0.99)),
      requestsPerSecond: Math.round(median(rates[name])),
    }));
  } finally {
    server.stop();
  }
}
