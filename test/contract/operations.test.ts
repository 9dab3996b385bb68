// Contract tests: every operation of every vendor redocly.yaml lists, called through its wrapper
// (@specsmith/<vendor>) against a Prism mock of our own spec with request validation on.
// The typed result must equal the spec's example, and Prism must report no violation.
// A coverage table (operations × response codes exercised) is printed at the end.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createContractClient, operationCaller, operationCount, violationCheckingFetch } from '../support/contract-clients.js';
import { expectSpecExample } from '../support/shared-cases.js';
import { loadVendors, type Vendor } from '../support/vendors.js';

const vendors = await loadVendors();
const coverage = new Map<string, Map<string, Set<number>>>();

function record(vendor: string, operationId: string, status: number) {
  const byOperation = coverage.get(vendor) ?? new Map<string, Set<number>>();
  const statuses = byOperation.get(operationId) ?? new Set<number>();
  statuses.add(status);
  byOperation.set(operationId, statuses);
  coverage.set(vendor, byOperation);
}

afterAll(() => {
  const lines = ['', 'Contract coverage (operations called through the wrapper × response codes seen):'];
  let covered = 0;
  let total = 0;
  for (const vendor of vendors) {
    const byOperation = coverage.get(vendor.key) ?? new Map();
    const codes = new Set([...byOperation.values()].flatMap((statuses) => [...statuses]));
    covered += byOperation.size;
    total += operationCount(vendor);
    lines.push(`  ${vendor.key.padEnd(12)} ${String(byOperation.size).padStart(3)}/${operationCount(vendor)} operations  codes: ${[...codes].sort().join(', ')}`);
  }
  lines.push(`  ${'all'.padEnd(12)} ${String(covered).padStart(3)}/${total} operations (${((100 * covered) / total).toFixed(0)}%)`, '');
  process.stdout.write(`${lines.join('\n')}\n`);
});

describe.each(vendors.map((vendor) => [vendor.key, vendor] as const))('%s through its wrapper', (key, vendor: Vendor) => {
  const operations = operationCaller(vendor);
  const prismUrl = () => inject('prismUrls')[key] ?? '';
  const samples = operations.samples;

  it('maps every operation of the spec to a client function', () => {
    expect(samples.map((sample) => sample.operationId).filter((id) => !operations.hasClientFunction(id))).toEqual([]);
    expect(samples.length).toBe(operationCount(vendor));
  });

  it.each(samples.map((sample) => [sample.operationId, sample] as const))('%s returns the spec example', async (operationId, sample) => {
    record(key, operationId, await expectSpecExample(vendor, prismUrl(), sample));
  });

  // The read and the write every fault, load and canary case makes: requests the spec accepts.
  const { read, write } = vendor.descriptor;
  it.each([
    ['read', read.operationId, read],
    ['write', write.operationId, write],
  ] as const)("the descriptor's %s (%s) returns the spec example", async (_, __, call) => {
    const exchanges: Parameters<typeof violationCheckingFetch>[0] = [];
    const client = createContractClient(vendor, prismUrl(), violationCheckingFetch(exchanges));
    const result = await operations.call(client, call);
    expect(result.error).toBeUndefined();
    expect(exchanges.map((exchange) => [exchange.status, exchange.violations])).toEqual([[operations.sample(call.operationId)?.expected.status, null]]);
    expect(result.data).toEqual(operations.sample(call.operationId)?.expected.example);
  });
});
