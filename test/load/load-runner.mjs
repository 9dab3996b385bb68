// One load run in a fresh process: N requests at concurrency C through one vendor's wrapper
// client against the stub, then it reports and simply returns. If a socket or timer leaked,
// the process would not exit on its own; the test measures how long exit takes.
// Usage: node load-runner.mjs <vendor> <resource.method> <stubUrl> <requests> <concurrency> <secret>
// The client and its call come from the vendor's descriptor (its test credentials and its read).
const [vendor, clientFunction = '', baseUrl, total = '10000', concurrency = '64', secret = ''] = process.argv.slice(2);
const { descriptor } = await import(`@specsmith/${vendor}`);
// A vendor's client-side burst limit would pace the run instead of loading it; the stub is not the vendor.
const client = descriptor.create({ ...descriptor.testCredentials(secret), baseUrl, pacing: { burst: null } });
const [resource, method] = clientFunction.split('.');
const call = () => client[resource][method](descriptor.read.init);

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
process.stdout.write(
  `${JSON.stringify({ vendor, requests: Number(total), errors, failures: Object.fromEntries(failures), elapsedMs: Math.round(elapsedMs), rssBeforeMb: Math.round(rssBefore / 2 ** 20), rssAfterMb: Math.round(rssAfter / 2 ** 20), heapBeforeMb: Math.round(heapBefore / 2 ** 20), heapAfterMb: Math.round(heapAfter / 2 ** 20), handlesAtEnd: handles, doneAt: Date.now() })}\n`,
);
