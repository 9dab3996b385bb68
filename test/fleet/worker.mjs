// One fleet worker process: a Xurrent client (static token or OAuth) against the test's stub,
// with or without `fleet: redisFleet({ url })`. It says {"event":"ready"} on stdout, then runs
// one phase per "go" line on stdin, reporting {"event":"phase", ...} after each, and
// {"event":"done", logs} at the end; then it closes the fleet and returns.
// Usage: node worker.mjs '<json: { id, baseUrl, redisUrl?, token?, oauth?: { tokenUrl, clientSecret }, phases: [calls...], concurrency, op: 'read'|'write', timeoutMs?, burst?, recordSends? }>'
import { createInterface } from 'node:readline';
import { redisFleet } from '@specsmith/core/fleet';
import { createXurrentClient, xurrentOAuth } from '@specsmith/xurrent';

const config = JSON.parse(process.argv[2] ?? '{}');
const logs = [];
const line = (level) => (message) => logs.push({ level, message });
const logger = { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
const fleet = config.redisUrl ? redisFleet({ url: config.redisUrl, ...(config.timeoutMs ? { timeoutMs: config.timeoutMs } : {}) }) : undefined;
// When each request left this process (the burst limit is kept on sends; arrivals add the network's jitter).
const sentAt = [];
const recording = config.recordSends
  ? {
      fetch: (request) => {
        sentAt.push(Date.now());
        return globalThis.fetch(request);
      },
    }
  : {};
const auth = config.oauth ? { oauth: xurrentOAuth({ clientId: 'fleet-app', clientSecret: config.oauth.clientSecret, tokenUrl: config.oauth.tokenUrl }) } : { token: config.token };
const client = createXurrentClient({
  account: 'widget',
  ...auth,
  baseUrl: config.baseUrl,
  // The stub is not the vendor: its own budget is what is being tested, not the 20-per-2-s burst (unless asked).
  ...(config.burst ? {} : { pacing: { burst: null } }),
  logger,
  logLevel: 'debug',
  ...recording,
  ...(fleet ? { fleet } : {}),
});

let sequence = 0;
const call = () => {
  const n = sequence++;
  if (config.op === 'write') return client.requests.create({ body: { subject: `w-${config.id}-${n}`, category: 'incident' } });
  return client.requests.get({ params: { path: { id: 70453 } } });
};

async function phase(calls) {
  let next = 0;
  let ok = 0;
  const failures = {};
  await Promise.all(
    Array.from({ length: config.concurrency ?? 1 }, async () => {
      while (next < calls) {
        next += 1;
        try {
          const result = await call();
          if (result.error) throw Object.assign(new Error(result.error.message ?? 'error result'), { name: client.errorOf(result)?.name ?? 'ErrorResult' });
          ok += 1;
        } catch (error) {
          failures[error.name] = (failures[error.name] ?? 0) + 1;
        }
      }
    }),
  );
  return { ok, failures, ...(config.recordSends ? { sentAt: sentAt.splice(0) } : {}) };
}

const say = (event) => process.stdout.write(`${JSON.stringify(event)}\n`);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
say({ event: 'ready' });
for (const calls of config.phases) {
  await lines.next();
  say({ event: 'phase', ...(await phase(calls)) });
}
say({ event: 'done', logs });
await fleet?.close();
process.stdin.destroy();
