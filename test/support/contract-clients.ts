// Builds a vendor's wrapper client (from its descriptor) pointed at its Prism mock, with a
// fetch that fails the call when Prism reports a request violation (`sl-violations`), and finds
// the client function of every operationId by replaying the generated resources with a
// recording caller.
import { CANARY, canarySpellings } from './canary.js';
import { operationSamples, type OperationSample } from './request-samples.js';
import { readSpecDocument } from './spec-document.js';
import type { Vendor, VendorCall } from './vendors.js';

/** Every credential of the contract, fault and matrix tests is the suite's canary. */
const CONTRACT_TOKEN = CANARY;

type AnyFunction = (init?: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
type AnyClient = Record<string, Record<string, AnyFunction>>;

class SpecViolation extends Error {
  override readonly name = 'SpecViolation';
}

/** A fetch that records every exchange and throws when Prism says the request broke the spec. */
export function violationCheckingFetch(log: { method: string; url: string; status: number; violations: string | null }[]) {
  return async (request: Request): Promise<Response> => {
    if (canarySpellings.some((spelling) => request.url.includes(spelling))) throw new Error(`a credential was placed in the URL of ${request.method} ${request.url.split('?')[0]}`);
    const response = await fetch(request);
    const violations = response.headers.get('sl-violations');
    log.push({ method: request.method, url: request.url, status: response.status, violations });
    if (violations && response.status < 400) throw new SpecViolation(`Prism flagged ${request.method} ${request.url}: ${violations}`);
    return response;
  };
}

/** The vendor's wrapper client with the canary as every credential, no pacing and no retries unless `extra` says so. */
export function createContractClient(vendor: Vendor, baseUrl: string, fetch: (request: Request) => Promise<Response>, extra: Record<string, unknown> = {}): AnyClient {
  const common = { baseUrl, fetch, pacing: false as const, retry: { maxRetries: 0 }, ...extra };
  return vendor.descriptor.create({ ...vendor.descriptor.testCredentials(CONTRACT_TOKEN), ...common }) as AnyClient;
}

/** operationId → [resource, method] for a vendor, read from the generated resources themselves. */
export function clientPaths(vendor: Vendor): Map<string, [string, string]> {
  let seen = '';
  const resources = vendor.descriptor.api.createResources(async (operation) => {
    seen = operation.operationId;
    return undefined;
  }) as unknown as AnyClient;
  const paths = new Map<string, [string, string]>();
  for (const [resource, methods] of Object.entries(resources)) {
    for (const [method, call] of Object.entries(methods)) {
      void call(undefined);
      paths.set(seen, [resource, method]);
    }
  }
  return paths;
}

export function operationCount(vendor: Vendor): number {
  return Object.keys(vendor.descriptor.api.operations).length;
}

function bodyTokenField(vendor: Vendor): string | null {
  return vendor.descriptor.api.policy.bodyToken?.field ?? null;
}

/** Small retry waits for fault tests; the vendors' own long waits are covered in test/packages. */
export const FAST_RETRY = { maxRetries: 2, initialDelayMs: 5, maxDelayMs: 20, delaysMs: null, minRetryAfterMs: 0 } as const;

const callers = new WeakMap<Vendor, ReturnType<typeof newOperationCaller>>();

/**
 * Calls any operation of a vendor by operationId through a wrapper client, with the spec's
 * sample request minus the body token (the wrapper supplies it; callers never pass it).
 * Built once per vendor.
 */
export function operationCaller(vendor: Vendor): ReturnType<typeof newOperationCaller> {
  let caller = callers.get(vendor);
  if (!caller) {
    caller = newOperationCaller(vendor);
    callers.set(vendor, caller);
  }
  return caller;
}

function newOperationCaller(vendor: Vendor) {
  const samples = new Map(operationSamples(readSpecDocument(vendor.specFile)).map((sample) => [sample.operationId, sample]));
  const paths = clientPaths(vendor);
  const token = bodyTokenField(vendor);
  const initOf = (sample: OperationSample | undefined): Record<string, unknown> => {
    const init: Record<string, unknown> = { ...sample?.init };
    if (token && typeof init['body'] === 'object' && init['body'] !== null) {
      const { [token]: _omitted, ...rest } = init['body'] as Record<string, unknown>;
      init['body'] = rest;
    }
    return init;
  };
  const functionOf = (client: AnyClient, operationId: string) => {
    const [resource, method] = paths.get(operationId) ?? ['', ''];
    const call = client[resource]?.[method];
    if (!call) throw new Error(`${vendor.key} has no client function for ${operationId}`);
    return call;
  };
  return {
    samples: [...samples.values()],
    sample: (operationId: string) => samples.get(operationId),
    hasClientFunction: (operationId: string) => paths.has(operationId),
    /** Calls `operationId` with the spec's sample request, `extra` merged over it. */
    invoke(client: AnyClient, operationId: string, extra: Record<string, unknown> = {}) {
      return functionOf(client, operationId)({ ...initOf(samples.get(operationId)), ...extra });
    },
    /** Makes a call the descriptor names (its own init, `extra` merged over it). */
    call(client: AnyClient, call: VendorCall, extra: Record<string, unknown> = {}) {
      return functionOf(client, call.operationId)({ ...call.init, ...extra });
    },
  };
}
