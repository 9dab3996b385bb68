// One load run in a fresh process: N requests at concurrency C through one vendor's wrapper
// client against the stub, then it reports and simply returns. If a socket or timer leaked,
// the process would not exit on its own; the test measures how long exit takes.
// Usage: node load-runner.mjs <vendor> <stubUrl> <requests> <concurrency>
import { createAltcraftClient } from '@specsmith/altcraft';
import { createJourneyappsClient } from '@specsmith/journeyapps';
import { createXtrakitClient } from '@specsmith/xtrakit';
import { createXtremepushClient } from '@specsmith/xtremepush';
import { createXurrentClient } from '@specsmith/xurrent';

const [vendor, baseUrl, total = '10000', concurrency = '64'] = process.argv.slice(2);
// The suite's canary (test/support/canary.ts); it must never reach this process's output.
const secret = 'CANARY-SECRET-7f3a9c-d41e';
const clients = {
  xtremepush: () => { const c = createXtremepushClient({ appToken: secret, baseUrl }); return () => c.campaigns.list({ body: { limit: 10, offset: 0 } }); },
  // Xurrent's client-side burst limit (20 per 2 s) would pace 10,000 calls over 1,000 s; the stub is not Xurrent.
  xurrent: () => { const c = createXurrentClient({ token: secret, account: 'widget', baseUrl, pacing: { burst: null } }); return () => c.requests.get({ params: { path: { id: 1 } } }); },
  altcraft: () => { const c = createAltcraftClient({ token: secret, baseUrl }); return () => c.profiles.get({ body: { db_id: 1, matching: 'email', email: 'a@b.c' } }); },
  xtrakit: () => { const c = createXtrakitClient({ apiKey: secret, baseUrl }); return () => c.sales.get({ params: { path: { id: 1 } } }); },
  journeyapps: () => { const c = createJourneyappsClient({ backendDeploymentId: 'd', password: secret, baseUrl }); return () => c.objects.get({ params: { path: { model: 'task', id: '3fa85f64-5717-4562-b3fc-2c963f66afa6' } } }); },
};

const call = clients[vendor]();
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;
let next = 0;
let errors = 0;
const failures = new Map();
const started = performance.now();
await Promise.all(
  Array.from({ length: Number(concurrency) }, async () => {
    while (next < Number(total)) {
      next += 1;
      try {
        const result = await call();
        if (result.error) throw Object.assign(new Error('error result'), { name: 'ErrorResult' });
      } catch (error) {
        errors += 1;
        failures.set(error.name, (failures.get(error.name) ?? 0) + 1);
      }
    }
  }),
);
const elapsedMs = performance.now() - started;
global.gc?.();
const rssAfter = process.memoryUsage().rss;
const heapAfter = process.memoryUsage().heapUsed;
const handles = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap' && kind !== 'PipeWrap');
process.stdout.write(`${JSON.stringify({ vendor, requests: Number(total), errors, failures: Object.fromEntries(failures), elapsedMs: Math.round(elapsedMs), rssBeforeMb: Math.round(rssBefore / 2 ** 20), rssAfterMb: Math.round(rssAfter / 2 ** 20), heapBeforeMb: Math.round(heapBefore / 2 ** 20), heapAfterMb: Math.round(heapAfter / 2 ** 20), handlesAtEnd: handles, doneAt: Date.now() })}\n`);
