// Runtime overhead per vendor: each wrapper's read (its descriptor's) against a loopback server,
// beside raw fetch replaying the very request the wrapper sent (same URL, method, headers and
// body). The server answers with the success envelope the vendor's error catalogue expects, so
// every call takes the success path. Sequential calls, interleaved and shuffled as in runtime.mjs.
import { median } from './measure.mjs';
import { latency, percentile, startServer } from './runtime.mjs';
import { benchVendors } from './vendors.mjs';

/** A body the vendor reads as success: its catalogue's success field, or an empty object. */
function successBody(api) {
  const success = api.errors.catalogue?.success;
  return JSON.stringify(success ? { [success.field]: success.equals } : {});
}

/** The generated resources' function for an operationId (found by replaying them with a recording caller). */
function clientFunction(api, client, operationId) {
  let seen = '';
  const resources = api.createResources(async (operation) => {
    seen = operation.operationId;
  });
  for (const [resource, methods] of Object.entries(resources)) {
    for (const [method, call] of Object.entries(methods)) {
      void call(undefined);
      if (seen === operationId) return (init) => client[resource][method](init);
    }
  }
  throw new Error(`no client function for ${operationId}`);
}

async function benchVendor(vendor, count) {
  const { descriptor } = vendor;
  const server = await startServer(successBody(descriptor.api));
  try {
    let captured;
    const capturing = async (request) => {
      captured ??= { url: request.url, method: request.method, headers: [...request.headers], body: request.body ? await request.clone().text() : undefined };
      return fetch(request);
    };
    // The client-side burst limit is off, or it would measure the limit instead of the overhead.
    const options = { ...descriptor.testCredentials('bench-token'), baseUrl: server.url, pacing: { burst: null } };
    const read = clientFunction(descriptor.api, descriptor.create({ ...options, fetch: capturing }), descriptor.read.operationId);
    const check = await read(descriptor.read.init);
    if (check.error) throw new Error(`${vendor.packageName} ${descriptor.read.operationId} returned ${check.error.name}: ${check.error.message}`);
    const ours = clientFunction(descriptor.api, descriptor.create(options), descriptor.read.operationId);
    const { url, method, headers, body } = captured;
    const calls = {
      'raw fetch': async () => (await fetch(url, { method, headers, body })).json(),
      [vendor.packageName]: () => ours(descriptor.read.init),
    };
    const samples = { 'raw fetch': [], [vendor.packageName]: [] };
    await latency(calls, Math.min(200, count), { 'raw fetch': [], [vendor.packageName]: [] });
    await latency(calls, count, samples);
    const rawMedian = median(samples['raw fetch']);
    const oursMedian = median(samples[vendor.packageName]);
    return {
      vendor: vendor.key,
      operationId: descriptor.read.operationId,
      rawMedianUs: Math.round(rawMedian),
      medianUs: Math.round(oursMedian),
      p99Us: Math.round(percentile(samples[vendor.packageName], 0.99)),
      ratio: Number((oursMedian / rawMedian).toFixed(3)),
    };
  } finally {
    server.stop();
  }
}

export async function benchRuntimeVendors({ count = 2000 } = {}) {
  const rows = [];
  for (const vendor of await benchVendors()) rows.push(await benchVendor(vendor, count));
  return rows;
}
